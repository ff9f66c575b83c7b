import sys

ROWS = 10
COLS = 12


def parse(pattern: list[str]) -> list[list[bool]]:
    grid = [[False] * COLS for _ in range(ROWS)]
    for r, line in enumerate(pattern):
        for c, ch in enumerate(line):
            if ch == "#":
                grid[r][c] = True
    return grid


def neighbours(g: list[list[bool]], r: int, c: int) -> int:
    n = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr = (r + dr) % ROWS
            cc = (c + dc) % COLS
            if g[rr][cc]:
                n += 1
    return n


def step(g: list[list[bool]]) -> list[list[bool]]:
    out = [[False] * COLS for _ in range(ROWS)]
    for r in range(ROWS):
        for c in range(COLS):
            n = neighbours(g, r, c)
            out[r][c] = n == 3 or (g[r][c] and n == 2)
    return out


def render(g: list[list[bool]]) -> str:
    return "\n".join("".join("#" if v else "." for v in row) for row in g)


def population(g: list[list[bool]]) -> int:
    return sum(sum(1 for v in row if v) for row in g)


def main(argv: list[str]) -> int:
    pattern = [
        "............",
        "..#.........",
        "...#........",
        ".###........",
        "............",
        "............",
        "........###.",
        "............",
        "....##......",
        "....##......",
    ]
    g = parse(pattern)
    history: list[str] = []
    for gen in range(8):
        print(f"generation {gen}, population {population(g)}")
        if gen % 4 == 0:
            print(render(g))
        history.append(render(g))
        g = step(g)
    print(render(g))
    print("repeats:", render(g) in history)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def make_grid(rows: int, cols: int, fill: int) -> list[list[int]]:
    return [[fill] * cols for _ in range(rows)]


def main(argv: list[str]) -> int:
    g = make_grid(3, 4, 0)
    for r in range(3):
        for c in range(4):
            g[r][c] = r * 10 + c
    print(g)
    print(g[1], g[2][3], g[-1][-1], len(g), len(g[0]))
    g[0].append(99)
    print(g[0], [len(row) for row in g])
    t = [[g[r][c] for r in range(3)] for c in range(4)]
    print(t)
    alias = [[0] * 2] * 2
    alias[0][0] = 5
    print(alias)
    deep = [[[1, 2], [3]], [[4, 5, 6]]]
    print(deep, deep[0][1][0], len(deep[1][0]))
    total = 0
    for plane in deep:
        for row in plane:
            for v in row:
                total += v
    print(total)
    names = [["ada", "bob"], ["cy"]]
    names[1].append("dee")
    print(names, [n.upper() for grp in names for n in grp])
    flt = [[0.5, 1.5], [2.5]]
    print(flt, sum(sum(r) for r in flt))
    empty: list[list[int]] = []
    empty.append([])
    empty[0].append(1)
    print(empty)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def hanoi(n: int, src: str, dst: str, via: str, moves: list[tuple[str, str]]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def count_moves(n: int) -> int:
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1


def main(argv: list[str]) -> int:
    moves: list[tuple[str, str]] = []
    hanoi(3, "A", "C", "B", moves)
    for i, (a, b) in enumerate(moves):
        print(f"{i + 1}: {a} -> {b}")
    for n in range(1, 11):
        ms: list[tuple[str, str]] = []
        hanoi(n, "L", "R", "M", ms)
        print(n, len(ms), count_moves(n), len(ms) == 2 ** n - 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def solve(n: int, row: int, cols: list[int], out: list[list[int]]) -> int:
    if row == n:
        out.append(cols[:])
        return 1
    count = 0
    for c in range(n):
        ok = True
        for r in range(row):
            if cols[r] == c or abs(cols[r] - c) == row - r:
                ok = False
                break
        if ok:
            cols.append(c)
            count += solve(n, row + 1, cols, out)
            cols.pop()
    return count


def count_bits(n: int, row: int, cols: int, d1: int, d2: int) -> int:
    if row == n:
        return 1
    total = 0
    avail = ~(cols | d1 | d2) & ((1 << n) - 1)
    while avail:
        bit = avail & -avail
        avail ^= bit
        total += count_bits(n, row + 1, cols | bit, ((d1 | bit) << 1) & ((1 << n) - 1), (d2 | bit) >> 1)
    return total


def board(sol: list[int]) -> list[str]:
    n = len(sol)
    return ["".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n)]


def main(argv: list[str]) -> int:
    for n in range(1, 9):
        sols: list[list[int]] = []
        k = solve(n, 0, [], sols)
        print(n, k, count_bits(n, 0, 0, 0, 0), sols[0] if sols else [])
    sols8: list[list[int]] = []
    solve(8, 0, [], sols8)
    for line in board(sols8[0]):
        print(line)
    print()
    for line in board(sols8[-1]):
        print(line)
    print(count_bits(10, 0, 0, 0, 0))
    symmetric = 0
    for s in sols8:
        if s[::-1] in sols8:
            symmetric += 1
    print("mirror pairs present:", symmetric)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

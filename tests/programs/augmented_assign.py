import sys


def main(argv: list[str]) -> int:
    x = 10
    x += 5
    x -= 3
    x *= 4
    x //= 5
    x %= 7
    x **= 3
    x <<= 2
    x >>= 1
    x |= 0x100
    x &= 0x1F0
    x ^= 0xFF
    print(x)
    f = 1.0
    f += 0.5
    f *= 3
    f -= 1
    f /= 4
    f **= 2
    f //= 0.25
    f %= 3.0
    print(f)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    xs = [1]
    xs += [2, 3]
    xs *= 2
    print(xs)
    grid = [[0, 0], [0, 0]]
    grid[1][0] += 5
    grid[0][1] -= 2
    grid[1][0] *= 3
    print(grid)
    counts = [0] * 3
    for i in range(10):
        counts[i % 3] += 1
    print(counts)
    names = ["a", "b"]
    names[0] += "!"
    print(names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    a = 7
    b = 3
    print(a + b, a - b, a * b)
    print(a + b * 2, (a + b) * 2, a - b - 1, a - (b - 1))
    print(-a, +a, -(-a), --a)
    print(2 * 3 + 4 * 5 - 6)
    print(100 - 3 * 7 + 2 * (8 - 5) * 4)
    c = 0
    for i in range(1, 11):
        c = c + i * i
    print("sum of squares", c)
    print(1_000_000 + 1, 0x1F, 0o17, 0b1011)
    print(10 - 20, -5 * -5, -5 * 5)
    big = 1234567890123
    print(big * 1000, big + big, big - 2 * big)
    print(9223372036854775807, -9223372036854775807 - 1)
    x = 5
    x = x * x - x
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

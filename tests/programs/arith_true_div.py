import sys


def main(argv: list[str]) -> int:
    print(7 / 2, 6 / 3, -7 / 2, 1 / 3, 2 / 3)
    print(10 / 4, 1 / 8, 1 / 7, 22 / 7)
    print(0 / 5, -0 / 5, 5 / -1)
    print(1 / 10, 3 / 10, 1 / 10 + 2 / 10)
    total = 0.0
    for i in range(1, 11):
        total += 1 / i
    print(total)
    print(9007199254740993 / 1, 2 ** 53 / 3)
    x = 100
    y = 7
    q = x / y
    print(q, q * y, int(q), round(q, 3))
    print(1e300 / 1e-10, 5e-324 / 2)
    print(-1 / 3, 1 / -3.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

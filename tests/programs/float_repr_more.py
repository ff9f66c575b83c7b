import sys


def main(argv: list[str]) -> int:
    x = 1.0
    for i in range(25):
        print(i, x, -x / 7)
        x *= 10.0
    y = 1.0
    for i in range(12):
        y /= 10.0
        print(-i - 1, y, y * 3)
    print(0.1 + 0.7, 0.7 + 0.1, 0.1 * 0.1, 1 - 0.9, 3 * 1.1)
    print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 4503599627370496.5)
    print(100.0 / 3.0, 1000000.0 / 7, 1e-10 / 3)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

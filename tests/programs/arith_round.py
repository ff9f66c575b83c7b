import sys


def main(argv: list[str]) -> int:
    print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
    print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
    print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7))
    print(round(1234.5678, -2), round(1234.5678, 1), round(1e20, 2))
    print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2))
    print(round(15, -1), round(25, -1), round(-25, -1))
    print(round(2.5) + 1, round(2.5, 0) + 1)
    xs = [0.1 * i for i in range(8)]
    print([round(x, 1) for x in xs])
    print([round(x) for x in [0.49999999999999994, 1.4999999999999998, 2.5000000000000004]])
    print(round(-0.0), round(-0.4, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    i = 3
    f = 0.5
    print(i + f, i - f, i * f, i / f, f / i, i // f, i % f)
    print(1 + 2.5, 2.5 + 1, 10 * 0.1, 3 * 0.1, 0.1 * 3)
    print(i < f, i > f, i == 3.0, 3.0 == i, 2 != 2.0, i <= 3.0)
    print(max(1.0, 2.5), min(1.5, 2.5), max(3, 2), min(0.5, 1.0))
    print(abs(-3), abs(-3.5), abs(0), abs(-0.0))
    total = 0.0
    for k in range(5):
        total += k
    print(total)
    avg = sum([1, 2, 3, 4]) / 4
    print(avg)
    print(float(7) / 2, int(7.9), int(-7.9), float(i) * 2)
    print(1e3 + 1, 1 + 1e-3, 2 ** 0.0, 7 - 7.0)
    n = 10
    print(n / 3 * 3 == n, n * 1.0, n + 0.0 == n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

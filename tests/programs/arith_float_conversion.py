import sys


def main(argv: list[str]) -> int:
    print(float(3), float(-3), float(0), float(True), float(2 ** 60))
    print(float("1.5"), float("-0.25"), float("  3.0  "), float("1e10"), float("1E-3"))
    print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("-0"))
    print(float(".5"), float("5."), float("1_000.5"), float("+2.5"))
    print(float(9007199254740993), float(123456789012345678))
    print(str(float("0.1")), repr(float("0.30000000000000004")))
    s = "3.5 2.25 -1.125 100"
    total = 0.0
    for w in s.split():
        total += float(w)
    print(total)
    x = float("12.75")
    print(int(x), round(x), x * 4)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    print(int(3.9), int(-3.9), int(0.0), int(-0.5), int(1e18))
    print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"), int("007"))
    print(int("1_000"), int("\t12\n"))
    print(int(True), int(False), int(7))
    print(int(2.5) + int(-2.5), int(123456789.987))
    s = "12 7 -3 100"
    total = 0
    for part in s.split():
        total += int(part)
    print(total)
    print(str(int(float("3.75"))), int(float("-1e3")))
    print(int(9.999999999999999e17), int(-2 ** 62 + 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

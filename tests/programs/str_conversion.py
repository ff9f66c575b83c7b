import sys


def main(argv: list[str]) -> int:
    print(str(42), str(-7), str(0), str(3.5), str(1e16), str(True), str(None), str("s"))
    print(repr(42), repr(3.5), repr("s"), repr(True), repr(None), repr(["a", "b"]), repr((1.5,)))
    print(str([1, 2]), str((1, "x")), str([[1], []]), str([0.1, 2.0]))
    n = 12345
    digits = str(n)
    print(digits, len(digits), digits[::-1], int(digits[::-1]) + 1)
    print(sum(int(d) for d in str(2 ** 40)))
    x = 0.1 + 0.2
    print(str(x), repr(x), str(x) == repr(x))
    print(str(-0.0), str(float("nan")), str(10 ** 18), str(-(2 ** 62) * 2))
    s = str(3) + str(4.0) + str(False)
    print(s, len(s))
    print(str(str(5)), str(repr("q")), len(repr("q")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

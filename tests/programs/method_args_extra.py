import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3, 2, 1, 2]
    print(xs.index(2, 2), xs.index(1, 1), xs.index(2, 2, 4))
    s = "abracadabra"
    print(s.startswith("bra", 1), s.endswith("cad", 0, 7), s.startswith(("x", "ab")))
    print(s.index("a", 1), s.index("a", 4, 6), s.count("a", 1), s.count("a", 2, 8))
    print("a b  c".split(maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
    first, second = "ab"
    print(first, second)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

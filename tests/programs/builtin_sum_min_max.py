import sys


def main(argv: list[str]) -> int:
    ints = [4, -1, 7, 0, 3]
    floats = [0.1, 0.2, 0.3, 0.4]
    print(sum(ints), sum(floats), sum(ints[:0]), sum([1.5]), sum(range(101)))
    print(sum(ints, 100), sum(floats, 1.0), sum([0.1] * 10))
    print(min(ints), max(ints), min(floats), max(floats))
    print(min(3, 1, 2), max(3.5, -1.5), min("b", "a"), max("abc", "abd", "ab"))
    print(min(ints[1:]), max(ints[:2]), min("zyx"), max(["aa", "b"]))
    print(sum(x * x for x in ints), max(len(w) for w in ["a", "abc", "ab"]))
    print(min(abs(x - 3) for x in ints), sum(1 for c in "mississippi" if c == "s"))
    print(sum([True, True, False]), sum([1e16, 1.0, -1e16]))
    try:
        print(max(ints[5:]))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(min(x for x in ints if x > 100))
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

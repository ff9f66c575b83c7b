import sys


def main(argv: list[str]) -> int:
    print(abs(-5), abs(5), abs(0), abs(-9223372036854775807))
    print(abs(-2.5), abs(2.5), abs(-0.0), abs(-1e308))
    print(min(3, 1, 2), max(3, 1, 2), min(5, 5), max(-1, -2))
    print(min([4, 2, 8]), max([4, 2, 8]), min([1.5, -2.5]), max([0.1, 0.2]))
    print(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
    print(min(["x", "ab", "abc"]), max(["x", "ab", "abc"]))
    print(min("hello"), max("hello"))
    print(min((3, "c"), (1, "z"), (1, "a")), max([(1, 2), (1, 3), (0, 9)]))
    print(min([[3, 1], [2, 9], [2, 1]]), max([[3], [3, 0], [2, 99]]))
    print(max(True, False), min(False, True))
    values = [7, -3, 12, 0, -8, 5]
    lo = values[0]
    hi = values[0]
    for v in values:
        lo = min(lo, v)
        hi = max(hi, v)
    print(lo, hi, max(values) - min(values))
    print(max(abs(v) for v in values), min(v * v for v in values))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

ORIGIN = (0, 0)
NAMES = ("x", "y", "z")
MIXED = (1, "one", 1.0, True)


def main(argv: list[str]) -> int:
    t = (1, 2, 3)
    print(t, len(t), t[0], t[-1], t[1], t[-3])
    one = (5,)
    print(one, len(one), ())
    print(ORIGIN, NAMES, MIXED, MIXED[1], MIXED[2] + 1)
    pair = ("a", 1)
    print(pair + ("b", 2), t + t, t + (4,))
    for n in NAMES:
        print(n, end=" ")
    print()
    print(2 in t, 7 in t, "y" in NAMES, len(NAMES + NAMES))
    nested = ((1, 2), (3, 4))
    print(nested, nested[1][0], [p[0] + p[1] for p in nested])
    p = (1.5, -2.0)
    print(p, str(p), repr(("q",)), f"{p}")
    print(max(t), min(t), sum(t), sorted((3, 1, 2)))
    print((1, 2) == (1, 2), (1, 2) != (1, 3), (1,) + (2,))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    t = (1, 2, 3, 4, 5)
    print(t[1:], t[::-1], t[:2], t[1:4:2], t[10:])
    print(t * 2, 2 * (0,), ("a", "b") * 3, t * 0)
    names = ("x", "y", "z")
    print(names[:-1], names[::2])
    for v in t[::2]:
        print(v, end=" ")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

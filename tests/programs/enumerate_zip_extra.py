import sys


def main(argv: list[str]) -> int:
    names = ["ada", "bob", "cy"]
    for i, name in enumerate(names, 1):
        print(i, name)
    for i, c in enumerate("xyz", start=10):
        print(i, c)
    print([(i, c) for i, c in enumerate("abc")])
    print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
    print([w for w in reversed(names)])
    print(list(reversed([1, 2, 3])), list(enumerate(["x", "y"])), list(zip("ab", [1, 2])))
    print("".join(reversed("stressed")))
    for i, w in enumerate(reversed(names)):
        print(i, w)
    for i, (a, b) in enumerate(zip(names, reversed(names))):
        print(i, a, b)
    print(sum(i * v for i, v in enumerate([3, 4, 5])))
    for x, y, z in zip(range(3), [0.5, 1.5, 2.5], "pqr"):
        print(x, y, z)
    print(list((i, c) for i, c in enumerate("ab")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

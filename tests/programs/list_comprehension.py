import sys


def main(argv: list[str]) -> int:
    squares = [x * x for x in range(10)]
    print(squares)
    evens = [x for x in squares if x % 2 == 0]
    print(evens)
    print([x for x in range(30) if x % 3 == 0 if x % 2 == 1])
    print([c.upper() for c in "hello" if c != "l"])
    print([len(w) for w in "the quick brown fox".split()])
    print([x / 2 for x in range(5)])
    print([(i, c) for i, c in enumerate("abc")])
    print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
    print([str(x) for x in [1.5, 2.0, -0.0]])
    print([x if x > 0 else -x for x in [-3, 2, -1, 0]])
    print([x > 2 for x in range(5)])
    n = 4
    print([n * i for i in range(n)])
    words = ["apple", "bob", "kayak", "level", "python"]
    print([w for w in words if w == w[::-1]])
    print([i for i in range(5)][::-1])
    x = 100
    print([x for x in range(3)], x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def second(p: tuple[str, int]) -> int:
    return p[1]


def main(argv: list[str]) -> int:
    words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
    words.sort(key=len)
    print(words)
    print(sorted(words, key=len, reverse=True))
    pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 2)]
    print(sorted(pairs, key=second), sorted(pairs, key=lambda p: -p[1]))
    pairs.sort(key=lambda p: p[1], reverse=True)
    print(pairs)
    print(sorted([3.5, -1.0, 2.0], key=abs), sorted("Hello World".split(), key=len))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

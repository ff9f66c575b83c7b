import sys


def main(argv: list[str]) -> int:
    for x in reversed([1, 2, 3]):
        print(x, end=" ")
    print()
    for c in reversed("abc"):
        print(c, end="")
    print()
    for i in reversed(range(5)):
        print(i, end=" ")
    print()
    for i in reversed(range(0, 10, 3)):
        print(i, end=" ")
    print()
    words = ["one", "two", "three"]
    for w in reversed(words):
        print(w.upper())
    print(words)
    for t in reversed((1, 2, 3)):
        print(t, end=",")
    print()
    digits = [int(d) for d in "12345"]
    value = 0
    for d in reversed(digits):
        value = value * 10 + d
    print(value)
    for i, w in enumerate(reversed(words)):
        print(i, w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

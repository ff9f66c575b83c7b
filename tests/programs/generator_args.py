import sys


def main(argv: list[str]) -> int:
    xs = [3, 8, -2, 7, 0]
    print(sum(x for x in xs), sum(x * 0.5 for x in xs), sum(x for x in xs if x > 0))
    print(min(x * x for x in xs), max(-x for x in xs), max(abs(x) for x in xs))
    print(sorted(x % 4 for x in xs), sorted((c for c in "hello"), reverse=True))
    print(list(x + 1 for x in xs), list(c.upper() for c in "abc"))
    print("".join(c for c in "a-b-c" if c != "-"), ",".join(str(x) for x in xs))
    print(" ".join(w[::-1] for w in "hello big world".split()))
    print(sum(i * j for i in range(4) for j in range(4)))
    print(max(len(w) for w in ["x", "yyy", "zz"]), min(w for w in ["b", "a"]))
    print(list((i, c) for i, c in [(0, "a"), (1, "b")]))
    print(sum(len(line) for line in "ab\ncde\n\nf".split("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

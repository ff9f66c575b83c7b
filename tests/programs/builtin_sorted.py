import sys


def main(argv: list[str]) -> int:
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    ys = sorted(xs)
    print(ys, xs)
    print(sorted(xs, reverse=True))
    print(sorted("sorting"), sorted("sorting", reverse=True))
    print(sorted([2.5, -1.0, 0.0, -0.0, 1e-9]))
    print(sorted(["b", "A", "a", "B", "ab", ""]))
    print(sorted((3, 2, 1)), sorted(range(5, 0, -1)))
    print(sorted(x % 7 for x in range(20)))
    print(sorted([(1, "b"), (0, "z"), (1, "a")], reverse=True))
    print(sorted([[3, 2], [3], [1, 9, 9]]))
    words = "the quick brown fox jumps over the lazy dog".split()
    print(sorted(words))
    print(sorted([(len(w), w) for w in words]))
    print(sorted(set_free_unique(words)))
    return 0


def set_free_unique(ws: list[str]) -> list[str]:
    out: list[str] = []
    for w in ws:
        if w not in out:
            out.append(w)
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv))

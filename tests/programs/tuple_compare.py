import sys


def main(argv: list[str]) -> int:
    print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
    print((1, "b") < (1, "c"), (1, "b") < (0, "z"), (1.5, 2) <= (1.5, 2))
    print((1, 2) == (1, 2), (1, 2) == (2, 1), (1, (2, 3)) < (1, (2, 4)))
    scores = [("bob", 72), ("ada", 95), ("cy", 72), ("dee", 88)]
    ranked = sorted([(-s, n) for n, s in scores])
    for neg, name in ranked:
        print(name, -neg)
    print(max(scores), min(scores))
    best = scores[0]
    for s in scores:
        if (s[1], s[0]) > (best[1], best[0]):
            best = s
    print(best)
    print((0.0, 1) == (-0.0, 1), (float("nan"), 1) < (1.0, 0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

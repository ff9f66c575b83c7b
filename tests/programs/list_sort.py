import sys


def main(argv: list[str]) -> int:
    xs = [5, -2, 9, 0, 3, 3, -7]
    xs.sort()
    print(xs)
    xs.sort(reverse=True)
    print(xs)
    fs = [2.5, -0.5, 1e10, 3.0, -1e-3]
    print(sorted(fs), sorted(fs, reverse=True), fs)
    ws = ["pear", "fig", "apple", "Fig", "banana"]
    print(sorted(ws), sorted(ws, reverse=True))
    ws.sort()
    print(ws)
    ts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    ts.sort()
    print(ts)
    print(sorted(ts, reverse=True))
    bools = [True, False, True]
    print(sorted(bools))
    nested = [[2, 1], [1, 5, 0], [1, 5], [0]]
    print(sorted(nested))
    big = [(i * 7919) % 101 for i in range(30)]
    big.sort()
    print(big)
    print(sorted(range(10, 0, -3)), sorted("banana"))
    empty: list[int] = []
    empty.sort()
    print(empty, sorted(empty))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

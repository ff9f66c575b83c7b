import sys


def main(argv: list[str]) -> int:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(3 in xs, 7 in xs, 7 not in xs, 1 not in xs)
    words = ["apple", "banana"]
    print("apple" in words, "app" in words, "" in words)
    fs = [0.1, 0.2]
    print(0.1 in fs, 0.30000000000000004 in [0.1 + 0.2], float("nan") in fs)
    grid = [[1, 2], [3]]
    print([3] in grid, [2, 1] in grid, 2 in grid[0])
    tups = [(1, "a"), (2, "b")]
    print((2, "b") in tups, (2, "a") in tups)
    seen: list[int] = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    print(seen)
    print(2 in (1, 2, 3), "b" in ("a", "b"), 5 in range(10), 10 in range(10))
    print(1.0 in [1.0, 2.0], -0.0 in [0.0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

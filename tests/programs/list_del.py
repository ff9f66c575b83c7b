import sys


def main(argv: list[str]) -> int:
    xs = list(range(12))
    del xs[0]
    print(xs)
    del xs[-1]
    print(xs)
    del xs[2:4]
    print(xs)
    del xs[::3]
    print(xs)
    del xs[-2:]
    print(xs)
    del xs[1::2]
    print(xs)
    del xs[5:1]
    print(xs)
    del xs[:]
    print(xs, len(xs))
    words = ["a", "b", "c", "d", "e", "f"]
    del words[::-2]
    print(words)
    grid = [[1, 2], [3, 4], [5, 6]]
    del grid[1]
    del grid[0][0]
    print(grid)
    ys = [1, 2, 3]
    try:
        del ys[5]
    except IndexError as e:
        print("IndexError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

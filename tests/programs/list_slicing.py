import sys


def main(argv: list[str]) -> int:
    xs = list(range(10))
    print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[:])
    print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1], xs[::-3])
    print(xs[5:2], xs[100:], xs[-100:2], xs[3:3], xs[2:100:4])
    ys = xs[:]
    ys[0] = 99
    print(xs[0], ys[0])
    zs = xs[::2]
    zs.append(-1)
    print(zs, len(xs))
    words = ["a", "b", "c", "d", "e"]
    print(words[1:-1], words[::-2], words[-2:], words[4:0:-1])
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print(grid[1:], grid[::-1], [row[::-1] for row in grid], [row[1] for row in grid])
    print(xs[len(xs) - 2:], xs[0:len(xs):len(xs) - 1])
    start = 1
    stop = 8
    step = 3
    print(xs[start:stop:step], xs[stop:start:-step])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

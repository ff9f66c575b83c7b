import sys

def main(argv: list[str]) -> int:
    xs = [3, 1, 2]
    xs.append(5)
    xs.sort()
    del xs[0]
    print(xs, xs[-1], xs[::2], 2 in xs)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

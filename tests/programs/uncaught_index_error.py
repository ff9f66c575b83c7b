import sys


def main(argv: list[str]) -> int:
    xs = [10, 20, 30]
    total = 0
    for i in range(4):
        print("index", i)
        total += xs[i]
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

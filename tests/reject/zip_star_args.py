# error: 7: `*args` in a call is not supported
import sys


def main(argv: list[str]) -> int:
    rows = [[1, 2], [3, 4]]
    cols = list(zip(*rows))
    print(cols)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 7: star-unpacking is not supported
import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3, 4]
    a, *rest = xs
    print(a, rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

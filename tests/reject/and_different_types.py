# error: 7: is str here but int elsewhere
import sys


def main(argv: list[str]) -> int:
    n = len(argv)
    x = n and "nonzero"
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 8: returns str here but int elsewhere
import sys


def label(n: int):
    if n > 0:
        return n
    return "none"


def main(argv: list[str]) -> int:
    print(label(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

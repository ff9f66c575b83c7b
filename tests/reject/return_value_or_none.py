# error: 5: returns None here but int elsewhere
import sys


def positive(n: int) -> int:
    if n > 0:
        return n


def main(argv: list[str]) -> int:
    print(positive(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

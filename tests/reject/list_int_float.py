# error: 6: list items must all have one type
import sys


def main(argv: list[str]) -> int:
    xs = [1, 2.5, 3]
    print(sum(xs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

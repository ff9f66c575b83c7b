# error: 8: None
import sys


def main(argv: list[str]) -> int:
    best = None
    for x in [3, 1, 2]:
        best = x
    print(best)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

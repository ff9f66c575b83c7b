# error: 6: sys.argv
import sys


def main(argv: list[str]) -> int:
    print(len(sys.argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 6: sets are not supported yet
import sys


def main(argv: list[str]) -> int:
    seen = {1, 2, 3}
    print(2 in seen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

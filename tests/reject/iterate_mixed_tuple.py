# error: 7: have different types
import sys


def main(argv: list[str]) -> int:
    pair = (1, "one")
    for item in pair:
        print(item)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

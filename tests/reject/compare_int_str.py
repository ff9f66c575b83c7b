# error: 8: comparison between
import sys


def main(argv: list[str]) -> int:
    n = 3
    s = "3"
    if len(argv) > 100 and n < s:
        print("never")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

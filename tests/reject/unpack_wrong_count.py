# error: 8: too many values to unpack
import sys


def main(argv: list[str]) -> int:
    t = (1, 2, 3)
    if len(argv) > 100:
        a, b = t
        print(a, b)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

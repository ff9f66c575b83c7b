# error: 6: `lambda` is not supported
import sys


def main(argv: list[str]) -> int:
    double = lambda x: x * 2
    print(double(4))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

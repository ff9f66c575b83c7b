# error: 6: too large
import sys


def main(argv: list[str]) -> int:
    n = 123456789012345678901234567890
    print(n % 7)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 7: `x` is float here but int elsewhere; a variable has one type in RPy
import sys


def main(argv: list[str]) -> int:
    x = 1
    x = 1.5
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

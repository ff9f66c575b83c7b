# error: 9: `x` is str here but int elsewhere; a variable has one type in RPy
import sys


def main(argv: list[str]) -> int:
    x = 1
    print(x)
    if len(argv) > 5:
        x = "many"
    print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

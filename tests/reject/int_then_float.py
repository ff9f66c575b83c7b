# error: 8: `total` is float here but int elsewhere; a variable has one type in RPy
import sys


def main(argv: list[str]) -> int:
    total = 0
    for i in range(3):
        total = total + 0.5
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

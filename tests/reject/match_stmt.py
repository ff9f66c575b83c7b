# error: 7: `match` is not supported
import sys


def main(argv: list[str]) -> int:
    n = len(argv)
    match n:
        case 1:
            print("one")
        case _:
            print("many")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

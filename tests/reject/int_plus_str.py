# error: 8: unsupported operand type(s) for +: 'int' and 'str'
import sys


def main(argv: list[str]) -> int:
    n = 3
    if len(argv) > 100:
        print(n + "x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

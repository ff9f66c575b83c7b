# error: 6: not supported
import sys


def main(argv: list[str]) -> int:
    exec("print(1)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 7: not supported
import sys


def main(argv: list[str]) -> int:
    name = "upper"
    print(getattr("abc", name)())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

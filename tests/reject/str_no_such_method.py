# error: 8: has no attribute
import sys


def main(argv: list[str]) -> int:
    s = "hello"
    if len(argv) > 100:
        print(s.frobnicate())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

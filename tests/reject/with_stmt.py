# error: 6: `with` is not supported
import sys


def main(argv: list[str]) -> int:
    with open(argv[0]) as f:
        print(len(f.read()) > 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    print("exiting with 3")
    sys.exit(3)
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    print("before")
    data = [1, 2, 3]
    if len(data) == 3:
        raise TypeError
    print("after")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

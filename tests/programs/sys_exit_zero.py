import sys


def main(argv: list[str]) -> int:
    for i in range(3):
        print("tick", i)
        if i == 1:
            sys.exit(0)
    return 7


if __name__ == "__main__":
    sys.exit(main(sys.argv))

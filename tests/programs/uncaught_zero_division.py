import sys


def ratio(a: int, b: int) -> float:
    return a / b


def main(argv: list[str]) -> int:
    for b in [4, 2, 1, 0]:
        print(ratio(8, b))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

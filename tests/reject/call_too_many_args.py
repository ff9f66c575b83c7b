# error: 11: takes 1 positional argument but 2 were given
import sys


def square(x: int) -> int:
    return x * x


def main(argv: list[str]) -> int:
    if len(argv) > 100:
        print(square(3, 4))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

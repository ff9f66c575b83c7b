# error: 11: missing 1 required positional argument
import sys


def add(a: int, b: int) -> int:
    return a + b


def main(argv: list[str]) -> int:
    if len(argv) > 100:
        print(add(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

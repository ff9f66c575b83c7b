# error: 10: functions as values
import sys


def double(x: int) -> int:
    return x * 2


def main(argv: list[str]) -> int:
    f = double
    print(f(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

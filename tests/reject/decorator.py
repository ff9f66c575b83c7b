# error: 9: decorators are not supported
import sys


def trace(f):
    return f


@trace
def work(n: int) -> int:
    return n + 1


def main(argv: list[str]) -> int:
    print(work(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 8: generators (`yield`) are not supported
import sys


def count_up(n: int):
    i = 0
    while i < n:
        yield i
        i += 1


def main(argv: list[str]) -> int:
    for x in count_up(3):
        print(x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

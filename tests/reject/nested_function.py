# error: 6: nested functions are not supported
import sys


def outer(n: int) -> int:
    def inner(k: int) -> int:
        return k * 2
    return inner(n) + 1


def main(argv: list[str]) -> int:
    print(outer(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

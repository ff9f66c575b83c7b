# error: 7: nested functions are not supported
import sys


def counter() -> int:
    n = 0
    def bump() -> None:
        nonlocal n
        n += 1
    bump()
    return n


def main(argv: list[str]) -> int:
    print(counter())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 8: `global` is not supported
import sys

COUNTER = 0


def bump() -> None:
    global COUNTER
    COUNTER += 1


def main(argv: list[str]) -> int:
    bump()
    print(COUNTER)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

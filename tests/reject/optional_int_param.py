# error: 5: None
import sys


def pick(x: int | None) -> int:
    if x is None:
        return 0
    return x


def main(argv: list[str]) -> int:
    print(pick(3), pick(None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

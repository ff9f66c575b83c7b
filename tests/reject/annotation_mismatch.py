# error: 10: str
import sys


def half(n: int) -> int:
    return n // 2


def main(argv: list[str]) -> int:
    print(half("ten") if len(argv) > 100 else 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 7: is not defined
import sys


def main(argv: list[str]) -> int:
    if len(argv) > 100:
        print(compute_answer(42))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

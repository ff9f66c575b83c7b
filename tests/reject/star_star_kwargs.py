# error: 5: `**kwargs` is not supported
import sys


def show(**kwargs):
    print(len(kwargs))


def main(argv: list[str]) -> int:
    show(a=1, b=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

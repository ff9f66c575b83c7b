# error: 5: `*args` is not supported
import sys


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def main(argv: list[str]) -> int:
    print(total(1, 2, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

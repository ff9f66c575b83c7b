# error: 8: a lambda using `k`, a local variable of the enclosing function, is not supported yet
import sys


def main(argv: list[str]) -> int:
    pairs = [(1, 2), (3, 0)]
    k = 1
    pairs.sort(key=lambda p: p[k])
    print(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

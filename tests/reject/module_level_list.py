# error: 4: must be a constant
import sys

PRIMES = [2, 3, 5, 7]


def main(argv: list[str]) -> int:
    print(sum(PRIMES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

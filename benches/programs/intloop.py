"""An integer loop: a linear congruential generator with modular sums."""

import sys


def run(n: int) -> int:
    x = 12345
    total = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        if x % 3 == 0:
            total += x // 7
        else:
            total -= i & 255
    return total


def main(argv: list[str]) -> int:
    n = 1000000
    if len(argv) > 1:
        n = int(argv[1])
    print(run(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

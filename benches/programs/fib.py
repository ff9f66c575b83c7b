"""Recursive Fibonacci: calls and integer arithmetic."""

import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(argv: list[str]) -> int:
    n = 30
    if len(argv) > 1:
        n = int(argv[1])
    print(fib(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

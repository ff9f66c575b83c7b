import sys


def f(n: int) -> int:
    if n == 0:
        return 0
    return 1 + f(n - 1)


def main(argv: list[str]) -> int:
    lo = 0
    for n in [10, 100, 500, 900, 990, 995, 996, 997, 998, 999, 1000, 5000]:
        try:
            print(n, f(n))
        except RecursionError as e:
            print(n, "RecursionError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

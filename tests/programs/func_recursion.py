import sys


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def power_set(xs: list[int]) -> list[list[int]]:
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]


def depth(n: int, acc: int) -> int:
    if n == 0:
        return acc
    return depth(n - 1, acc + n)


def main(argv: list[str]) -> int:
    print([fact(i) for i in range(21)])
    print([fib(i) for i in range(20)], fib(25))
    print(is_even(10), is_odd(7), is_even(7))
    print(power_set([1, 2, 3]))
    print(depth(900, 0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

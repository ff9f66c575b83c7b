import sys


def show(a: int, b: int) -> None:
    print(a, b, a // b, a % b, divmod(a, b))


def main(argv: list[str]) -> int:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 100), (-1, 100)]
    for a, b in pairs:
        show(a, b)
    print(17 // 5, -17 // 5, 17 // -5, -17 // -5)
    print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
    print(9223372036854775807 // 2, 9223372036854775807 % 1000)
    print(-9223372036854775807 // 10, -9223372036854775807 % 10)
    n = 12345
    digits = []
    while n > 0:
        digits.append(n % 10)
        n //= 10
    print(digits)
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
    print(7 // 2.0, 7 % 2.5, -1 % 3.0, 1 % -3.0)
    print(5.0 // 0.5, 0.3 % 0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

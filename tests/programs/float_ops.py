import sys


def main(argv: list[str]) -> int:
    a = 7.25
    b = -2.5
    print(a + b, a - b, a * b, a / b, a // b, a % b, -a // b, -a % b)
    print(a ** 2, b ** 2, b ** 3, abs(b), -b, +b)
    print(a < b, a > b, a == 7.25, a != b, a >= 7.25, b <= -2.5)
    x = 0.0
    for i in range(10):
        x += 0.1
    print(x, x == 1.0, round(x, 10) == 1.0)
    y = 1.0
    n = 0
    while y > 1e-10:
        y /= 3.0
        n += 1
    print(n, y)
    z = 2.0
    z *= 1.5
    z -= 0.25
    z /= 2
    z //= 0.5
    z %= 2.0
    print(z)
    print(1.0 % 0.3, -1.0 % 0.3, 1e20 % 3.0, 5.5 % -2.0, -0.0 % 1.0, 0.0 % -1.0)
    print(7.0 // 0.1, 1e300 * 1e300, -1e300 * 1e300)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

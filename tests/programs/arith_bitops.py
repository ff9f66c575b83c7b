import sys


def popcount(n: int) -> int:
    c = 0
    while n:
        c += n & 1
        n >>= 1
    return c


def main(argv: list[str]) -> int:
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(1 << 10, 1 << 62, 1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1)
    print(-17 & 0xFF, -1 & 0xFFFFFFFF, 5 | -8, -6 ^ 3)
    for n in [0, 1, 7, 255, 1023, 12345]:
        print(n, popcount(n), n & (n - 1), n & -n)
    x = 0
    for i in range(0, 16, 3):
        x |= 1 << i
    print(x, x == 37449)
    x ^= 0xFFFF
    print(x)
    x &= 0xF0F0
    print(x)
    x <<= 4
    print(x)
    x >>= 8
    print(x)
    print(True & False, True | False, True ^ True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

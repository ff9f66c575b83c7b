import sys


def ipow(b: int, e: int) -> int:
    r = 1
    while e > 0:
        if e & 1:
            r *= b
        b *= b if e > 1 else 1
        e >>= 1
    return r


def main(argv: list[str]) -> int:
    print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4, -2 ** 2)
    print(2 ** 62, 2 ** 0, 0 ** 0, 1 ** 100, 10 ** 18)
    print(2 ** 3 ** 2, (2 ** 3) ** 2)
    print(2.0 ** 10, 2 ** 0.5, 2.0 ** 0.5, 9 ** 0.5, 2.0 ** -1)
    print(1.5 ** 2, (-8.0) ** 3, 10.0 ** -3, 0.5 ** 10)
    print(10.0 ** 22, 10.0 ** 23, 2.0 ** 100)
    for b in range(2, 6):
        print(b, [b ** e for e in range(6)])
    print(ipow(3, 13), 3 ** 13, ipow(7, 20) == 7 ** 20)
    x = 5
    x **= 3
    print(x)
    f = 1.1
    f **= 2
    print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

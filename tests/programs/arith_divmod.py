import sys


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    if neg:
        n = -n
    while n > 0:
        n, r = divmod(n, base)
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + out
    return "-" + out if neg else out


def main(argv: list[str]) -> int:
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
    print(divmod(0, 7), divmod(7, 7), divmod(6, 7))
    print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1.0, 0.1))
    q, r = divmod(1000000007, 97)
    print(q, r, q * 97 + r)
    for n in [0, 5, 255, -255, 1000, 36 ** 3 - 1]:
        print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
    secs = 100000
    m, s = divmod(secs, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    print(f"{d}d {h:02d}:{m:02d}:{s:02d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

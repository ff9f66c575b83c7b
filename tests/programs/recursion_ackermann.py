import sys


def ack(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main(argv: list[str]) -> int:
    for m in range(3):
        print([ack(m, n) for n in range(6)])
    print(ack(3, 3), ack(3, 4))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

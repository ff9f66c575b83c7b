import sys


def truthy(n: int) -> str:
    if n:
        return "yes"
    return "no"


def main(argv: list[str]) -> int:
    empty: list[int] = []
    print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1))
    print(bool(""), bool(" "), bool("False"), bool(empty), bool([0]), bool([empty]))
    print(bool(float("nan")), bool(float("inf")), bool(True), bool(False))
    print(truthy(0), truthy(3), truthy(-3))
    s = "abc"
    while s:
        print(s)
        s = s[1:]
    xs = [3, 2, 1]
    while xs:
        xs.pop()
    print(xs, bool(xs))
    print(str(True), str(False), repr(True), f"{True}", f"{False!r}")
    print(int(True) + int(False), float(True))
    b = 3 > 2
    print(b, not b, b == True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

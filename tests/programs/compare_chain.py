import sys


def between(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi


def main(argv: list[str]) -> int:
    print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
    print(1 < 2 <= 2 < 3 <= 3, 5 > 4 >= 4 > 5)
    for x in range(-1, 12, 3):
        print(x, between(0, x, 10), 0 < x < 5 or 8 <= x <= 10)
    a = 2.5
    print(0 < a < 3, 0.0 <= a <= 2.0, -1 < -a < 0)
    s = "m"
    print("a" <= s <= "z", "A" <= s <= "Z", "a" < "b" < "c" < "d")
    n = 0
    calls = 0
    for i in range(5):
        calls += 1
        if 1 <= i * 2 <= 6 != i:
            n += 1
    print(n, calls)
    print(1 < 2 > 0 < 5, 3 != 3 < 4, 0 < 0 < 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

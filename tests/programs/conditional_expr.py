import sys


def describe(n: int) -> str:
    return "negative" if n < 0 else "zero" if n == 0 else "positive"


def main(argv: list[str]) -> int:
    for n in [-5, 0, 5]:
        print(n, describe(n))
    x = 7
    y = x * 2 if x > 5 else x // 2
    print(y)
    print("even" if x % 2 == 0 else "odd", [("e" if i % 2 == 0 else "o") for i in range(5)])
    f = 1.5 if x > 0 else -1.5
    print(f)
    s = "" if x > 100 else "small"
    print(s, len(s) if s else 0)
    xs = [1, 2] if x else [3]
    print(xs)
    print(abs(x) if x < 0 else -x, max(x, 3) if x else min(x, 3))
    print((1, "a") if x else (2, "b"))
    total = 0
    for i in range(10):
        total += i if i % 2 else -i
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

# Exact rational arithmetic on (numerator, denominator) tuples.


def gcd(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def make(n: int, d: int) -> tuple[int, int]:
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return n // g, d // g


def add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return make(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def mul(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return make(a[0] * b[0], a[1] * b[1])


def div(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return make(a[0] * b[1], a[1] * b[0])


def show(a: tuple[int, int]) -> str:
    n, d = a
    return str(n) if d == 1 else f"{n}/{d}"


def main(argv: list[str]) -> int:
    h = make(0, 1)
    for k in range(1, 21):
        h = add(h, make(1, k))
        if k % 5 == 0:
            print(f"H({k}) = {show(h)} ~ {h[0] / h[1]:.10f}")
    print(show(make(6, -8)), show(make(0, 5)), show(make(10, 5)), show(make(-3, -9)))
    x = make(1, 1)
    for _ in range(8):
        x = add(make(1, 1), div(make(1, 1), x))
    print("continued fraction:", show(x), x[0] / x[1])
    print(show(mul(make(2, 3), make(9, 4))), show(div(make(1, 2), make(3, 4))))
    try:
        div(make(1, 2), make(0, 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    terms = [make(1, 2 ** k) for k in range(1, 11)]
    s = make(0, 1)
    for t in terms:
        s = add(s, t)
    print(show(s), [show(t) for t in terms[:4]], sorted(terms)[0] == terms[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

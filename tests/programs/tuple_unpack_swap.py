import sys


def main(argv: list[str]) -> int:
    a, b = 1, 2
    print(a, b)
    a, b = b, a
    print(a, b)
    x, y, z = "x", 2.5, True
    print(x, y, z)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    m, n = [10, 20]
    print(m, n)
    i, j, k = 1, 2, 3
    i, j, k = k, i, j
    print(i, j, k)
    xs = [5, 6, 7]
    xs[0], xs[2] = xs[2], xs[0]
    print(xs)
    fa, fb = 0, 1
    for _ in range(10):
        fa, fb = fb, fa + fb
    print(fa, fb)
    pairs = [(1, "one"), (2, "two")]
    for num, name in pairs:
        print(num, name)
    for (u, v), w in [((1, 2), 3), ((4, 5), 6)]:
        print(u + v + w)
    t = (7, 8)
    c, d = t
    print(c * d)
    s1 = s2 = "same"
    print(s1, s2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

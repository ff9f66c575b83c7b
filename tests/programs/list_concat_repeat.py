import sys


def main(argv: list[str]) -> int:
    a = [1, 2]
    b = [3]
    print(a + b, b + a, a * 3, 2 * b, a * 0, a * -1, a + [])
    c = a + b
    c.append(4)
    print(a, b, c)
    d = a
    d += [5]
    print(a, d)
    e = [0] * 5
    e[2] = 7
    print(e)
    strs = ["x"] * 3 + ["y"]
    print(strs, len(strs))
    acc: list[int] = []
    for i in range(4):
        acc = acc + [i]
    print(acc)
    acc *= 2
    print(acc)
    fl = [0.5] * 3
    print(fl, sum(fl))
    rows = [[1, 2]] + [[3]]
    print(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

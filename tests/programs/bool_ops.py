import sys


def main(argv: list[str]) -> int:
    t = True
    f = False
    print(t and f, t or f, not t, not f, t and t, f or f)
    empty: list[int] = []
    print(not 0, not 5, not "", not "x", not empty, not [1])
    print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0)
    print("a" and "b", "" and "b", "a" or "b", "" or "b", "" or "")
    print(0.0 or 1.5, 2.5 and 0.0)
    xs = [1, 2]
    ys = [3]
    print(xs and ys, [] or ys, xs or ys)
    print(True + True, True * 10, False - 1, True / 2, -True)
    print(True == 1, False == 0, True > False, True + 0.5)
    count = 0
    for b in [True, False, True, True]:
        count += b
    print(count, sum([True, True, False]))
    name = ""
    label = name or "anonymous"
    print(label)
    x = 7
    print(x > 3 and x < 10, x < 3 or x > 5, not (x == 7))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

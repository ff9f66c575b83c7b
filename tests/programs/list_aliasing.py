import sys


def fill(xs: list[int], n: int) -> None:
    for i in range(n):
        xs.append(i)


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def main(argv: list[str]) -> int:
    a: list[int] = []
    fill(a, 4)
    print(a, total(a))
    b = a
    b[0] = 100
    print(a, b)
    c = a.copy()
    c[1] = -1
    print(a, c)
    rows = [[0] * 3 for _ in range(2)]
    rows[0][1] = 5
    print(rows)
    shared = [0] * 3
    twice = [shared, shared]
    twice[0][0] = 9
    print(twice, shared)
    def_list = [1, 2, 3]
    for x in def_list:
        if x == 2:
            def_list.append(4)
    print(def_list)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

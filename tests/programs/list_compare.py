import sys


def main(argv: list[str]) -> int:
    print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
    print([2] > [1, 99], [1, 2, 3] <= [1, 2, 3], [3] >= [2, 9])
    print(["a", "b"] < ["a", "c"], [[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [1]])
    print([0.1 + 0.2] == [0.3], [1.0] == [1.0], [float("nan")] == [float("nan")])
    rows = [[3, 1], [1, 2], [1, 1], [2, 5], [1]]
    rows.sort()
    print(rows)
    print(sorted([["b", "2"], ["a", "9"], ["a", "10"]]))
    a = [1, 2, 3]
    b = a
    c = a[:]
    print(a == b, a == c)
    b.append(4)
    print(a, c, a == c)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

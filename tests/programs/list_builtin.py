import sys


def main(argv: list[str]) -> int:
    print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)), list(range(0)))
    print(list("abc"), list(""), list([1, 2]), list((1, 2, 3)))
    a = [1, 2, 3]
    b = list(a)
    b.append(4)
    print(a, b)
    print(list(x * 2 for x in range(4)), list(sorted([3, 1, 2])))
    print(len(a), len(list(range(100))))
    nested = list([[1], [2]])
    nested[0].append(9)
    print(nested)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

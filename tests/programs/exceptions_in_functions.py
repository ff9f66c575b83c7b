import sys


def level3(n: int) -> int:
    if n > 2:
        raise ValueError("too deep: " + str(n))
    return n


def level2(n: int) -> int:
    return level3(n + 1) * 10


def level1(n: int) -> int:
    try:
        return level2(n + 1)
    except IndexError:
        return -1


def safe_get(xs: list[int], i: int, default: int = -99) -> int:
    try:
        return xs[i]
    except IndexError:
        return default


def main(argv: list[str]) -> int:
    print(level1(0))
    try:
        print(level1(1))
    except ValueError as e:
        print("propagated:", e)
    xs = [10, 20]
    print(safe_get(xs, 0), safe_get(xs, -1), safe_get(xs, 5), safe_get(xs, -3, 0))
    results = []
    for n in range(4):
        try:
            results.append(level2(n))
        except ValueError as e:
            results.append(-n)
            print("loop caught", e)
    print(results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def stats(xs: list[float]) -> tuple[float, float, int]:
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return mean, var, n


def split_name(full: str):
    parts = full.split(" ")
    return parts[0], parts[-1], len(parts)


def main(argv: list[str]) -> int:
    lo, hi = min_max([4, -2, 9, 3])
    print(lo, hi)
    r = min_max([7])
    print(r, r[0] + r[1])
    mean, var, n = stats([1.0, 2.0, 3.0, 4.0])
    print(mean, var, n)
    print(stats([2.5, 2.5]))
    first, last, count = split_name("Ada King Lovelace")
    print(first, last, count)
    print(split_name("Plato"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

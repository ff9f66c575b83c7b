import sys


def area(w, h):
    return w * h


def mean(xs):
    return sum(xs) / len(xs)


def repeat(s, n):
    out = ""
    for _ in range(n):
        out += s
    return out


def count_if_positive(xs):
    c = 0
    for x in xs:
        if x > 0:
            c += 1
    return c


def scale(xs, k):
    return [x * k for x in xs]


def main(argv: list[str]) -> int:
    print(area(3, 4), area(2.5, 2.0))
    print(mean([1, 2, 3, 4]), mean([0.5, 1.5]))
    print(repeat("ab", 3), repr(repeat("x", 0)))
    print(count_if_positive([1, -2, 3, 0]), count_if_positive([0.5, -0.5]))
    print(scale([1, 2, 3], 2), scale([1.5], 2), scale(["a", "b"], 3))
    result = area(area(2, 3), 4)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

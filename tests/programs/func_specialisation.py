import sys


def double(x):
    return x + x


def first(xs):
    return xs[0]


def describe(v):
    return f"<{v}>"


def biggest(a, b):
    if a > b:
        return a
    return b


def total(xs):
    s = xs[0]
    for x in xs[1:]:
        s = s + x
    return s


def main(argv: list[str]) -> int:
    print(double(21), double(1.25), double("ab"), double([1, 2]), double((1, "x")))
    print(first([3, 4]), first("hello"), first([[1], [2]]), first(["s"]), first((2.5, 1.0)))
    print(describe(1), describe(2.5), describe("s"), describe(True), describe([1]))
    print(biggest(3, 9), biggest(2.5, -1.0), biggest("pear", "apple"), biggest([1, 2], [1, 3]))
    print(total([1, 2, 3]), total([0.5, 0.25]), total(["a", "b", "c"]), total([[1], [2, 3]]))
    print(double(double(3)), double(double("x")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

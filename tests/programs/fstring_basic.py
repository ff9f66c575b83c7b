import sys

GREETING = "hello"
LIMIT = 3


def main(argv: list[str]) -> int:
    name = "world"
    n = 42
    x = 2.5
    print(f"{GREETING}, {name}!")
    print(f"n={n} x={x} sum={n + x} neg={-n}")
    print(f"{n}{n}{n}", f"", f"plain", f"{{braces}} {{{n}}}")
    print(f"list={[1, 2, 3]} tuple={(1, 'a')} str={'q'}")
    print(f"{name!r} {name!s} {n!r} {x!r}")
    print(f"{'nested ' + name.upper()}")
    print(f"{n * 2 if n > 40 else 0} {len(name)} {name[1:3]}")
    for i in range(LIMIT):
        print(f"row {i}: {'*' * (i + 1)}")
    print(f"{True} {False} {None}")
    print(f"{1 / 3} {1e16} {-0.0} {float('inf')}")
    s = f"{n}" + f"{x}"
    print(s, len(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
SYMBOLS = ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range")
    out = ""
    for v, s in zip(VALUES, SYMBOLS):
        while n >= v:
            out += s
            n -= v
    return out


def value_of(c: str) -> int:
    i = "IVXLCDM".find(c)
    if i < 0:
        raise ValueError(f"bad numeral {c!r}")
    return (1, 5, 10, 50, 100, 500, 1000)[i]


def from_roman(s: str) -> int:
    total = 0
    prev = 0
    for c in reversed(s.upper()):
        v = value_of(c)
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def main(argv: list[str]) -> int:
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(f"{n:>5} {r:<16} {from_roman(r)}")
    ok = 0
    for n in range(1, 4000):
        if from_roman(to_roman(n)) == n:
            ok += 1
    print("round trips:", ok)
    longest = ""
    for n in range(1, 4000):
        r = to_roman(n)
        if len(r) > len(longest):
            longest = r
    print("longest:", longest, from_roman(longest))
    for bad in ["IIII", "MMMM", "ABC", "mcmxc", "IC"]:
        try:
            print(bad, from_roman(bad))
        except ValueError as e:
            print(bad, "->", e)
    for n in [0, 4000, -5]:
        try:
            to_roman(n)
        except ValueError as e:
            print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

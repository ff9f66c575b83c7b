import sys


def main(argv: list[str]) -> int:
    a = "foo"
    b = "bar"
    print(a + b, a + " " + b, a * 3, 3 * b, a * 0, a * -2, "" * 5)
    s = ""
    for i in range(5):
        s += str(i)
    print(s)
    line = "-" * 20
    print(line)
    acc = "x"
    for _ in range(4):
        acc = acc + acc
    print(acc, len(acc))
    t = "ab"
    t *= 3
    print(t)
    print("=" * 3 + ">" + " " * 2 + "<" + "=" * 3)
    words = ["a", "bb", "ccc"]
    out = ""
    for w in words:
        out = out + w.upper() + "/"
    print(out)
    print("na" * 8 + " batman")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    for s in ["", "a", "abc", "abcdef"]:
        print(f"[{s.ljust(5)}] [{s.rjust(5)}] [{s.center(5)}] [{s.center(6)}] [{s.zfill(5)}]")
    print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4, "-") + "]", "[" + "ab".center(7, "*") + "]")
    print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "3.14".zfill(7), "abc".zfill(2))
    print("a".center(4), "|", "ab".center(5), "|", "abc".center(4, "_"))
    table = [("id", "name", "score"), ("1", "ada", "99"), ("22", "bob", "7"), ("333", "charlotte", "100")]
    for a, b, c in table:
        print(a.rjust(4), b.ljust(10), c.rjust(5), sep="|")
    title = "REPORT"
    print(title.center(20, "="))
    print("ü".ljust(3, "·") + "|", "日本".center(6, "-"))
    for n in [1, 22, 333, 4444]:
        print(str(n).zfill(4), str(n).rjust(6, "0"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

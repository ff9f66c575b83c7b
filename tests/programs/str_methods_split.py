import sys


def main(argv: list[str]) -> int:
    s = "  the quick  brown\tfox\njumps  "
    print(s.split())
    print(s.split(" "))
    print("a,b,,c,".split(","))
    print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2))
    print("a,b,,c,".rsplit(",", 1), "a,b,,c,".rsplit(","))
    print("one two three".rsplit(" ", 1), "one two three".rsplit(" "))
    print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
    print("x--y--z".split("--"), "--x--".split("--"))
    print("k=v=w".split("=", 1), "no sep".split("|"))
    print("  a b  ".split(" ", 3), "  a b  c ".rsplit(" ", 2))
    line = "name: Ada; age: 36; lang: python"
    for field in line.split("; "):
        key, value = field.split(": ")
        print(f"{key!r} -> {value!r}")
    csv = "1,2,3\n4,5,6\n7,8,9"
    rows = [[int(x) for x in r.split(",")] for r in csv.split("\n")]
    print(rows, sum(sum(r) for r in rows))
    print("a\nb\r\nc".split("\n"), "a b".split(" ", 0), "a b c".split(" ", -1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

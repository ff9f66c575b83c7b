import sys


def classify(s: str) -> str:
    return f"{s!r}: d={s.isdigit()} a={s.isalpha()} s={s.isspace()} an={s.isalnum()}"


def main(argv: list[str]) -> int:
    s = "Hello, World! 123"
    print(s.upper(), s.lower())
    print("ÄÖÜ straße".upper(), "ÀÉÎ".lower(), "ß".upper(), "ǅ".lower())
    for t in ["123", "abc", "abc123", "   ", "", "12.5", "a b", "\t\n", "Ünï", "٣", "x_y", "-1"]:
        print(classify(t))
    words = ["Apple", "banana", "Cherry"]
    print([w.upper() for w in words], [w.lower() for w in words])
    print(sorted(words), sorted([w.lower() for w in words]))
    count = 0
    for ch in s:
        if ch.isalpha() and ch.upper() == ch:
            count += 1
    print("uppercase letters:", count)
    print("MiXeD".lower() == "mixed", "abc".upper().lower())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

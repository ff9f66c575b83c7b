import sys


def main(argv: list[str]) -> int:
    s = "naïve café 日本語 😀!"
    print(s, len(s))
    print(s[2], s[-2], s[11:14], s[::-1])
    print(s.upper(), s.find("日"), s.count("é"), "語" in s)
    print([c for c in s if ord(c) > 127])
    print([ord(c) for c in "é日😀"])
    words = s.split()
    print(words, [len(w) for w in words])
    print("-".join(words), s.replace("café", "tea"))
    print(f"[{'日本':>5}] [{'é':^5}]")
    t = ""
    for c in "abc":
        t += c + "\u0301"
    print(t, len(t))
    print("Ω" * 3, "ü" < "ü!", sorted(["é", "e", "z", "ä"]))
    print(repr("tab\tnew\nline ü"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

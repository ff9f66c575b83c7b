import sys


def main(argv: list[str]) -> int:
    s = "the cat sat on the mat with the hat"
    print(s.replace("the", "a"))
    print(s.replace("at", "og", 2))
    print(s.replace("xyz", "!"), s.replace(" ", ""), s.replace("", "-", 3))
    print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "".replace("", "x"))
    print(s.count("the"), s.count("at"), s.count(" "), s.count("t", 10), s.count("t", 5, 15))
    print("abc".replace("", "|"))
    text = "one  two   three    four"
    while "  " in text:
        text = text.replace("  ", " ")
    print(text)
    tmpl = "Dear NAME, your total is AMOUNT."
    print(tmpl.replace("NAME", "Ada").replace("AMOUNT", f"{12.5:.2f}"))
    dna = "ATGCGATACGCTTGA"
    print(dna.replace("A", "t").replace("T", "a").replace("G", "c").replace("C", "g").upper())
    for base in "ACGT":
        print(base, dna.count(base))
    print("ééé".replace("é", "e"), "日本日本".count("日"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

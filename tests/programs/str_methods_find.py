import sys


def main(argv: list[str]) -> int:
    s = "abracadabra"
    print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 4, 6))
    print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
    print(s.index("c"), s.index("dab"), s.index("a", 1), s.index("a", -1))
    print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), s.count("aa"), "aaaa".count("aa"))
    print(s.startswith("abra"), s.startswith("bra"), s[1:].startswith("bra"), s.startswith(""))
    print(s.endswith("abra"), s.endswith("cad"), s[:7].endswith("cad"), s.endswith(""))
    print(s.find("a", -3), s.find("a", 100), s.rfind("b", -5, -1))
    pos = 0
    hits = []
    while True:
        pos = s.find("a", pos)
        if pos < 0:
            break
        hits.append(pos)
        pos += 1
    print(hits)
    try:
        s.index("q")
    except ValueError as e:
        print("ValueError:", e)
    print("héllo wörld".find("w"), "日本語テキスト".find("テ"), "日本語".index("語"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

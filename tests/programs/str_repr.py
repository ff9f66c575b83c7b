import sys


def main(argv: list[str]) -> int:
    cases = ["plain", "", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "back\\slash"]
    for c in cases:
        print(repr(c), len(c))
    print(repr("\x00\x01\x7f"), repr("\x1b[0m"), repr("é"), repr("日本"), repr("\u200b"))
    print(repr("\xa0"), repr("\xad"), repr("😀"), repr("\U0001f600x"))
    print(["a", "b'c", 'd"e'], ("x",), [""])
    print(str("x"), repr(repr("x")), repr(str(5)))
    print(f"{'abc'!r}", "%r" % "q")
    words = "alpha beta".split()
    print(words, repr(words[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    s = "  \t hello world \n "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
    print(repr("abcHELLOcba".strip("abc")), repr("www.example.com".strip("cmowz.")))
    print(repr("".strip()), repr("   ".strip()), repr("a".strip()), repr("\u3000x\u3000".strip()))
    print(repr("123abc321".strip("0123456789")), repr("...".strip(".")))
    lines = ["  first  ", "second\n", "\tthird", ""]
    print([l.strip() for l in lines])
    print([len(l.rstrip()) for l in lines])
    text = "#### Title ####"
    print(text.strip("#").strip(), text.lstrip("#"), text.rstrip("# "))
    path = "/usr/local/bin/"
    print(path.strip("/"), path.rstrip("/").split("/"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

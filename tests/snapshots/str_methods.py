import sys

def main(argv: list[str]) -> int:
    s = "  Hello, World  "
    parts = s.strip().lower().split(", ")
    print("-".join(parts), s.find("W"))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

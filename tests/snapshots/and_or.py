import sys

def main(argv: list[str]) -> int:
    name = ""
    label = name or "anon"
    ok = len(label) > 2 and label != "x"
    print(label, ok, not ok)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

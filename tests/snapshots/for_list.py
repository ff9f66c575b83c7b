import sys

def main(argv: list[str]) -> int:
    words = ["a", "bb", "ccc"]
    n = 0
    for w in words:
        n += len(w)
    print(n)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

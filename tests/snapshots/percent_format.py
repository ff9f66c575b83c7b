import sys

def main(argv: list[str]) -> int:
    print("%d items at %5.2f each (%s)" % (3, 1.5, "ok"))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

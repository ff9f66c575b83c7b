import sys

def main(argv: list[str]) -> int:
    a, b = 1, 2
    a, b = b, a
    q, r = divmod(17, 5)
    print(a, b, q, r)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

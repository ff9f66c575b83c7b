import sys

def main(argv: list[str]) -> int:
    a = 7
    b = a * 3 - 2
    c = b // 4 + b % 4
    print(a, b, c, a / 2)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def main(argv: list[str]) -> int:
    x = 3.14159
    n = 42
    print(f"{n:>5}|{x:.2f}|{n!r}|{'s':^3}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

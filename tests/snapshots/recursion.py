import sys

def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)

def main(argv: list[str]) -> int:
    print(fact(10))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

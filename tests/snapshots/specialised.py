import sys

def twice(x):
    return x + x

def main(argv: list[str]) -> int:
    print(twice(2), twice(1.5), twice("ab"))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def main(argv: list[str]) -> int:
    try:
        n = int("x")
    except ValueError as e:
        n = -1
        print(str(e))
    print(n)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

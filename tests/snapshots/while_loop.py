import sys

def main(argv: list[str]) -> int:
    i = 0
    total = 0
    while i < 10:
        total += i
        i += 1
    print(total)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def main(argv: list[str]) -> int:
    s = 0
    for i in range(1, 10, 2):
        s += i * i
    print(s)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

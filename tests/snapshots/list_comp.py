import sys

def main(argv: list[str]) -> int:
    xs = [i * i for i in range(6) if i % 2 == 0]
    print(xs, len(xs))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

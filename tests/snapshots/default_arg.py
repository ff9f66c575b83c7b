import sys

def scale(x: int, k: int = 3) -> int:
    return x * k

def main(argv: list[str]) -> int:
    print(scale(2), scale(2, 5), scale(x=1, k=0))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def inside(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi

def main(argv: list[str]) -> int:
    print(inside(0, 5, 10), inside(0, 10, 10))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

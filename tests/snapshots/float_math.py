import math
import sys

def main(argv: list[str]) -> int:
    r = 2.0
    area = math.pi * r ** 2
    print(area, math.sqrt(area), math.floor(area))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

PI = 3.141592653589793
TAU = 2 * PI
WIDTH = 8
AREA = WIDTH * WIDTH
NAME = "rpy"
BANNER = NAME + "!" * 3
SIZES = (WIDTH, AREA, -WIDTH)


def main(argv: list[str]) -> int:
    print(PI, TAU, WIDTH, AREA)
    print(BANNER, SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

WIDTH = 10
HEIGHT = 4
SCALE = 2.5
TITLE = "constants"
ORIGIN = (0, 0)
PALETTE = ("red", "green", "blue")
LIMITS = (1, 2.5, "x")
NEG = -7
BIG = 2 ** 40
FLAG = True


def area() -> int:
    return WIDTH * HEIGHT


def scaled(x: float) -> float:
    return x * SCALE


def main(argv: list[str]) -> int:
    print(TITLE, WIDTH, HEIGHT, area(), scaled(4.0))
    print(ORIGIN, PALETTE, LIMITS, NEG, BIG, FLAG)
    for c in PALETTE:
        print(c.upper(), len(c))
    x, y = ORIGIN
    print(x + WIDTH, y + HEIGHT)
    print(TITLE[0], TITLE.upper(), PALETTE[1], LIMITS[1] * 2)
    if FLAG:
        print(BIG // WIDTH)
    print(f"{TITLE:>12}|{SCALE:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

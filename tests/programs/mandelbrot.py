import sys

CHARS = " .:-=+*#%@"


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width: int, height: int, limit: int) -> list[str]:
    rows: list[str] = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        line = ""
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = escape(cr, ci, limit)
            if n == limit:
                line += "@"
            else:
                line += CHARS[n * (len(CHARS) - 1) // limit]
        rows.append(line.rstrip())
    return rows


def main(argv: list[str]) -> int:
    rows = render(64, 24, 60)
    for r in rows:
        print(r)
    inside = sum(r.count("@") for r in rows)
    print("cells inside:", inside)
    total = 0
    for y in range(-10, 11):
        for x in range(-20, 6):
            total += escape(x / 10.0, y / 10.0, 100)
    print("iteration sum:", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    print("%X" % 255, "%+d" % 7, "%+d" % -7, "% d" % 5, "%o" % 8, "%#x" % 255)
    print("%e" % 12345.678, "%g" % 0.0001, "%g" % 1e20, "%.2e" % 0.5, "%G" % 1e-10)
    print("%c%c" % (72, 105), "%c" % "z", "%i" % 12)
    print("%d" % 3.99, "%d" % -3.99, "%x" % -255, "%5.1s|" % "abc")
    print("%s" % ((1, 2),), "%s" % None, "%r" % None, "%.3s" % "abcdef")
    print("100%%", "%%d" % ())
    print("%-6d|%6d|%-06d|" % (42, 42, 42))
    print("%.0f %.1f %.2f" % (2.5, 0.05, 1.005))
    print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
    print("%10.3e|%-12.4g|" % (123.456, 0.000012345))
    print("%s %s %s" % (1e16, -0.0, 1.5e-07))
    print("%r %r" % (0.1, 1e22))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

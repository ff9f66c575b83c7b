import sys


def main(argv: list[str]) -> int:
    n = 42
    x = 3.14159
    s = "text"
    print("%d" % n, "%5d|" % n, "%-5d|" % n, "%03d" % 7, "%x" % 255, "%8x|" % 48879)
    print("%5.2f|" % x, "%.3f" % x, "%f" % x, "%10.4f|" % -x, "%-8.1f|" % x)
    print("%s|" % s, "%-8s|" % s, "%8s|" % s, "%r" % s, "%s" % 17, "%s" % 2.5)
    print("%d + %d = %d" % (2, 3, 5))
    print("%s is %d years and %.1f%% done" % ("Bob", 30, 99.5))
    print("%r %r %r" % (1, 1.5, "q'x"))
    print("%d%%" % 50, "%d" % -7, "%03d" % -7, "%03d" % 1234, "%s" % True)
    print("%5s%-5s|" % ("ab", "cd"), "%s-%s" % ("", "x"))
    rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
    for name, k, v in rows:
        print("%-8s %4d %8.2f" % (name, k, v))
    print("%s" % [1, 2], "%s and %r" % ([1.5], ["a"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

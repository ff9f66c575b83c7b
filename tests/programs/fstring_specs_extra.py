import sys


def main(argv: list[str]) -> int:
    x = 42
    f = 3.14159265
    s = "abc"
    print(f"[{x:X}] [{x:#x}] [{x:08b}] [{x:o}] [{x:#o}] [{x:b}]")
    print(f"[{s:*^9}] [{s:.2}] [{s:_<6}] [{s:>{8}}]")
    print(f"[{x: d}] [{-x: d}] [{f:.2%}] [{0.5:%}]")
    width = 10
    prec = 3
    print(f"[{f:{width}.{prec}f}] [{s:>{width}}] [{x:0{width}d}]")
    print(f"{7:*>5} {7:_<5} {7:0>5} {1000000:_} {-1000:>+8,}")
    n = 3
    print(f"{n:.2f} {n:e} {n:g} {n:%} {n:f}")
    print(f"{True:d} {False:>3} {True:5}")
    print(f"{x=}", f"{s = }", f"{f=:.2f}")
    print(f"{-0.0:+.1f} {0.0:+.1f} {1.5:=+8.2f} {-1.5:=8.2f}")
    print(f"{12345.678:_.2f} {255:_x} {0xdeadbeef:_X}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

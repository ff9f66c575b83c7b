import sys


def main(argv: list[str]) -> int:
    x = 42
    f = 3.14159265
    s = "abc"
    print(f"[{x:>8}] [{x:<8}] [{x:^8}] [{x:08}] [{x:+d}] [{x:x}] [{x:,}]")
    print(f"[{f:.3f}] [{f:08.2f}] [{f:e}] [{f:g}] [{f:10.4f}] [{f:<10.2f}] [{f:+.1f}]")
    print(f"[{s:>8}] [{s:<8}] [{s:^7}] [{s!r}] [{s:^9}]")
    print(f"[{-x:>8}] [{-x:08}] [{-x:+d}] [{-x:x}] [{1234567:,}] [{-1234567:,}]")
    print(f"[{x:5d}] [{x:<5d}] [{x:^5d}] [{x:05d}] [{-x:05d}]")
    print(f"[{f:.0f}] [{f:.10f}] [{-f:.3f}] [{f:12.6e}]")
    for v in [0, 1, 255, 4096, 65535]:
        print(f"{v:6d} {v:6x} {v:<6x}| {v:,}")
    for w in [0.5, 12.25, 1234.5678, -0.001]:
        print(f"{w:10.2f}|{w:<10.3f}|{w:^12.1f}|{w:e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

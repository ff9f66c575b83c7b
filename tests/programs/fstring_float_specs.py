import sys


def main(argv: list[str]) -> int:
    vals = [0.0, -0.0, 1.0, 0.1, 1.5, 2.5, 0.125, 1e16, 1.5e-07, 123456789.123, 1e22, 5e-324]
    for v in vals:
        print(f"{v:.2f}|{v:.0f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.4g}|{v:,.2f}")
    inf = float("inf")
    nan = float("nan")
    print(f"{inf:.2f}|{-inf:10.1f}|{nan:f}|{inf:e}|{nan:g}|{inf:+.3f}")
    print(f"{2.675:.2f} {2.665:.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-2.5:.0f}")
    print(f"{1234567.891:,.2f} {1234567.891:,} {0.1:,}")
    print(f"{3.0:g} {3.5:g} {1e-5:g} {1e-4:g} {123456.0:g} {1234567.0:g} {1e100:g}")
    print(f"{100.0:.1e} {0.000123:.2e} {9.999:.2e} {9.9999:.1f}")
    print(f"{1 / 3:.15f} {2 / 3:.17f} {2 ** 0.5:.20f}")
    print(f"{3.14159:+08.2f} {-3.14159:08.2f} {3.14159:-8.2f}|")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

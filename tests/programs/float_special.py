import math
import sys


def main(argv: list[str]) -> int:
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, nan, inf + 1, inf * 2, -inf * -1, inf - inf, inf * 0)
    print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
    print(math.isnan(nan), math.isnan(inf), math.isinf(inf), math.isinf(-inf), math.isinf(nan))
    print(math.isnan(0.0), math.isinf(1e308 * 10), 1e308 * 10, -1e308 * 10)
    print(math.inf, -math.inf, math.inf == inf, 1 / inf, -1 / inf)
    print(min(inf, 5.0), max(-inf, -5.0), abs(-inf), abs(nan))
    print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1, -0.0 * -1)
    print(math.sqrt(inf), math.exp(-inf), math.exp(700.0))
    print(int(1e18), round(1.5), 1e300 * 1e10 - 1e308)
    print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2)
    vals = [1.0, inf, -inf, 0.0, -0.0, nan]
    print(vals)
    print(sorted([3.0, -inf, inf, 0.5, -0.0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import math
import sys


def main(argv: list[str]) -> int:
    print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e-10), math.sqrt(-0.0))
    print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.ceil(2.1), math.ceil(-2.1), math.ceil(7))
    print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e15 + 0.5), math.ceil(1e-300))
    print(math.sin(0), math.sin(math.pi / 2), math.sin(1.0), math.cos(0), math.cos(1.0))
    print(math.tan(0.5), math.tan(math.pi / 4), math.cos(math.pi))
    print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
    print(math.log(1), math.log(math.exp(1)), math.log(10), math.log(0.5))
    print(math.pi, math.pi * 2, round(math.pi, 4))
    print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
    print(math.hypot(3, 4), math.hypot(1.0, 1.0), math.hypot(5, 12))
    print(math.pow(2, 10), math.pow(2.0, 0.5), math.pow(10, -2), math.pow(-2, 3))
    print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1.0, 0.0))
    for i in range(6):
        t = i * math.pi / 6
        print(f"{t:.4f} {math.sin(t):+.6f} {math.cos(t):+.6f}")
    total = 0
    for k in range(1, 20):
        total += math.floor(math.sqrt(k))
    print(total, total + 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def main(argv: list[str]) -> int:
    i = 0
    while i < 5:
        print(i, end=" ")
        i += 1
    print()
    n = 27
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    print("collatz 27:", steps)
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
    total = 0
    k = 10
    while k > 0:
        k -= 1
        if k % 3 == 0:
            continue
        total += k
        if total > 30:
            break
    print(total, k)
    x = 1.0
    while x < 1000.0:
        x *= 1.5
    print(x)
    count = 0
    while True:
        count += 1
        if count * count > 200:
            break
    print(count)
    s = "hello"
    while len(s) > 1:
        s = s[1:]
    print(s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

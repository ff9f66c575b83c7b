import sys


def sieve(limit: int) -> list[int]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def factorize(n: int, primes: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in primes:
        if p * p > n:
            break
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append((p, e))
    if n > 1:
        out.append((n, 1))
    return out


def fmt_factors(fs: list[tuple[int, int]]) -> str:
    parts = []
    for p, e in fs:
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts)


def main(argv: list[str]) -> int:
    primes = sieve(100)
    print(len(primes), primes)
    big = sieve(100000)
    print(len(big), big[-5:], sum(big))
    gaps = [big[i + 1] - big[i] for i in range(len(big) - 1)]
    mx = max(gaps)
    at = gaps.index(mx)
    print("largest gap", mx, "after", big[at])
    twins = 0
    for i in range(len(big) - 1):
        if big[i + 1] - big[i] == 2:
            twins += 1
    print("twin pairs", twins)
    for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
        print(n, "=", fmt_factors(factorize(n, big)))
    print(sieve(0), sieve(1), sieve(2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def collatz_len(n: int) -> int:
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak


def main(argv: list[str]) -> int:
    limit = 30000
    best = 1
    best_len = 1
    total = 0
    lengths = [0] * (limit + 1)
    for n in range(1, limit + 1):
        L = collatz_len(n)
        lengths[n] = L
        total += L
        if L > best_len:
            best = n
            best_len = L
    print("longest chain below", limit, "starts at", best, "with", best_len, "terms")
    print("mean length: %.4f" % (total / limit))
    buckets = [0] * 10
    for L in lengths[1:]:
        buckets[min(L // 40, 9)] += 1
    for i, b in enumerate(buckets):
        lo = i * 40
        label = f"{lo}-{lo + 39}" if i < 9 else f"{lo}+"
        print(f"{label:>8} {b:6d} {100.0 * b / limit:6.2f}%")
    print([collatz_len(n) for n in range(1, 20)])
    print([collatz_peak(n) for n in [1, 7, 27, 97, 871]])
    record = 0
    holders = []
    for n in range(1, 1000):
        p = collatz_peak(n)
        if p > record:
            record = p
            holders.append(n)
    print(holders, record)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

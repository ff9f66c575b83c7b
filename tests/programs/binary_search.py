import sys


def bsearch(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(xs, target):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bsearch_rec(xs: list[str], target: str, lo: int, hi: int) -> int:
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid - 1)


def isqrt(n: int) -> int:
    lo = 0
    hi = min(n, 3037000499)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid <= n // mid:
            lo = mid
        else:
            hi = mid - 1
    return lo


def main(argv: list[str]) -> int:
    xs = [i * 3 + 1 for i in range(50)]
    print([bsearch(xs, t) for t in [1, 4, 148, 147, 0, 200, 76]])
    print([lower_bound(xs, t) for t in [0, 1, 2, 100, 148, 149]])
    dup = [1, 2, 2, 2, 5, 5, 9]
    print([lower_bound(dup, t) for t in range(11)])
    fs = [0.5, 1.25, 2.0, 8.5]
    print([lower_bound(fs, t) for t in [0.0, 1.25, 3.0, 9.0]])
    words = sorted("pear fig apple kiwi banana cherry date grape".split())
    print(words)
    for w in ["apple", "grape", "zucchini", "date", "aardvark"]:
        print(w, bsearch_rec(words, w, 0, len(words) - 1))
    print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 10 ** 18]])
    print(bsearch([], 3), lower_bound([], 3.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

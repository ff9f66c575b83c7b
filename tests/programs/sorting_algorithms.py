import sys


def bubble_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
                swaps += 1
        if not swapped:
            break
    print("  bubble swaps:", swaps)
    return a


def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge(left, right):
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def quick_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quick_sort(less) + equal + quick_sort(greater)


def lcg(seed: int, n: int) -> list[int]:
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out


def main(argv: list[str]) -> int:
    cases = [[], [1], [2, 1], [5, 1, 4, 2, 8], [3, 3, 3], list(range(10, 0, -1)), lcg(42, 25)]
    for xs in cases:
        print(xs)
        b = bubble_sort(xs)
        results = [b, insertion_sort(xs), merge_sort(xs), quick_sort(xs)]
        ok = all_equal(results) and b == sorted(xs)
        print("  sorted:", b, "agree:", ok)
    print(insertion_sort(["pear", "apple", "fig"]), merge_sort([2.5, -1.0, 0.5]))
    big = lcg(7, 2000)
    print(merge_sort(big) == sorted(big), quick_sort(big)[:5], insertion_sort(big)[-5:])
    return 0


def all_equal(rs: list[list[int]]) -> bool:
    for r in rs:
        if r != rs[0]:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv))

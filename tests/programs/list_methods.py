import sys


def main(argv: list[str]) -> int:
    xs = [5, 3, 8]
    xs.append(1)
    print(xs, len(xs))
    xs.extend([9, 2])
    print(xs)
    xs.insert(0, 7)
    xs.insert(3, 4)
    xs.insert(100, 6)
    xs.insert(-1, 0)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(2), xs.pop(-2), xs)
    xs.remove(8)
    print(xs, xs.index(9), xs.count(3), xs.count(42))
    xs.reverse()
    print(xs)
    xs.sort()
    print(xs)
    xs.sort(reverse=True)
    print(xs)
    ys = xs.copy()
    ys.append(100)
    print(xs, ys)
    ys.clear()
    print(ys, len(ys), xs)
    words = ["b", "a", "c"]
    words.extend("de")
    words.sort()
    print(words, words.index("c"))
    zs: list[float] = []
    zs.append(1.5)
    zs.extend([2.5, -1.0])
    print(zs, zs.pop(1), zs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

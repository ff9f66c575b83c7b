import sys


def find(xs: list[int], target: int) -> int:
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def main(argv: list[str]) -> int:
    print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
    print([n for n in range(30) if is_prime(n)])
    i = -1
    for i in range(3):
        pass
    else:
        print("for finished", i)
    for i in range(3):
        if i == 1:
            break
    else:
        print("not printed")
    n = 0
    while n < 3:
        n += 1
    else:
        print("while finished", n)
    for c in "":
        print("never")
    else:
        print("empty for else")
    for i in range(4):
        for j in range(4):
            if i * j == 6:
                print("found", i, j)
                break
        else:
            continue
        break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

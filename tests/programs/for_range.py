import sys


def main(argv: list[str]) -> int:
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(2, 6):
        print(i, end=" ")
    print()
    for i in range(0, 20, 7):
        print(i, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(-5, -10, -1):
        print(i, end=" ")
    print()
    for i in range(5, 5):
        print("never")
    for i in range(3, 0):
        print("never")
    n = 4
    for i in range(n):
        n = 2
        print(i, end=" ")
    print(n)
    last = -1
    for last in range(7):
        pass
    print(last)
    total = 0
    for i in range(1, 101):
        total += i
    print(total)
    big = 0
    for i in range(9223372036854775800, 9223372036854775807):
        big = i
    print(big)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

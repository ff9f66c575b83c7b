import sys


def main(argv: list[str]) -> int:
    print(len(""), len("abc"), len("日本"), len([]), len([1, 2]), len((1, 2, 3)), len([[1, 2]]))
    print(list(range(0)), list(range(-3)), list(range(1, 2)), list(range(3, -3, -2)))
    print(list(range(0, 10, 4)), list(range(10, 0, -4)), list(range(-10, -1, 3)))
    n = 0
    for i in range(1, 1000, 7):
        n += 1
    print(n, len(list(range(1, 1000, 7))))
    try:
        for i in range(0, 10, 0):
            print(i)
    except ValueError as e:
        print("ValueError:", e)
    s = "hello world"
    print(len(s.split()), len(s.replace("l", "")), len(str(12345)), len(repr("x")))
    total = 0
    for i in range(len(s)):
        if s[i] == "o":
            total += i
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

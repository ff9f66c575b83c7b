import sys


def main(argv: list[str]) -> int:
    n = 5
    for i in range(1, n + 1):
        print(" " * (n - i) + "*" * (2 * i - 1))
    for i in range(1, 6):
        row = ""
        for j in range(1, 6):
            row += f"{i * j:4d}"
        print(row)
    count = 0
    for a in range(10):
        for b in range(a, 10):
            for c in range(b, 10):
                if a + b + c == 10:
                    count += 1
    print(count)
    i = 0
    while i < 3:
        j = 0
        while j < i:
            print(i, j)
            j += 1
        i += 1
    pascal = [1]
    for _ in range(8):
        print(pascal)
        pascal = [1] + [pascal[k] + pascal[k + 1] for k in range(len(pascal) - 1)] + [1]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

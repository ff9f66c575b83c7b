import sys


def main(argv: list[str]) -> int:
    names = ["ada", "bob", "cy"]
    ages = [36, 41, 29]
    for i, name in enumerate(names):
        print(i, name)
    for name, age in zip(names, ages):
        print(f"{name} is {age}")
    for a, b in zip([1, 2, 3, 4], "ab"):
        print(a, b)
    for i, (name, age) in enumerate(zip(names, ages)):
        print(i, name, age)
    total = 0
    for i, v in enumerate([10, 20, 30]):
        total += i * v
    print(total)
    pairs = list(zip(names, ages))
    print(pairs)
    for t in zip([1, 2], [3, 4]):
        print(t)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("no newline", end="")
    print(" continued")
    print(1, 2, 3, sep="-", end="!\n")
    print("x", end="")
    print("y", end="")
    print()
    for i in range(5):
        print(i, end=" ")
    print()
    print("star-free")
    print("", "", sep="|")
    print(1.5, True, None, "s", [1], (2,), sep=" ; ")
    sep = "::"
    print("k", "v", sep=sep)
    print("end", end="\n\n")
    print("multi\nline", "text")
    print("trailing", end=" ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

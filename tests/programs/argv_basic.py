import sys


def main(argv: list[str]) -> int:
    print(len(argv))
    rest = argv[1:]
    print(rest, len(rest))
    for a in rest:
        print("arg", a)
    return len(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

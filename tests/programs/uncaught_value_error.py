import sys


def parse_all(items: list[str]) -> list[int]:
    out = []
    for s in items:
        out.append(int(s))
    return out


def main(argv: list[str]) -> int:
    print("parsing")
    print(parse_all(["1", "2"]))
    print(parse_all(["3", "four", "5"]))
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

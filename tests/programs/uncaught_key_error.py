import sys


def main(argv: list[str]) -> int:
    names = ["a", "b"]
    wanted = "c"
    if wanted not in names:
        raise KeyError(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 7: min(key=...) is not supported yet
import sys


def main(argv: list[str]) -> int:
    words = ["pear", "fig", "apple"]
    w = min(words, key=len)
    print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

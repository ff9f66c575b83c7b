# error: 7: sort(key=...) is not supported yet
import sys


def main(argv: list[str]) -> int:
    words = ["pear", "fig", "apple"]
    words.sort(key=len)
    print(words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

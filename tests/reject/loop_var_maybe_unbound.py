# error: 9: may be used before it is assigned
import sys


def main(argv: list[str]) -> int:
    for word in ["alpha", "beta"]:
        if word.startswith("b"):
            break
    print(word)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

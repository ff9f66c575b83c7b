import sys


def main(argv: list[str]) -> int:
    s = "abc"
    try:
        print(s[1])
        print(s[5])
    except IndexError as e:
        print("logging:", e)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def main(argv: list[str]) -> int:
    n = len(argv)
    if n > 1:
        print("args")
    else:
        print("none")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def validate(xs: list[int]) -> None:
    for x in xs:
        if x < 0:
            print("negative value", x, "- giving up")
            sys.exit(2)
        print("ok", x)


def main(argv: list[str]) -> int:
    try:
        validate([1, 2, -3, 4])
    finally:
        print("finally still runs")
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

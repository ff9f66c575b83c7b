import sys


def check(xs: list[int]) -> None:
    for x in xs:
        assert x % 2 == 0, f"odd value {x}"
    print("all even:", xs)


def main(argv: list[str]) -> int:
    check([2, 4])
    check([6, 7, 8])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

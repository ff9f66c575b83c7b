import sys


def attempt(s: str) -> None:
    try:
        v = int(s)
    except ValueError as e:
        print("error:", e)
    else:
        print("parsed", v)
    finally:
        print("attempted", repr(s))


def main(argv: list[str]) -> int:
    attempt("10")
    attempt("ten")
    attempt("-0")
    total = 0
    for s in ["1", "x", "3", "4.5", "5"]:
        try:
            n = int(s)
        except ValueError:
            continue
        else:
            total += n
    print(total)
    try:
        x = 10
    except ZeroDivisionError:
        print("no")
    else:
        try:
            y = x // 0
            print(y)
        except ZeroDivisionError as e:
            print("nested in else:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

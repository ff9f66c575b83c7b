import sys


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return -1


def checked_div(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError("custom: b is zero")
    return a // b


def main(argv: list[str]) -> int:
    print(parse("12"), parse("x"), parse(""), parse(" 7 "))
    try:
        print(checked_div(10, 2))
        print(checked_div(1, 0))
        print("not reached")
    except ZeroDivisionError as e:
        print("caught:", e)
    try:
        raise ValueError("bad value")
    except ValueError as e:
        print(str(e), len(str(e)))
    try:
        raise RuntimeError
    except RuntimeError as e:
        print("empty message:", repr(str(e)))
    try:
        raise TypeError("type problem")
    except ValueError:
        print("wrong handler")
    except TypeError as e:
        print("TypeError:", e)
    try:
        raise KeyError("missing")
    except KeyError as e:
        print("KeyError:", e)
    try:
        raise IndexError("idx")
    except Exception as e:
        print("Exception catches", e)
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

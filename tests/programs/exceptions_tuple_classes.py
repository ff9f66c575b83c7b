import sys


def trouble(kind: int) -> int:
    xs = [1, 2, 3]
    if kind == 0:
        return xs[5]
    if kind == 1:
        return int("nope")
    if kind == 2:
        return 1 // (kind - 2)
    if kind == 3:
        raise TypeError("kind 3")
    return kind


def main(argv: list[str]) -> int:
    for k in range(5):
        try:
            print("ok", trouble(k))
        except (IndexError, ValueError) as e:
            print(k, "index-or-value:", e)
        except (ZeroDivisionError, TypeError) as e:
            print(k, "zero-or-type:", e)
    for k in range(4):
        try:
            trouble(k)
        except (LookupError, ArithmeticError) as e:
            print(k, "base class caught:", e)
        except Exception as e:
            print(k, "Exception:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def lookup(keys: list[str], vals: list[int], k: str) -> int:
    for i in range(len(keys)):
        if keys[i] == k:
            return vals[i]
    raise KeyError(k)


def main(argv: list[str]) -> int:
    keys = ["a", "b"]
    vals = [1, 2]
    print(lookup(keys, vals, "b"))
    try:
        lookup(keys, vals, "zz")
    except KeyError as e:
        print("KeyError str:", str(e))
    try:
        raise KeyError("it's")
    except LookupError as e:
        print(e)
    try:
        raise IndexError("plain message")
    except LookupError as e:
        print(e)
    try:
        raise OverflowError("too big")
    except ArithmeticError as e:
        print("ArithmeticError:", e)
    try:
        raise NotImplementedError("later")
    except RuntimeError as e:
        print("RuntimeError base:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

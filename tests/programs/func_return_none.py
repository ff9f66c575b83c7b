import sys


def shout(msg: str) -> None:
    print(msg.upper())


def maybe_print(flag: bool) -> None:
    if flag:
        print("flag set")
        return
    print("flag clear")


def nothing():
    pass


def append_twice(xs: list[int], v: int) -> None:
    xs.append(v)
    xs.append(v)


def main(argv: list[str]) -> int:
    r = shout("hi")
    print(r)
    maybe_print(True)
    maybe_print(False)
    print(nothing())
    xs = [1]
    print(append_twice(xs, 5), xs)
    print(repr(nothing()), str(None), f"{None}", None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def f(n: int) -> str:
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError:
        return "caught one"
    finally:
        print("finally for", n)


def g() -> int:
    count = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            count += 10
        finally:
            count += 1
    return count


def main(argv: list[str]) -> int:
    print(f(0))
    print(f(1))
    print(f(2))
    print(g())
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e)
    try:
        print("body")
    finally:
        print("cleanup")
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise RuntimeError("second")
        finally:
            print("finally runs before propagation")
    except RuntimeError as e:
        print("got", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

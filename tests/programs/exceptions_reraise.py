import sys


def risky(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2


def wrapper(n: int) -> int:
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw the error, re-raising")
        raise


def main(argv: list[str]) -> int:
    print(wrapper(5))
    try:
        wrapper(-3)
    except ValueError as e:
        print("main caught:", e)
    try:
        try:
            [1, 2, 3][10]
        except IndexError as e:
            print("first handler:", e)
            raise
    except IndexError as e:
        print("second handler:", e)
    count = 0
    for i in range(3):
        try:
            try:
                if i % 2 == 0:
                    raise RuntimeError("even " + str(i))
            except RuntimeError:
                count += 1
                raise
        except RuntimeError as e:
            print("loop", i, e)
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

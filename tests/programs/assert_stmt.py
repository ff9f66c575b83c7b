import sys


def checked_sqrt(x: float) -> float:
    assert x >= 0, "x must be non-negative"
    return x ** 0.5


def main(argv: list[str]) -> int:
    assert True
    assert 1 + 1 == 2, "math works"
    print(checked_sqrt(16.0))
    try:
        checked_sqrt(-1.0)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        assert 1 > 2
    except AssertionError as e:
        print("no message:", repr(str(e)))
    xs = [1, 2, 3]
    try:
        assert len(xs) == 4, f"expected 4 items, got {len(xs)}"
    except AssertionError as e:
        print(e)
    n = 0
    for i in range(5):
        assert i >= 0
        n += i
    print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    s = "abc"
    zero = 0
    fzero = 0.0
    try:
        print(1 // zero)
    except ZeroDivisionError as e:
        print(1, e)
    try:
        print(1 % zero)
    except ZeroDivisionError as e:
        print(2, e)
    try:
        print(1 / zero)
    except ZeroDivisionError as e:
        print(3, e)
    try:
        print(1.5 / fzero)
    except ZeroDivisionError as e:
        print(4, e)
    try:
        print(1.5 // fzero)
    except ZeroDivisionError as e:
        print(5, e)
    try:
        print(divmod(7, zero))
    except ZeroDivisionError as e:
        print(6, e)
    try:
        print(xs[3])
    except IndexError as e:
        print(7, e)
    try:
        xs[-4] = 0
    except IndexError as e:
        print(8, e)
    try:
        print(s[10])
    except IndexError as e:
        print(9, e)
    for bad in ["x", "", "1.5", "12a", " "]:
        try:
            print(int(bad))
        except ValueError as e:
            print(10, e)
    try:
        print(float("abc"))
    except ValueError as e:
        print(11, e)
    try:
        print(1.5 % fzero, 2.0 ** -1, zero ** 2)
    except ZeroDivisionError as e:
        print(12, e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

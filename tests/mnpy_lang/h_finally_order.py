log = []
def f(x):
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "ret"
        log.append("body done")
    except ValueError as e:
        log.append("except " + str(e))
        return "from except"
    finally:
        log.append("finally")
    return "end"
for v in [0, 1, 2]:
    log.clear()
    print(f(v), log)
def g():
    try:
        return 1
    finally:
        print("g finally")
print(g())
def h():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
        try:
            raise
        except KeyError as e2:
            print("reraised", e2)
h()
def wrap():
    try:
        int("bad")
    except ValueError as e:
        raise TypeError("wrapped: " + str(e))
try:
    wrap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print("outer", type(e).__name__, e)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), str(e) == "")

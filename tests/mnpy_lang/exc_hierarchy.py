# exception class hierarchy in except clauses, tuples of classes.
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except (ValueError, TypeError) as e:
        return "value/type " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    return "none"
print(classify(lambda: {}["x"]))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("q")))
print(classify(lambda: None + 1))
print(classify(lambda: None))
def raiser(exc):
    raise exc
print(classify(lambda: raiser(NotImplementedError("later"))))
print(classify(lambda: raiser(AssertionError("a"))))
print(classify(lambda: raiser(OverflowError("big"))))
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration", type(e).__name__, repr(e))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("k"), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
e = ValueError("stored")
print(type(e).__name__, e, repr(e))
errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i")]
for err in errors:
    try:
        raise err
    except LookupError:
        print("lookup", repr(err))
    except Exception:
        print("general", repr(err))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("outer got", e)

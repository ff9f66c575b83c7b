# Caught built-in exceptions and their exact messages.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, "|", e, "|", repr(e))
attempt("zerodiv", lambda: 1 / 0)
attempt("intdiv", lambda: 1 // 0)
attempt("mod", lambda: 5 % 0)
attempt("floatdiv", lambda: 1.5 / 0)
attempt("index", lambda: [1, 2, 3][3])
attempt("negindex", lambda: [1][-2])
attempt("tupleindex", lambda: (1, 2)[5])
attempt("strindex", lambda: "abc"[10])
attempt("key", lambda: {"a": 1}["x"])
attempt("intkey", lambda: {1: 2}[3])
attempt("int parse", lambda: int("x"))
attempt("int parse float", lambda: int("3.5"))
attempt("int parse empty", lambda: int(""))
attempt("add", lambda: 1 + "a")
attempt("add2", lambda: "a" + 1)
attempt("ok", lambda: int("  12 "))
try:
    undefined_name + 1
except NameError as e:
    print("NameError |", e)
try:
    x = [1, 2]
    x.nosuchmethod()
except AttributeError as e:
    print("AttributeError |", e)
try:
    raise ValueError("custom message")
except ValueError as e:
    print(repr(e), str(e), e)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), str(e))
try:
    raise RuntimeError()
except RuntimeError as e:
    print(repr(e), "[" + str(e) + "]")

# Less common built-in error messages, caught and printed.
five = 5
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, "|", e, "|", repr(e))
attempt("float parse", lambda: float("abc"))
attempt("sub", lambda: "a" - "b")
attempt("mul", lambda: [1] * "x")
attempt("list+tuple", lambda: [1] + (2,))
attempt("remove", lambda: [1, 2].remove(3))
attempt("index missing", lambda: [1, 2].index(9))
attempt("pop empty", lambda: [].pop())
attempt("dict pop", lambda: {}.pop("k"))
attempt("not callable", lambda: five())
attempt("unhashable", lambda: {[1]: 2})
attempt("compare", lambda: 1 < "a")
attempt("len int", lambda: len(5))
attempt("chr", lambda: ord("ab"))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])

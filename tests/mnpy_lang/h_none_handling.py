def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

def f():
    pass
def g(x=None):
    return 'none' if x is None else x
show('0', lambda: f())
show('1', lambda: f() is None)
show('2', lambda: g())
show('3', lambda: g(0))
show('4', lambda: g(None))
show('5', lambda: repr(None))
show('6', lambda: str(None))
show('7', lambda: [None] * 3)
show('8', lambda: None == 0)
show('9', lambda: None != None)
show('10', lambda: {None: 1}[None])
show('11', lambda: [x for x in [1, None, 2] if x is not None])
show('12', lambda: None < 1)

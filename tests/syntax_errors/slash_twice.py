# error: 2:16: / may appear only once
def f(a, /, b, /):
    pass

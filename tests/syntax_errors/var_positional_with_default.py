# error: 2:12: var-positional argument cannot have default value
def f(*args=()):
    pass

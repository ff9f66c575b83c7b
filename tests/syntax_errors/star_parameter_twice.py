# error: 2:14: * argument may appear only once
def f(*args, *more):
    pass

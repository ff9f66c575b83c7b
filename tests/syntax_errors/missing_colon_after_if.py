# error: 3:13: expected ':'
def check(x):
    if x > 0
        return x

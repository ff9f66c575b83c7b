# error: 2:7: at least one argument must precede /
def f(/, a):
    pass

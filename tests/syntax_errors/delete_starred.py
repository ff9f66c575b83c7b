# error: 2:8: cannot delete starred
del a, *b

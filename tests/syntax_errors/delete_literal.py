# error: 2:8: cannot delete literal
del x, 1

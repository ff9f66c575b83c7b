# error: 2:5: cannot assign to literal
for 1 in range(3):
    pass

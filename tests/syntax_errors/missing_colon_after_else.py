# error: 4:6: expected ':'
if x:
    pass
else x
    pass

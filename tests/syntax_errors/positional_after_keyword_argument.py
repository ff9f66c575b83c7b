# error: 2:18: positional argument follows keyword argument
print(sep='', 'a')

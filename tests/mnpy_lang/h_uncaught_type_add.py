print('x' * 3)
print('a' + 1)

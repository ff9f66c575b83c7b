def f(n):
    if n > 2:
        raise ValueError('n too big: ' + str(n))
    return n
for i in range(5):
    print(f(i))

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


def g():
    def h(x):
        return x
    return h


print(f(1, 2), f(1, b=2, d=0), f(c=9, a=1, b=2))
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, z=1),
    lambda: f(1, 2, a=1),
    lambda: g()(1, 2),
    lambda: g()(),
    lambda: (lambda: 0)(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
f(1, 2, 3, 4)

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
def make_adder(n):
    def add(x):
        return x + n
    return add
def counter_factory():
    box = [0]
    def inc():
        box[0] += 1
        return box[0]
    return inc
show('0', lambda: [f() for f in fs])
show('1', lambda: [g() for g in gs])
show('2', lambda: make_adder(5)(10))
show('3', lambda: [make_adder(k)(1) for k in range(4)])
show('4', lambda: (lambda c: [c(), c(), c()])(counter_factory()))
show('5', lambda: (lambda x: (lambda y: x * y))(3)(4))

# nested functions, closures, late binding vs default-arg capture.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multipliers_late():
    fs = []
    for i in range(4):
        fs.append(lambda x: x * i)
    return fs
print([f(10) for f in make_multipliers_late()])
def make_multipliers_bound():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x * i)
    return fs
print([f(10) for f in make_multipliers_bound()])
def outer():
    msg = "first"
    def inner():
        return msg
    msg = "second"
    return inner()
print(outer())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def make_counter():
    state = [0]
    def tick():
        state[0] += 1
        return state[0]
    return tick
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_account(balance):
    log = {}
    def deposit(amt):
        log[len(log)] = amt
        return balance + sum(log.values())
    return deposit
dep = make_account(100)
print(dep(10), dep(5), dep(-20))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))
def outer2(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle
print(outer2(1)(2)(3))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](7, 3))
print((lambda: "no args")(), (lambda x=4: x * x)(), (lambda a, b=1: a - b)(5))

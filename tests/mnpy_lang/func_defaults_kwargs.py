# default arguments, keyword arguments, default evaluated once.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), show(5), counter)
def describe(a, b=2, c=3):
    return "a=%s b=%s c=%s" % (a, b, c)
print(describe(1), describe(1, c=9), describe(1, 5), describe(c=0, a=-1))
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return
    return n * 2
print(early(-1), early(4))
def multi():
    return 1, [2], "three"
r = multi()
print(r, type(r).__name__)
def f(x, y=None, z=()):
    return (x, y, z)
print(f(0), f(0, z=(1,)), f(x=1, y=2))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=lambda s: s.lower()))

x = 10


def read_global():
    return x + 1


def shadow():
    x = 5
    return x


def outer():
    y = 1

    def inner():
        return y * 10
    y = 2
    return inner


fs = [lambda: i for i in range(3)]
gs = [(lambda j=i: j) for i in range(3)]
print(read_global(), shadow(), x, outer()())
print([f() for f in fs], [g() for g in gs])


def counter_factory():
    items = []

    def add(v):
        items.append(v)
        return len(items)
    return add


add = counter_factory()
print(add(1), add(2), add(3))


def unbound():
    print(zz)
    zz = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
comp_var = [k for k in range(3)]
try:
    print(k)
except NameError as e:
    print("comprehension var does not leak:", e)
if __name__ == "__main__":
    print("__name__ is", __name__)

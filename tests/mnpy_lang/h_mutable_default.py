def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

def app(x, acc=[]):
    acc.append(x)
    return acc
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
def kw(a, b=2, c=3):
    return (a, b, c)
show('0', lambda: app(1))
show('1', lambda: app(2))
show('2', lambda: app(3, []))
show('3', lambda: app(4))
show('4', lambda: safe(1))
show('5', lambda: safe(2))
show('6', lambda: kw(1))
show('7', lambda: kw(1, c=9))
show('8', lambda: kw(b=5, a=0))
show('9', lambda: kw(1, 2, 3))
show('10', lambda: kw())
show('11', lambda: kw(1, d=4))
show('12', lambda: kw(1, 2, 3, 4))
show('13', lambda: kw(1, a=2))

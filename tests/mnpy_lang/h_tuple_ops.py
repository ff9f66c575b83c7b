def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

t = (1, 'a', 2.5, None)
show('0', lambda: t[1])
show('1', lambda: t[-1])
show('2', lambda: t[1:3])
show('3', lambda: len(t))
show('4', lambda: t + (5,))
show('5', lambda: t * 2)
show('6', lambda: t.index(2.5))
show('7', lambda: t.count(1))
show('8', lambda: (1, 2) < (1, 2, 0))
show('9', lambda: (3,) == (3,))
show('10', lambda: tuple([1, 2]))
show('11', lambda: t[9])
show('12', lambda: (1, 2) + [3] if False else (1, 2) + (3,))
show('13', lambda: ())

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: 2 ** 10)
show('1', lambda: 2 ** 62)
show('2', lambda: (-2) ** 63)
show('3', lambda: 2 ** -1)
show('4', lambda: (-8) ** 2)
show('5', lambda: 0 ** 0)
show('6', lambda: 10 ** 18)
show('7', lambda: -3 ** 2)
show('8', lambda: 2 ** 0.5)
show('9', lambda: 4 ** 0.5)
show('10', lambda: 0.0 ** 0)

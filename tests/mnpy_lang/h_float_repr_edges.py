def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: 0.1 + 0.2)
show('1', lambda: 1 / 3)
show('2', lambda: 2 / 3)
show('3', lambda: 1e16)
show('4', lambda: 1e15)
show('5', lambda: 1e-5)
show('6', lambda: 0.0001)
show('7', lambda: 123456789.123)
show('8', lambda: 1.5e300 * 1e10 if False else 1e308)
show('9', lambda: -0.0)
show('10', lambda: float('inf'))
show('11', lambda: float('-inf'))
show('12', lambda: float('nan'))
show('13', lambda: 1e22)
show('14', lambda: 1e-7)
show('15', lambda: 100.0)
show('16', lambda: 2.5e-10)
show('17', lambda: float('1e5'))
show('18', lambda: float(' 3.25 '))
show('19', lambda: 3.0 * 1.1)
show('20', lambda: round(1e16 + 1.0))

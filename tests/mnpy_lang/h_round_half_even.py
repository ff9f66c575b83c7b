def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: round(0.5))
show('1', lambda: round(1.5))
show('2', lambda: round(2.5))
show('3', lambda: round(-0.5))
show('4', lambda: round(-1.5))
show('5', lambda: round(2.675, 2))
show('6', lambda: round(1.005, 2))
show('7', lambda: round(3.14159, 3))
show('8', lambda: round(1234, -2))
show('9', lambda: round(1250, -2))
show('10', lambda: round(1350, -2))
show('11', lambda: round(0.125, 2))
show('12', lambda: round(7))
show('13', lambda: round(7.0))
show('14', lambda: round(-2.5))
show('15', lambda: round(12.5, -1))

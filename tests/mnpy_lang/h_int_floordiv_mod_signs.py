def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: 7 // 2)
show('1', lambda: -7 // 2)
show('2', lambda: 7 // -2)
show('3', lambda: -7 // -2)
show('4', lambda: 7 % 3)
show('5', lambda: -7 % 3)
show('6', lambda: 7 % -3)
show('7', lambda: -7 % -3)
show('8', lambda: 7.5 // 2)
show('9', lambda: -7.5 // 2)
show('10', lambda: -7.5 % 2)
show('11', lambda: 7 % 0)
show('12', lambda: 7 // 0)
show('13', lambda: 7.0 % 0)
show('14', lambda: (-7 // 2, -7 % 2))
show('15', lambda: (7.5 // 2, 7.5 % 2))

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: 5 & 3)
show('1', lambda: 5 | 3)
show('2', lambda: 5 ^ 3)
show('3', lambda: ~5)
show('4', lambda: ~-1)
show('5', lambda: 1 << 10)
show('6', lambda: 1024 >> 3)
show('7', lambda: -16 >> 2)
show('8', lambda: -1 >> 10)
show('9', lambda: 0xFF & 0x0F)
show('10', lambda: 0b1010 | 0b0101)
show('11', lambda: 0o17)
show('12', lambda: -5 & 0xFF)
show('13', lambda: (1 << 40) | 1)
show('14', lambda: 10 & -10)

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

a = 9223372036854775807
b = -9223372036854775807 - 1
show('0', lambda: a)
show('1', lambda: b)
show('2', lambda: a // 3)
show('3', lambda: a % 1000)
show('4', lambda: b // 7)
show('5', lambda: a - 1)
show('6', lambda: b + 1)
show('7', lambda: a >> 32)
show('8', lambda: b >> 62)
show('9', lambda: abs(b + 1))
show('10', lambda: str(a))
show('11', lambda: int('9223372036854775807'))
show('12', lambda: a == 2 ** 63 - 1)

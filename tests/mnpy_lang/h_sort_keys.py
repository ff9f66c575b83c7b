def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

w = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
show('0', lambda: sorted(w))
show('1', lambda: sorted(w, key=len))
show('2', lambda: sorted(w, key=lambda s: s.lower()))
show('3', lambda: sorted(w, key=lambda s: (len(s), s)))
show('4', lambda: sorted(w, key=len, reverse=True))
show('5', lambda: min(w, key=len))
show('6', lambda: max(w, key=len))
show('7', lambda: max(w))
show('8', lambda: min([3, 1, 2], key=lambda x: -x))
show('9', lambda: sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
show('10', lambda: sorted([3, 1, 2], key=lambda x: x % 2))
show('11', lambda: max([1], key=lambda x: x))
show('12', lambda: max([]))
show('13', lambda: sorted([1, 'a']))

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

d = {'b': 2, 'a': 1, 'c': 3}
show('0', lambda: d['a'])
show('1', lambda: d.get('z'))
show('2', lambda: d.get('z', 0))
show('3', lambda: sorted(d))
show('4', lambda: list(d.keys()))
show('5', lambda: list(d.values()))
show('6', lambda: list(d.items()))
show('7', lambda: 'a' in d)
show('8', lambda: len(d))
show('9', lambda: d['zz'])
show('10', lambda: {k: v * 2 for k, v in d.items()})
show('11', lambda: dict(zip(['x', 'y'], [1, 2])))
show('12', lambda: d.pop('zz'))
show('13', lambda: {1: 'a', True: 'b'})
show('14', lambda: {(1, 2): 3}[(1, 2)])
show('15', lambda: sorted(d.items(), key=lambda kv: -kv[1]))

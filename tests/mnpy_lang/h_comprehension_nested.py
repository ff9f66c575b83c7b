def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: [(i, j) for i in range(3) for j in range(i)])
show('1', lambda: [[i * j for j in range(4)] for i in range(3)])
show('2', lambda: [x for row in [[1, 2], [3]] for x in row])
show('3', lambda: {i: i * i for i in range(5)})
show('4', lambda: [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
show('5', lambda: [s.upper() for s in 'abc'])
show('6', lambda: sum([i for i in range(101)]))
show('7', lambda: [[r[c] for r in [[1, 2], [3, 4]]] for c in range(2)])
show('8', lambda: [i if i % 2 else -i for i in range(6)])
show('9', lambda: dict([(k, len(k)) for k in ['a', 'bb']]))

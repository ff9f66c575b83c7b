def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: list(zip([1, 2, 3], 'ab')))
show('1', lambda: list(enumerate('abc', 1)))
show('2', lambda: list(zip()))
show('3', lambda: dict(enumerate(['x', 'y'])))
show('4', lambda: min(3, 1, 2))
show('5', lambda: max('abc'))
show('6', lambda: max([1, 5, 3], key=lambda v: -v))
show('7', lambda: min([(2, 'a'), (1, 'b')]))
show('8', lambda: max([2.5, 2, 3]))
show('9', lambda: min(1, 1.0))
show('10', lambda: max(1.0, 1))
show('11', lambda: sum([1, 2], 10))
show('12', lambda: sum([0.1] * 3))
show('13', lambda: abs(-3))
show('14', lambda: abs(-2.5))
show('15', lambda: list(range(10, 0, -3)))
show('16', lambda: list(range(0)))
show('17', lambda: range(5)[2])
show('18', lambda: len(range(0, 10, 3)))
show('19', lambda: list(zip(range(3), range(10, 13), 'xyz')))

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

x = 3.14159
n = 42
s = 'hi'
show('0', lambda: f'{x:.2f}')
show('1', lambda: f'{x:10.3f}|')
show('2', lambda: f'{x:<10.1f}|')
show('3', lambda: f'{x:^10.2f}|')
show('4', lambda: f'{n:05d}')
show('5', lambda: f'{n:>6}')
show('6', lambda: f'{n:<6}|')
show('7', lambda: f'{n:x}')
show('8', lambda: f'{n:X}')
show('9', lambda: f'{n:o}')
show('10', lambda: f'{n:b}')
show('11', lambda: f'{n:,}')
show('12', lambda: f'{1234567:,}')
show('13', lambda: f'{x:e}')
show('14', lambda: f'{x:.3e}')
show('15', lambda: f'{x:g}')
show('16', lambda: f'{1e20:g}')
show('17', lambda: f'{s:>5}')
show('18', lambda: f'{s!r}')
show('19', lambda: f'{n:+d}')
show('20', lambda: f'{-n:+d}')
show('21', lambda: f'{0.5:%}')
show('22', lambda: f'{0.25:.1%}')
show('23', lambda: f'{n * 2} and {s.upper()}')
show('24', lambda: f'{x:08.2f}')

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: 'ab'.center(7, '*'))
show('1', lambda: 'ab'.ljust(5) + '|')
show('2', lambda: 'ab'.rjust(5, '0'))
show('3', lambda: '42'.zfill(5))
show('4', lambda: '-42'.zfill(5))
show('5', lambda: '  x  '.strip())
show('6', lambda: 'xxhixx'.strip('x'))
show('7', lambda: '  x'.lstrip())
show('8', lambda: 'x  '.rstrip() + '|')
show('9', lambda: ','.join(['a', 'b', 'c']))
show('10', lambda: ''.join([]))
show('11', lambda: 'a,b,,c'.split(','))
show('12', lambda: 'a b  c'.split())
show('13', lambda: 'a=b=c'.split('=', 1))
show('14', lambda: 'a=b=c'.rsplit('=', 1))
show('15', lambda: 'line1\nline2'.splitlines())
show('16', lambda: 'abc'.partition('b'))
show('17', lambda: 'abc' * 3)
show('18', lambda: '-'.join('xyz'))

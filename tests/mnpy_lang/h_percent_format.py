def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)


show('0', lambda: '%d' % 5)
show('1', lambda: '%5d|' % 5)
show('2', lambda: '%-5d|' % 5)
show('3', lambda: '%05d' % -5)
show('4', lambda: '%s and %s' % ('a', 'b'))
show('5', lambda: '%r' % 'x')
show('6', lambda: '%.3f' % 2.0)
show('7', lambda: '%10.2f|' % 3.14159)
show('8', lambda: '%e' % 12345.678)
show('9', lambda: '%g' % 0.0001)
show('10', lambda: '%x %X %o' % (255, 255, 8))
show('11', lambda: '%%' % ())
show('12', lambda: '%c' % 65)
show('13', lambda: '%s' % [1, 2])
show('14', lambda: '%d' % 3.9)
show('15', lambda: '%s %s' % (1,))
show('16', lambda: '%d' % 'x')

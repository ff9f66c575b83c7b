def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

s = 'Hello, World'
show('0', lambda: s.upper())
show('1', lambda: s.lower())
show('2', lambda: s.swapcase())
show('3', lambda: s.title())
show('4', lambda: s.capitalize())
show('5', lambda: 'abc def'.title())
show('6', lambda: s.startswith('Hell'))
show('7', lambda: s.endswith('ld'))
show('8', lambda: s.isalpha())
show('9', lambda: 'abc'.isalpha())
show('10', lambda: '123'.isdigit())
show('11', lambda: '  '.isspace())
show('12', lambda: 'Ab'.isupper())
show('13', lambda: s.count('l'))
show('14', lambda: s.find('o'))
show('15', lambda: s.rfind('o'))
show('16', lambda: s.index('W'))
show('17', lambda: s.index('z'))
show('18', lambda: s.replace('l', 'L'))
show('19', lambda: s.replace('l', 'L', 2))

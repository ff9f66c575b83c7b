def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

def kind(f):
    try:
        f()
    except ZeroDivisionError:
        return 'zde'
    except ArithmeticError:
        return 'arith'
    except LookupError as e:
        return 'lookup:' + type(e).__name__
    except (TypeError, ValueError) as e:
        return 'tv:' + type(e).__name__
    except Exception as e:
        return 'other:' + type(e).__name__
    return 'none'
show('0', lambda: kind(lambda: 1 // 0))
show('1', lambda: kind(lambda: [][0]))
show('2', lambda: kind(lambda: {}[1]))
show('3', lambda: kind(lambda: int('q')))
show('4', lambda: kind(lambda: 1 + None))
show('5', lambda: kind(lambda: 2 ** 2))
show('6', lambda: kind(lambda: undefined_thing))
show('7', lambda: isinstance(ValueError('x'), Exception))
show('8', lambda: repr(ValueError('bad', 2)))
show('9', lambda: str(KeyError('k')))
show('10', lambda: str(ValueError()))
show('11', lambda: str(ValueError('m')))

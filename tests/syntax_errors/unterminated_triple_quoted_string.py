# error: 3:5: unterminated triple-quoted string literal (detected at line 4)
def f():
    """Docstring that never ends.
    return 1

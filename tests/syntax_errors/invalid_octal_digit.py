# error: 2:11: invalid digit '8' in octal literal
mode = 0o789

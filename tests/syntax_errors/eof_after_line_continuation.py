# error: 2:14: unexpected EOF while parsing
total = 1 + \
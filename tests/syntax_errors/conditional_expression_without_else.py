# error: 2:8: expected 'else' after 'if' expression
sign = 1 if x > 0

# error: 2:16: unmatched ')'
total = (1 + 2))

# error: 2:1: cannot assign to comparison
a < b = 1

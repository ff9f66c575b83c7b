# error: 2:13: '(' was never closed
values = max(1,
             2
print(values)

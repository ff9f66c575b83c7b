# error: 3:1: expected an indented block after 'if' statement on line 2
if x:
print(x)

# error: 2:3: expression cannot contain assignment, perhaps you meant "=="?
f(obj.attr=1)

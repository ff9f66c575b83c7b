# error: 2:9: invalid syntax
value = class

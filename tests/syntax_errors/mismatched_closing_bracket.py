# error: 2:14: closing parenthesis ')' does not match opening parenthesis '['
items = [1, 2)

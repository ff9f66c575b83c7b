# error: 2:10: did you forget parentheses around the comprehension target?
pairs = [x, y for x, y in items]

# error: 2:9: iterable unpacking cannot be used in comprehension
flat = [*row for row in rows]

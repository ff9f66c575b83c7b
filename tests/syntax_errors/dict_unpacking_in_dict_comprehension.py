# error: 2:11: dict unpacking cannot be used in dict comprehension
merged = {**d for d in dicts}

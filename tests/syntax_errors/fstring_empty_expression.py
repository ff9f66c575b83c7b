# error: 2:23: f-string: empty expression not allowed
message = f"value: {}"

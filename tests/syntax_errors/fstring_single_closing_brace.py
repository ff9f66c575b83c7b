# error: 2:19: f-string: single '}' is not allowed
message = f"a } b"

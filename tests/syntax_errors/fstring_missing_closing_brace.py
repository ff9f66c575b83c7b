# error: 3:19: f-string: expecting '}'
name = "x"
message = f"{name"

# error: 2:23: f-string: invalid conversion character: expected 's', 'r', or 'a'
message = f"{value!z}"

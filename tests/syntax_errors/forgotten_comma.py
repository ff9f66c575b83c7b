# error: 2:14: invalid syntax. Perhaps you forgot a comma?
coords = [x, y z]

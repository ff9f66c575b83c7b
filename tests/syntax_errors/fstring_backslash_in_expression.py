# error: 2:30: f-string expression part cannot include a backslash
words = f"{'\n'.join(lines)}"

# error: 4:1: expected an indented block after 'for' statement on line 2
for item in items:
# nothing here
print(item)

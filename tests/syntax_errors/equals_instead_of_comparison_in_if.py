# error: 2:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
if x = 1:
    pass

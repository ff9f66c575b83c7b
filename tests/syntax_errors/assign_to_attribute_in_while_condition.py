# error: 2:7: cannot assign to attribute here. Maybe you meant '==' instead of '='?
while node.next = None:
    pass

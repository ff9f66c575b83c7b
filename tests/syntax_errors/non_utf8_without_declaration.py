# error: 3:1: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data
x = 1
é = 2

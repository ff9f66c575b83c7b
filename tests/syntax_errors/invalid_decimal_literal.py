# error: 2:10: invalid decimal literal
width = 10px

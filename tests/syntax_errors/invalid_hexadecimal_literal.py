# error: 2:10: invalid hexadecimal literal
mask = 0xfg

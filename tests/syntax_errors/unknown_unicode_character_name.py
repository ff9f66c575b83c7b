# error: 2:25: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-11: unknown Unicode character name
snowman = "\N{SNOW MAN}"

# error: 2:20: cannot mix bytes and nonbytes literals
data = b"abc" "def"

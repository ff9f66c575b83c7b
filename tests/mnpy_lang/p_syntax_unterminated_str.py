print("ok")
s = 'abc

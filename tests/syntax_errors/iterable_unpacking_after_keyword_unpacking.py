# error: 2:13: iterable argument unpacking follows keyword argument unpacking
f(**kwargs, *args)

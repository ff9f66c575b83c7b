# error: 2:6: cannot use double starred expression here
x = (**kwargs)

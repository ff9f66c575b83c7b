# error: 2:6: cannot use starred expression here
x = (*rest)

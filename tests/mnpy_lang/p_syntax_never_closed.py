print("this never runs")
x = [1, 2,
     3
y = (4,

print("no output")
for i in range(3)
    print(i)

for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("for else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    else:
        return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 7))
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end=" ")
    print()

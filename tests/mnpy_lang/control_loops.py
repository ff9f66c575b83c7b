# while/for, break/continue, for-else and while-else.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("for else not reached")
for i in range(3):
    pass
else:
    print("for else reached, i =", i)
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("while else not reached")
k = 3
while k > 0:
    k -= 1
else:
    print("while else reached", k)
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for v in [7, 12, 25, 29]:
    find_prime_factor(v)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print("pair", i, j)
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 2)), list(range(-3, 3, 2)), len(range(0, 100, 7)))
for i in range(5, 0, -1):
    print(i, end=" ")
print()
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
for ch in "hi!":
    print(ord(ch), end=";")
print()
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        total += i * j
print("total", total)
i = 99
for i in range(2):
    pass
print("loop var after", i)
for x in []:
    print("never")
else:
    print("empty else")

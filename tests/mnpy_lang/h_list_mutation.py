a = [1, 2, 3]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 99)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(3)
print(a)
a[1:3] = [10, 20, 30]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
a.reverse()
print(a)
a.sort()
print(a)
b = a
b.append(-1)
print(a is b, a)
c = a[:]
c.append(-2)
print(a, c)
m = [[0] * 3 for i in range(2)]
m[0][0] = 1
print(m)
n = [[0] * 3] * 2
n[0][0] = 1
print(n)
a.clear()
print(a, len(a))
x = [5, 3, 8]
x += [1]
print(x)
x *= 2
print(x)
print(x.copy() == x, x.copy() is x)

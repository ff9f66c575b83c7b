# list methods and mutation.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.count(7))
a.reverse()
print(a)
b = a.copy()
b.sort()
print(a, b)
b.sort(reverse=True)
print(b)
c = b
c.append(-1)
print(b is c, b == c, a is b)
c.clear()
print(b, len(b))
x = [1, 2] * 3
print(x, [0] * 0, [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
nums = [5, 3, 8]
nums += [1]
print(nums, 8 in nums, 7 not in nums)
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("pop", stack.pop())
print(list("hey"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
e = [4, 5, 6]
del e[0]
print(e)
del e[-1]
print(e)
m = [0, 1, 2, 3, 4, 5, 6]
del m[1]
del m[1]
print(m)
print([y for xs in [[1], [2, 3]] for y in xs])

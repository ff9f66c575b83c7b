# Tuples, unpacking and swaps.
t = (1, "two", 3.0)
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
p = q = 7
print(p, q)
(m, n), k = (1, 2), 3
print(m, n, k)
for i, (name, score) in enumerate([("ann", 90), ("bob", 72)]):
    print(i, name, score)
single = (5,)
empty = ()
print(single, empty, len(single), len(empty), type(single).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2))
print(t.index("two"), t.count(3.0), 3.0 in t, t[-1])
def minmax(vals):
    return min(vals), max(vals)
lo, hi = minmax([4, -2, 9, 0])
print(lo, hi, minmax([5]))
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
    fib.append(b)
print(fib)
arr = [5, 4, 3, 2, 1]
arr[0], arr[4] = arr[4], arr[0]
arr[1], arr[3] = arr[3], arr[1]
print(arr)
d = {}
d["a"], d["b"] = 1, 2
print(d)
first, second = "hi"
print(first, second)
points = [(3, 1), (1, 2), (2, 0)]
print(sorted(points), sorted(points, key=lambda pt: pt[1]), max(points), min(points, key=lambda pt: pt[0] + pt[1]))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), list((4, 5)))
nested = ((1, 2), (3, 4))
print([a * b for a, b in nested], dict(nested))

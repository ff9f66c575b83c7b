# list and dict comprehensions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "hello" if c not in "l"])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x if x % 2 else -x for x in range(6)])
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({i % 3: i for i in range(10)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 1])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
words = "The quick brown fox Jumps".split()
print([w for w in words if w[0].isupper()], [w.lower() for w in words if len(w) > 3])
print(sum([n for n in range(101) if n % 7 == 0]), len([c for c in "mississippi" if c == "s"]))
print(sorted([(len(w), w) for w in words]))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 8)})
print([i for i, ch in enumerate("banana") if ch == "a"])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(k, v) for k, v in {"x": 1, "y": 2}.items()])
print([[]for _ in range(2)], [None] * 2)
pyth = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 21) if a * a + b * b == c * c]
print(pyth)
print(any([x > 5 for x in [1, 7]]), all([x > 0 for x in [1, 2]]), any([]), all([]))

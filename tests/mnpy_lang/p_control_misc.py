a, (b, [c, d]) = 1, (2, [3, 4])
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
n = 0
while n < 10:
    n += 1
    if n == 3:
        continue
    if n == 7:
        break
else:
    print("not printed")
print("n", n)
for q in []:
    pass
else:
    print("for-else runs")
print(1 < 2 < 3, 1 < 3 < 2, 0 or "x", 1 and 0, not [], None is None)
lst = list(range(10))
print(lst[::3], lst[7:2:-2], lst[-3:])
del lst[0]
del lst[::2]
print(lst)
d = {"a": 1}
d["b"] = 2
d["a"] += 10
del d["b"]
print(d, sum(x * x for x in range(5)), {k: k * 2 for k in "ab"})
try:
    try:
        raise KeyError("k")
    except (ValueError, KeyError) as e:
        print("caught", repr(e))
        raise
    finally:
        print("finally 1")
except KeyError:
    print("outer")
else:
    print("no")
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert:", e)
x = 5 if a else 6
print(x, (lambda p, q=2: p * q)(3))
raise ValueError("final") from None

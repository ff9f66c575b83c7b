# int/float/bool mixing and comparisons.
a = 7
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(type(a + b).__name__, type(a // 2).__name__, type(a / 7).__name__)
print(True + 1.5, type(True + 1).__name__, type(True + True).__name__)
print(1 == 1.0, 2 < 2.5 < 3, 3 > 2 > 1 > 0, 1 < 3 > 2)
print(0 == False, 1 == True, 2 == True)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(3, (int, float)), isinstance("x", (int, float)))
vals = [3, 1.5, True, -2, 0.0, False]
print(sorted(vals))
print(max(vals), min(vals), sum(vals))
print(bool(0), bool(0.0), bool(-1), bool(0.1), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool({}), bool(()), bool((0,)))
print(int(True), float(False), str(True), repr(None))
print(-7 // 2.0, -7 % 2.0, 7 // -2.0)
print(10 ** 2, 10 ** -1, (-8) ** 2, 2 ** -2)
print(abs(-7) == 7, abs(-7.0) == 7)
print(round(7 / 3, 4), round(-7 / 3, 4))
x = 5
x /= 2
print(x, type(x).__name__)
y = 10
y **= 2
print(y)
print(max(2, 7, 3), min([4, -1, 9]), max("apple", "pear", "fig"))
print(max([1, 5, 3], key=lambda v: -v), min(["bb", "a", "ccc"], key=len))
print(divmod(-9, 4), divmod(9, -4))

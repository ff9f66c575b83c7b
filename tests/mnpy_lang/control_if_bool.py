# if/elif/else, conditional expressions, and/or value semantics.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in [95, 90, 85, 70, 69, 0]])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "dflt", None or 0, [] and "x", "a" and "b")
print(not 0, not "x", not [], not None, not not 5)
x = None
print(x is None, x is not None, x == None)
name = ""
print(name or "anonymous", (name and name.upper()) or "-")
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 1))
print(side("e", 1) and side("f", 0) or side("g", 2))
a = 5
print("big" if a > 3 else "small", "neg" if a < 0 else "zero" if a == 0 else "pos")
print(1 < a < 10, 1 < a > 10, a == 5 == 5.0, 0 <= a <= 5 < 6)
v = 0
if v:
    print("truthy")
elif v == 0:
    print("zero")
if [0]:
    print("non-empty list is true")
if not {}:
    print("empty dict is false")
y = 3 if True else 1 / 0
print(y, False or side("h", None))
print(max(0, -1) or "zero", min(3, 4) and "three")
flag = a > 2 and a < 8
print(flag, type(flag).__name__)
print(True == 1, True is True, (a > 1) + (a > 2) + (a > 9))
s = "abc"
print("b" in s and "z" not in s, [1, 2] and [3], (0, 0) or "empty")

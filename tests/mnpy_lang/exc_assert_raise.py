# assert, raise with messages, exceptions through function calls.
def check_positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n
for v in [3, -1, 0]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert", repr(e), "[" + str(e) + "]")
def level3(x):
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x
def level2(x):
    return level3(x) * 10
def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally", x)
for x in [1, 5]:
    try:
        print("result", level1(x))
    except ValueError as e:
        print("caught at top:", e)
def parse_all(items):
    out = []
    bad = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            bad.append(str(e))
    return out, bad
good, bad = parse_all(["1", "22", "x3", "-4", "5.5", ""])
print(good)
for b in bad:
    print(b)
def validate(age):
    if not isinstance(age, int):
        raise TypeError("age must be int, not " + type(age).__name__)
    if age < 0:
        raise ValueError("age must be >= 0")
    return age
for a in [5, -3, "7", 2.5]:
    try:
        print("valid", validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise Exception("plain")
except Exception as e:
    print(e, repr(e))
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), "[" + str(e) + "]")

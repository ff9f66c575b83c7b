# try/except/else/finally ordering, finally on return/break/continue.
def f(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        return "handled"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(f(2))
print(f(0))
def g():
    try:
        return "from try"
    finally:
        print("finally before return")
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
print("after loop")
def nested(v):
    try:
        try:
            if v == 0:
                raise ValueError("inner")
            if v == 1:
                raise KeyError("k")
            return "no error"
        except ValueError as e:
            print("inner caught", e)
            raise TypeError("converted")
        finally:
            print("inner finally")
    except TypeError as e:
        return "outer caught " + str(e)
    except KeyError as e:
        return "outer key " + repr(e)
for v in range(3):
    print(nested(v))
def reraise():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("caught again:", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry %d" % count)
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print(e)
try:
    pass
except Exception:
    print("not reached")
else:
    print("else without error")
finally:
    print("finally always")

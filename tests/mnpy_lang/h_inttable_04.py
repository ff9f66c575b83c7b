def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

vals = [-17, -8, -3, -1, 0, 1, 2, 5, 9, 100, 9223372036854775807]
for a in vals:
    row = []
    for b in vals[:-1]:
        try:
            row.append(a % b)
        except Exception as e:
            row.append(type(e).__name__)
    print(a, row)

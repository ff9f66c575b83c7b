# dict operations, insertion order, methods.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), d.get("a", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("nope", "dflt"), d)
del d["c"]
print(d)
d.update({"a": -1, "f": 6})
print(d)
e = d.copy()
e["g"] = 7
print(d, e, d == e)
e.clear()
print(e, len(e))
d["b"] = 2
print(list(d))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for k, v in counts.items():
    print(k, v)
for k in counts:
    print(k, end=",")
print()
print(sorted(counts), sorted(counts.items()), sorted(counts, key=lambda k: -counts[k]))
print(max(counts, key=lambda k: counts[k]), sum(counts.values()))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
keys = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple"}
print(keys)
print(dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict())
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"]["z"])

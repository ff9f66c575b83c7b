# split / rsplit / join / strip family.
line = "  alpha, beta ,gamma,, delta  "
print(line.split(","))
print(line.split(",", 1))
print(line.rsplit(",", 2))
print([p.strip() for p in line.split(",")])
print("a b   c\td\ne ".split())
print("   ".split(), "".split(), "".split(","))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("one two three".split(" ", 1), "one two three".rsplit(" ", 1))
print("x--y--z".split("--"), "--x--".split("--"))
print("1 2 3".rsplit(), "  lead tail ".rsplit())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "|".join("abc"))
print(" ".join([str(i) for i in range(5)]))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print(repr("\t\n x \n".strip()), repr("".strip()))
csv = "name;age;city\nann;31;oslo\nbob;27;rome"
rows = [r.split(";") for r in csv.split("\n")]
for r in rows:
    print(r)
header = rows[0]
for r in rows[1:]:
    print({header[i]: r[i] for i in range(len(header))})
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[1], path.split("/")[1:3], path.rsplit(".", 1)[0])

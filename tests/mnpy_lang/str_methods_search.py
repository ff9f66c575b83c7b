# find/rfind/index/count/replace/startswith/endswith/in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o"), s.find("o", 13), s.find("o", 13, 15), s.rfind("o", 0, 20))
print(s.index("fox"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.replace("the", "a"), s.replace("o", "0", 2))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "x".replace("y", "z"))
print(s.startswith("the"), s.startswith("quick"), s.startswith("quick", 4), s.endswith("dog"), s.endswith("do"))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")), "".startswith(""))
print("fox" in s, "cat" not in s, "" in s, "Fox" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
positions = []
start = 0
while True:
    i = s.find("o", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
text = "banana"
print(text.find("ana"), text.rfind("ana"), text.count("ana"), text.index("n"), text.rfind("n"))
print("Hello World".upper(), "Hello World".lower(), "hello world".title(), "hELLO wORLD".capitalize())
print("o'neil mc-gee".title(), "123abc".capitalize(), "".upper())

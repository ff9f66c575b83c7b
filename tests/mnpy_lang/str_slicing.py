# String indexing and slicing, including negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1] == "", s[5:5] == "")
print(s[-100:3], s[7:100], s[100:], "[" + s[100:200] + "]")
print(s[3:-3], s[-3:3] == "", s[1:-1:3])
print(s[::-1][::-1] == s, s[::3][::-1])
word = "racecar"
print(word == word[::-1], "hello"[::-1], "ab"[::-1])
print(len(s), len(""), len(s[2:9:3]))
for i in range(-3, 4):
    print(i, repr(s[i:]), repr(s[:i]))
t = "Python"
print(t[0] + t[-1], t[1:3] * 3, t[:2].upper() + t[2:])
out = ""
for ch in "stressed":
    out = ch + out
print(out)
print(repr(s[10:]), repr(s[-11:1]))
print("x"[0:1], "xy"[-1:], ""[::-1] == "")

# isdigit/isalpha/isspace/isalnum and padding methods.
samples = ["123", "abc", "a1", "", " ", " \t\n", "12.5", "-3", "ABC", "x y", "007"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum())
print("ab".ljust(5) + "|", "ab".rjust(5) + "|", "ab".center(6) + "|", "ab".center(7) + "|")
print("ab".ljust(5, "*"), "ab".rjust(5, "-"), "abc".center(9, "="), "abc".center(8, "."))
print("toolong".ljust(3), "toolong".rjust(3), "toolong".center(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
def classify(ch):
    if ch.isdigit():
        return "digit"
    elif ch.isalpha():
        return "upper" if ch == ch.upper() else "lower"
    elif ch.isspace():
        return "space"
    return "other"
counts = {}
for ch in "Hello, World 42!":
    k = classify(ch)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print([c for c in "a1b2c3" if c.isdigit()], "".join([c for c in "a1b2c3" if c.isalpha()]))
print(ord("A"), ord("a"), ord("0"), ord(" "), chr(65), chr(97 + 25), chr(48))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("xyz abc", 5), -5))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["pear", "Apple", "fig", "apple", "Fig"]))

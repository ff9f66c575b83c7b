# List slicing, slice assignment is avoided; copying and negative steps.
a = list(range(10))
print(a[2:7], a[:4], a[6:], a[-3:], a[:-7], a[::3], a[::-1], a[7:2:-2], a[-1:-5:-1])
print(a[100:], a[-100:2], a[5:2], a[::-4])
b = a[:]
b[0] = 99
print(a[0], b[0])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-1], t[::2], t[-2:], type(t[1:3]).__name__)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print(words[1:-1], words[-2::-2], [w[::-1] for w in words[:2]])
print(words[len(words) // 2], words[-len(words)])
chunks = [a[i:i + 3] for i in range(0, len(a), 3)]
print(chunks)
rot = 3
print(a[rot:] + a[:rot], a[-rot:] + a[:-rot])
pairs = list(zip(a[::2], a[1::2]))
print(pairs)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
print([row[::-1] for row in m[::-1]])
print(m[1][-1], m[-1][0], m[0][1:])
s = a[2:8]
s.reverse()
print(s, a[2:8])

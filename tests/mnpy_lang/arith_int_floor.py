# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
    print("divmod", divmod(a, b))
print(17 // 5, -17 // 5, 17 % -5, -17 % -5)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 // 2)
x = 123456789
total = 0
while x > 0:
    total += x % 10
    x //= 10
print("digit sum", total)
print(abs(-5), abs(0), abs(5))
print(pow(3, 4), pow(2, 10, 1000), pow(7, 2, 5))
print(int("42") + int("-17"), int(" 8 "), int("+3"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(round(7), round(2.5), round(3.5), round(-2.5), round(0.5))
print(1000000 * 1000000, 9000000000000000000 // 3)
big = 3037000499
print(big * big)
print(-(2 ** 62) * 2)
n = 0
n += 5
n -= 2
n *= 7
n //= 2
n %= 6
n **= 3
print("augmented", n)
print(hex(255), hex(-255), hex(0))
print(True + True, True * 10, False - 1)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)

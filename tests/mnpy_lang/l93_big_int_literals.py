# int literals past 2**63 - 1 (up to 2**64 - 1): printing, comparison, hashing,
# and -9223372036854775808, which is back in range
x = 18446744073709551615
y = 9223372036854775808
print(x, repr(x), str(y), f"{x}", [x, y], (y,))
print(x == x, x != y, y < x, x > 10, -5 < y, x == 1.8446744073709552e19, y == 9.223372036854776e18)
print(hash(x), hash(y), {x: 1}[x], isinstance(x, int), type(x).__name__, bool(x))
print(-9223372036854775808, -y, float(y), abs(y) == y)
print(0xFFFFFFFFFFFFFFFF, 0o1777777777777777777777, 0b1 == 1)

# f-string format specifications.
x = 3.14159
n = 42
s = "hi"
print(f"{x:.3f}|{x:.0f}|{x:8.2f}|{x:<8.2f}|{x:^8.2f}|{x:08.2f}|{-x:08.2f}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{-n:05d}|{n:+d}|{-n:+d}")
print(f"{s:>8}|{s:<10}|{s:^9}|{s:*^9}|{s:-<6}|{s:#>5}")
print(f"{n:,}|{1234567:,}|{-9876543210:,}|{1234567.891:,.2f}|{0:,}")
print(f"{x:e}|{x:.2e}|{123456.0:e}|{0.000123:.3e}|{-5.5:E}")
print(f"{x!r}|{s!r}|{'a b'!r}|{n!r}|{None!r}|{[1, 'x']!r}")
print(f"{s!s}|{x}|{n}|{True}|{None}|{[1, 2]}|{(1,)}|{ {'k': 1} }")
print(f"{1.5:10}|{7:10}|{'abc':10}|")
width = 7
prec = 2
print(f"{x:7.2f}|{s:>7}|{width}{prec}")
print(f"{n * 2 + 1}|{s.upper()}|{len(s) * '=':s}|{x if n > 0 else -x:.1f}")
print(f"{{literal}}|{{{n}}}|")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.2f}")
print(f"{2.675:.2f}|{0.125:.2f}|{0.375:.2f}|{1.5:.0f}|{2.5:.0f}|{-0.0:.1f}")
print(f"{float('inf'):.2f}|{float('-inf'):8.1f}|{float('nan'):f}")
print(f"{12345.6789:12,.2f}|{-0.5:+.1f}|{3:.2f}|{7:e}")
print(f"{'x'}{'y'}" f"{n}")

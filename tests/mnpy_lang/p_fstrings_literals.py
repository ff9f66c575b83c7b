x = 42
pi = 3.14159
name = "mnpy"
print(f"{x!r:>6}|{pi:.2f}|{name!r}|{name:^10}|{x:{4}d}|{x=}|{{literal}}")
print(f"{'nested' + str(x)}", f"{[i * 2 for i in range(3)]}", f'{x if x > 1 else -x}')
print('single', "double", '''triple
quoted''', """another""", 'adj' 'acent' "concat", r'raw\n\t', 'esc\t\\\x41\u00e9\101')
print(0x1F, 0o17, 0b1011, 1_000_000, 1e3, 2.5e-3, .5, 5., 0xdead_beef)
print(f"{pi:10.3e}" f"-{x:#x}-" "plain")

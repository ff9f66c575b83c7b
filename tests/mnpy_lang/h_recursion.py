def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, "|", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, out):
    if n == 0:
        return out
    hanoi(n - 1, a, c, b, out)
    out.append((a, c))
    hanoi(n - 1, b, a, c, out)
    return out
def flat(x):
    if isinstance(x, list):
        r = []
        for y in x:
            r = r + flat(y)
        return r
    return [x]
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
show('0', lambda: fact(20))
show('1', lambda: [fib(i) for i in range(15)])
show('2', lambda: len(hanoi(6, 'A', 'B', 'C', [])))
show('3', lambda: hanoi(2, 'A', 'B', 'C', []))
show('4', lambda: flat([1, [2, [3, [4]], 5]]))
show('5', lambda: ack(2, 3))

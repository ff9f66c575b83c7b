def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def forever(n):
    return forever(n + 1)


print(depth(900))
try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
print("still alive", depth(500))
forever(0)

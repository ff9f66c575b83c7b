import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3, 2, 1, 2]
    print(xs.index(2), xs.index(1), xs.index(3), xs.count(2))
    xs.remove(2)
    print(xs)
    while 2 in xs:
        xs.remove(2)
    print(xs)
    try:
        xs.remove(42)
    except ValueError as e:
        print("remove:", e)
    try:
        print(xs.index(42))
    except ValueError as e:
        print("index:", e)
    empty: list[int] = []
    try:
        empty.pop()
    except IndexError as e:
        print("pop:", e)
    try:
        xs.pop(10)
    except IndexError as e:
        print("pop(10):", e)
    stack = []
    for i in range(5):
        stack.append(i * i)
    while stack:
        print(stack.pop(), end=" ")
    print()
    queue = [1, 2, 3]
    queue.append(4)
    print(queue.pop(0), queue.pop(0), queue)
    xs = [3, 1, 2]
    xs.extend(xs)
    print(xs)
    xs += [7]
    print(xs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

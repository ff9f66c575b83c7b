import sys


def main(argv: list[str]) -> int:
    empty: list[int] = []
    print(empty, [1], [1, 2, 3], [-1, 0])
    print(["a", "it's", 'q"', ""], [True, False])
    print([1.0, 0.5, 1e16, -0.0, 1e-05])
    print([[1, 2], [], [3]], [["x"], ["y", "z"]])
    print([(1, "a"), (2, "b")], [(1.5, True)])
    print(str([1, 2]), repr(["a"]), f"{[1, 2]}", "%s" % [3])
    print([[[0]]], [[[1.5]], []])
    xs = [i * 0.1 for i in range(4)]
    print(xs)
    print(len(str([1, 2, 3])), str(["a"]) == "['a']")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

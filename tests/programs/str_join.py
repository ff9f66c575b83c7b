import sys


def main(argv: list[str]) -> int:
    words = ["alpha", "beta", "gamma"]
    print(", ".join(words), "".join(words), "-".join(["x"]), "|".join([]))
    print(" ".join(str(i) for i in range(5)))
    print(",".join([str(x * 1.5) for x in range(4)]))
    print("".join("stressed"[::-1]), "+".join("abc"))
    print("\n".join(["line 1", "line 2"]))
    parts = []
    for i in range(3):
        parts.append(f"<{i}>")
    print("".join(parts))
    print(" / ".join(w.upper() for w in words if len(w) > 4))
    nested = [["a", "b"], ["c"], []]
    print(";".join(",".join(g) for g in nested))
    print("".join(sorted("hello world")).strip(), "".join(c for c in "a1b2c3" if c.isdigit()))
    print("-".join(["", "", ""]), repr("".join([""])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    for i in range(10):
        if i == 7:
            break
        if i % 2 == 0:
            continue
        print(i, end=" ")
    print()
    found = -1
    for r in range(5):
        for c in range(5):
            if r * c == 12:
                found = r * 10 + c
                break
        if found >= 0:
            break
    print(found)
    words = ["keep", "#skip", "also", "", "stop", "never"]
    for w in words:
        if not w:
            continue
        if w.startswith("#"):
            continue
        if w == "stop":
            break
        print(w)
    i = 0
    out = []
    while True:
        i += 1
        if i > 20:
            break
        if i % 3:
            continue
        out.append(i)
    print(out)
    ch = ""
    for ch in "hello world":
        if ch == " ":
            break
    print(ch)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

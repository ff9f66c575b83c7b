import sys


def build(n: int) -> list[list[int]]:
    rows: list[list[int]] = []
    for i in range(n):
        rows.append([i, i * i, i % 7])
    return rows


def main(argv: list[str]) -> int:
    keep: list[list[int]] = []
    total = 0
    for round_no in range(200):
        rows = build(500)
        total += sum(r[1] for r in rows) % 1000
        keep.append(rows[round_no])
    print(total, len(keep), keep[:3], keep[-1])
    words: list[str] = []
    for i in range(20000):
        s = "w" + str(i)
        if i % 1000 == 0:
            words.append(s * 2)
        s = s.upper() + s.lower()
    print(words[:4], len(words), "".join(words)[-12:])
    text = ""
    for i in range(3000):
        text += chr(97 + i % 26)
    print(len(text), text[-30:], text.count("a"))
    nested = [[str(j) for j in range(i)] for i in range(200)]
    print(len(nested), nested[5], sum(len(x) for x in nested))
    fl = [float(i) / 3 for i in range(50000)]
    print(fl[-1], sum(fl))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! A quick, quick fox -- and a lazy, lazy dog.
Foxes and dogs: are they friends? Nobody knows, the fox says."""


def words_of(text: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in text.lower():
        if ch.isalpha():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def count_sorted(words: list[str]) -> list[tuple[str, int]]:
    ws = sorted(words)
    counts: list[tuple[str, int]] = []
    i = 0
    while i < len(ws):
        j = i
        while j < len(ws) and ws[j] == ws[i]:
            j += 1
        counts.append((ws[i], j - i))
        i = j
    return counts


def main(argv: list[str]) -> int:
    words = words_of(TEXT)
    print("words:", len(words))
    counts = count_sorted(words)
    print("distinct:", len(counts))
    by_freq = sorted([(-n, w) for w, n in counts])
    print("top 5:")
    for neg, w in by_freq[:5]:
        print(f"  {w:<8}{-neg:>3} {'#' * -neg}")
    lengths = [len(w) for w in words]
    print("mean length: %.3f" % (sum(lengths) / len(lengths)))
    print("longest:", max(lengths), [w for w, n in counts if len(w) == max(lengths)])
    hist = [0] * (max(lengths) + 1)
    for n in lengths:
        hist[n] += 1
    for n, k in enumerate(hist):
        if k:
            print(f"{n:2d} | {'*' * k}")
    lines = TEXT.split("\n")
    for i, line in enumerate(lines):
        print(i + 1, len(line), len(line.split()), line.count("fox"))
    letters = sorted(c for c in TEXT.lower() if c.isalpha())
    common = count_sorted(letters)
    common.sort(reverse=True)
    print("letters:", "".join(c for c, n in common[:5]), sorted([(n, c) for c, n in common])[-3:])
    sentences = 0
    for ch in TEXT:
        if ch in ".!?":
            sentences += 1
    print("sentences:", sentences)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def encode(s: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs.append((s[i], j - i))
        i = j
    return runs


def to_text(runs: list[tuple[str, int]]) -> str:
    return "".join(f"{n}{c}" if n > 1 else c for c, n in runs)


def decode_text(t: str) -> str:
    out = ""
    count = 0
    for c in t:
        if c.isdigit():
            count = count * 10 + int(c)
        else:
            out += c * (count if count else 1)
            count = 0
    return out


def encode_ints(xs: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for x in xs:
        if len(out) > 0 and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return out


def main(argv: list[str]) -> int:
    samples = ["aaabccddddde", "", "a", "abc", "zzzzzzzzzzzz", "aabbaa", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]
    for s in samples:
        runs = encode(s)
        t = to_text(runs)
        back = decode_text(t)
        print(repr(s[:20]), runs[:4], repr(t), back == s)
        ratio = len(t) / len(s) if s else 0.0
        print(f"  ratio {ratio:.3f}")
    print(encode_ints([1, 1, 2, 2, 2, 3, 1, 1]))
    print(encode_ints([]))
    bits = [(i * i) % 7 > 2 for i in range(30)]
    s = "".join("1" if b else "0" for b in bits)
    print(s, to_text(encode(s)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    s = "Hello"
    for ch in s:
        print(ch, ord(ch), end="; ")
    print()
    codes = [ord(c) for c in "azAZ09 ~"]
    print(codes)
    print("".join(chr(c) for c in codes))
    print(chr(65), chr(97), chr(48), chr(233), chr(26085), chr(128512), ord("é"), ord("😀"))
    shifted = ""
    for c in "attack at dawn":
        if c.isalpha():
            shifted += chr((ord(c) - ord("a") + 13) % 26 + ord("a"))
        else:
            shifted += c
    print(shifted)
    vowels = 0
    for c in "The quick brown fox jumps over the lazy dog":
        if c in "aeiouAEIOU":
            vowels += 1
    print("vowels", vowels)
    for i, c in enumerate("abc"):
        print(i, c)
    for c in reversed("xyz"):
        print(c, end="")
    print()
    print(list("hello"), sorted("hello"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

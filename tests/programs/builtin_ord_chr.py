import sys


def caesar(s: str, k: int) -> str:
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - 97 + k) % 26 + 97)
        elif "A" <= c <= "Z":
            out += chr((ord(c) - 65 + k) % 26 + 65)
        else:
            out += c
    return out


def main(argv: list[str]) -> int:
    print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"), ord("\x00"))
    print(ord("é"), ord("€"), ord("日"), ord("😀"), ord("\U0010ffff"))
    print(chr(97), chr(65) + chr(66), repr(chr(0)), repr(chr(10)), chr(8364), chr(0x1F600))
    print("".join(chr(i) for i in range(65, 91)))
    print([chr(ord("a") + i) for i in range(5)])
    msg = "Hello, World!"
    enc = caesar(msg, 3)
    print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
    h = 0
    for c in "hash me":
        h = (h * 31 + ord(c)) % 1000000007
    print(h)
    try:
        chr(-1)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

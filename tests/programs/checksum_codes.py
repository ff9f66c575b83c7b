import sys


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0 and len(digits) > 1


def isbn10_ok(s: str) -> bool:
    chars = s.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, c in enumerate(chars):
        if c == "X" and i == 9:
            v = 10
        elif c.isdigit():
            v = int(c)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


def adler32(data: str) -> int:
    a = 1
    b = 0
    for c in data:
        a = (a + ord(c)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fnv1a(data: str) -> int:
    h = 2166136261
    for c in data:
        h ^= ord(c)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def main(argv: list[str]) -> int:
    cards = ["4539 1488 0343 6467", "8273 1232 7352 0569", "4111-1111-1111-1111", "0", "79927398713"]
    for c in cards:
        print(f"{c:<22} luhn={luhn_ok(c)}")
    for s in ["0-306-40615-2", "0-306-40615-3", "3-598-21508-8", "3-598-21507-X", "123"]:
        print(f"{s:<16} isbn10={isbn10_ok(s)}")
    for text in ["", "a", "Wikipedia", "hello world", "The quick brown fox"]:
        print(f"{text!r:<22} adler32={adler32(text):08x} fnv1a={fnv1a(text):08x} {fnv1a(text) % 1000:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

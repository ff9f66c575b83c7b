import sys


def main(argv: list[str]) -> int:
    words = ["a", "hello", "", "long word here", "ü", "tab\there"]
    for w in words:
        print(f"[{w:>8}] [{w:<10}] [{w:^7}] [{w!r}] [{w:^9}]")
    name = "Ada"
    print(f"{name:>10}|{name:<10}|{name:^10}|")
    print(f"{name!r:>10}|{name:^11}|{'x':>1}|")
    quote = "it's \"q\""
    print(f"{quote!r} {quote}")
    header = f"{'Name':<8}{'Qty':>5}{'Price':>10}"
    print(header)
    items = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 3.75)]
    for nm, q, p in items:
        print(f"{nm:<8}{q:>5}{p:>10.2f}")
    total = sum(q * p for nm, q, p in items)
    print(f"{'total':<8}{'':>5}{total:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

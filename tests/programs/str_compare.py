import sys


def main(argv: list[str]) -> int:
    print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc")
    print("apple" == "apple", "apple" != "Apple", "Z" < "a", "é" > "z", "10" < "9")
    print("abc" <= "abc", "abc" >= "abd", "日" > "本", "a\x00" > "a")
    words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "10", "9", ""]
    print(sorted(words))
    print(sorted(words, reverse=True))
    print(min(words), max(words))
    best = words[0]
    for w in words:
        if w < best:
            best = w
    print(repr(best))
    pairs = [("b", 2), ("a", 3), ("b", 1), ("a", 1)]
    print(sorted(pairs))
    print("abc" in "xxabcxx", "abd" in "xxabcxx", "" in "x", "x" not in "abc")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

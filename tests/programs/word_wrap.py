import sys

TEXT = ("It was the best of times, it was the worst of times, it was the age of "
        "wisdom, it was the age of foolishness, it was the epoch of belief, it was "
        "the epoch of incredulity, it was the season of Light, it was the season of "
        "Darkness, it was the spring of hope, it was the winter of despair.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
        while len(current) > width:
            lines.append(current[:width])
            current = current[width:]
    if current:
        lines.append(current)
    return lines


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words):
        out += w
        if i < gaps:
            n = spaces // gaps + (1 if i < spaces % gaps else 0)
            out += " " * n
    return out


def main(argv: list[str]) -> int:
    for width in [30, 45]:
        lines = wrap(TEXT, width)
        print("+" + "-" * width + "+")
        for i, line in enumerate(lines):
            body = line.ljust(width) if i == len(lines) - 1 else justify(line, width)
            print("|" + body + "|")
        print("+" + "-" * width + "+")
    for line in wrap(TEXT, 20)[:4]:
        print(line.center(24, "."))
    for line in wrap("supercalifragilisticexpialidocious is long", 10):
        print(repr(line))
    print(wrap("", 10), wrap("   ", 5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct


def power(base, exp=2):
    return base ** exp


def clamp(x: int, lo: int = 0, hi: int = 10) -> int:
    return max(lo, min(x, hi))


def box(w: int, h: int, ch: str = "#", fill: bool = False) -> None:
    for r in range(h):
        if fill or r == 0 or r == h - 1:
            print(ch * w)
        else:
            print(ch + " " * (w - 2) + ch)


def main(argv: list[str]) -> int:
    print(greet("Ada"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(greet(greeting="Yo", name="Dee"))
    print(greet("Eve", "Hey", "."))
    print(power(3), power(2, 10), power(exp=3, base=2), power(1.5))
    print(clamp(15), clamp(-3), clamp(5), clamp(15, hi=20), clamp(3, 4), clamp(x=50, lo=1, hi=9))
    box(4, 3)
    box(3, 3, ch="*", fill=True)
    box(5, 4, "o")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

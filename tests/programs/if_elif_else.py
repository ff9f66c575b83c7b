import sys


def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(x: float) -> int:
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def main(argv: list[str]) -> int:
    for s in [100, 90, 89, 75, 60, 59, 0]:
        print(s, grade(s))
    print(sign(2.5), sign(-0.1), sign(0.0), sign(-0.0))
    for n in range(1, 16):
        if n % 15 == 0:
            out = "FizzBuzz"
        elif n % 3 == 0:
            out = "Fizz"
        elif n % 5 == 0:
            out = "Buzz"
        else:
            out = str(n)
        print(out, end=" ")
    print()
    x = 5
    if x:
        if x > 3:
            print("big")
        else:
            print("small")
    if not x:
        print("zero")
    elif x == 5 and x != 4:
        print("five")
    name = ""
    if name:
        print("named")
    else:
        print("anonymous")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

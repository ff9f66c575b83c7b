# error: 11: unexpected keyword argument
import sys


def greet(name: str, punct: str = "!") -> str:
    return "hi " + name + punct


def main(argv: list[str]) -> int:
    if len(argv) > 100:
        print(greet("ada", colour="red"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 5: classes are not supported yet
import sys


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def main(argv: list[str]) -> int:
    p = Point(1, 2)
    print(p.x + p.y)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# error: 2: not available in RPy
import os
import sys


def main(argv: list[str]) -> int:
    print(os.sep == "/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

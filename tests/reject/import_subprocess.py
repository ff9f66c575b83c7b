# error: 2: not available in RPy
import subprocess
import sys


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

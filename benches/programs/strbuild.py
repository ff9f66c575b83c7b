"""String building: formatting numbers, joining and splitting text."""

import sys


def build(n: int) -> int:
    parts = []
    for i in range(n):
        parts.append(str(i * 7) + ":" + str(i % 13))
    text = ",".join(parts)
    total = 0
    for field in text.split(","):
        total += len(field)
    return total


def main(argv: list[str]) -> int:
    n = 100000
    if len(argv) > 1:
        n = int(argv[1])
    print(build(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

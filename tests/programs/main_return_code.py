import sys


def count_errors(lines: list[str]) -> int:
    n = 0
    for line in lines:
        if line.startswith("ERROR"):
            n += 1
    return n


def main(argv: list[str]) -> int:
    lines = ["INFO start", "ERROR disk", "WARN slow", "ERROR net", "INFO end"]
    errors = count_errors(lines)
    print(f"{errors} errors in {len(lines)} lines", end="")
    return errors + 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))

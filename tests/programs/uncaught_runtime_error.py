import sys


def step(n: int) -> int:
    if n > 3:
        raise RuntimeError(f"step {n} failed: limit is 3")
    return n + 1


def main(argv: list[str]) -> int:
    n = 0
    try:
        while True:
            n = step(n)
            print("at", n)
    finally:
        print("cleanup after", n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

def check(n: int) -> int:
    try:
        if n < 0:
            raise ValueError("negative")
        return n
    finally:
        print("checked", n)

def main(argv: list[str]) -> int:
    print(check(4))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

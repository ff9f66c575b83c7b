import sys

def main(argv: list[str]) -> int:
    for i in range(2, 10):
        if i * i > 20:
            break
    else:
        i = -1
    print(i)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

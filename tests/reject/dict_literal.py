# error: 6: dicts are not supported yet
import sys


def main(argv: list[str]) -> int:
    ages = {"ada": 36, "bob": 41}
    print(len(ages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

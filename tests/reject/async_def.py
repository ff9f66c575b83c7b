# error: 5: `async` is not supported
import sys


async def fetch() -> int:
    return 1


def main(argv: list[str]) -> int:
    print("sync only")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

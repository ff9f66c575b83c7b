import sys


def body_returns(log: list[str]) -> int:
    try:
        log.append("try")
        return 1
    finally:
        log.append("finally")


def nested(log: list[str]) -> str:
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "returned at " + str(i)
            finally:
                log.append("inner " + str(i))
        finally:
            log.append("outer " + str(i))
    return "end"


def loop_with_finally() -> int:
    n = 0
    while True:
        try:
            n += 1
            if n >= 4:
                break
        finally:
            n *= 2
    return n


def main(argv: list[str]) -> int:
    log: list[str] = []
    print(body_returns(log), log)
    log2: list[str] = []
    print(nested(log2), log2)
    print(loop_with_finally())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

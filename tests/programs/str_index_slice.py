import sys


def main(argv: list[str]) -> int:
    s = "Hello, World"
    print(s[0], s[-1], s[4], s[-5], len(s))
    print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[3:3], s[5:2])
    print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1], s[10:2:-3])
    print(s[-100:100], s[100:], s[:-100], repr(s[6:7]))
    print(s[2:-2], s[-3:-1], s[::3], s[1:10:4])
    for i in range(0, len(s), 4):
        print(i, repr(s[i:i + 4]))
    u = "añbçdéf日本"
    print(u[1], u[-2], u[::2], u[::-1], len(u), u[3:6])
    t = "racecar"
    print(t == t[::-1], "abc" == "abc"[::-1])
    step = -1
    print(s[len(s) - 1:0:step], s[:0:-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

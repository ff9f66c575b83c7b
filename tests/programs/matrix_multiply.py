import sys


def zeros(n: int, m: int) -> list[list[float]]:
    return [[0.0] * m for _ in range(n)]


def identity(n: int) -> list[list[float]]:
    r = zeros(n, n)
    for i in range(n):
        r[i][i] = 1.0
    return r


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    if len(a[0]) != k:
        raise ValueError(f"shape mismatch: {len(a[0])} vs {k}")
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def show(name: str, a: list[list[float]]) -> None:
    print(name + ":")
    for row in a:
        print("  " + " ".join(f"{v:9.3f}" for v in row))


def det3(a: list[list[float]]) -> float:
    return (a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]))


def matpow(a: list[list[float]], e: int) -> list[list[float]]:
    result = identity(len(a))
    base = a
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e //= 2
    return result


def main(argv: list[str]) -> int:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    show("A", a)
    show("B", b)
    show("A*B", matmul(a, b))
    show("B*A", matmul(b, a))
    show("A^T", transpose(a))
    m = [[2.0, -1.0, 0.5], [0.0, 3.0, 1.0], [1.5, 0.25, -2.0]]
    print("det(M) =", det3(m))
    print("det(M*M) =", det3(matmul(m, m)), det3(m) ** 2)
    fib = [[1.0, 1.0], [1.0, 0.0]]
    print("fib via matrix power:", [matpow(fib, n)[0][1] for n in range(1, 15)])
    print(matmul(identity(3), m) == m)
    try:
        matmul(a, a)
    except ValueError as e:
        print("error:", e)
    rot = [[0.6, -0.8], [0.8, 0.6]]
    r = identity(2)
    for _ in range(5):
        r = matmul(r, rot)
    print([[round(v, 12) for v in row] for row in r])
    print(r)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys


def main(argv: list[str]) -> int:
    pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
    print(pairs)
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    print(matrix)
    flat = [v for row in matrix for v in row]
    print(flat)
    transposed = [[row[i] for row in matrix] for i in range(3)]
    print(transposed)
    print([[c for c in w] for w in ["ab", "cde"]])
    triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
    print(triples)
    table = [[f"{i}x{j}={i * j}" for j in range(1, 4)] for i in range(1, 4)]
    for row in table:
        print(" ".join(row))
    diag = [matrix[i][i] for i in range(len(matrix))]
    print(diag, sum(diag))
    print([[x for x in row if x % 2 == 0] for row in matrix])
    print(sum([v for row in matrix for v in row if v > 4]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import sys

# A tokenizer and recursive-descent evaluator for arithmetic expressions.
# Tokens are (kind, text) tuples; kinds: "num", "op", "lp", "rp", "end".


def tokenize(src: str) -> list[tuple[str, str]]:
    toks: list[tuple[str, str]] = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", src[i:j]))
            i = j
        elif c in "+-*/%^":
            toks.append(("op", c))
            i += 1
        elif c == "(":
            toks.append(("lp", c))
            i += 1
        elif c == ")":
            toks.append(("rp", c))
            i += 1
        else:
            raise ValueError(f"unexpected character {c!r} at {i}")
    toks.append(("end", ""))
    return toks


def peek(toks: list[tuple[str, str]], pos: list[int]) -> tuple[str, str]:
    return toks[pos[0]]


def advance(toks: list[tuple[str, str]], pos: list[int]) -> tuple[str, str]:
    t = toks[pos[0]]
    pos[0] += 1
    return t


def parse_expr(toks: list[tuple[str, str]], pos: list[int]) -> float:
    value = parse_term(toks, pos)
    while peek(toks, pos)[1] in ("+", "-") and peek(toks, pos)[0] == "op":
        op = advance(toks, pos)[1]
        rhs = parse_term(toks, pos)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(toks: list[tuple[str, str]], pos: list[int]) -> float:
    value = parse_factor(toks, pos)
    while peek(toks, pos)[0] == "op" and peek(toks, pos)[1] in ("*", "/", "%"):
        op = advance(toks, pos)[1]
        rhs = parse_factor(toks, pos)
        if op == "*":
            value *= rhs
        elif op == "/":
            value /= rhs
        else:
            value %= rhs
    return value


def parse_factor(toks: list[tuple[str, str]], pos: list[int]) -> float:
    base = parse_unary(toks, pos)
    if peek(toks, pos) == ("op", "^"):
        advance(toks, pos)
        return base ** parse_factor(toks, pos)
    return base


def parse_unary(toks: list[tuple[str, str]], pos: list[int]) -> float:
    kind, text = advance(toks, pos)
    if kind == "op" and text == "-":
        return -parse_unary(toks, pos)
    if kind == "op" and text == "+":
        return parse_unary(toks, pos)
    if kind == "num":
        return float(text)
    if kind == "lp":
        v = parse_expr(toks, pos)
        if advance(toks, pos)[0] != "rp":
            raise ValueError("expected )")
        return v
    raise ValueError(f"unexpected token {text!r}")


def evaluate(src: str) -> float:
    toks = tokenize(src)
    pos = [0]
    v = parse_expr(toks, pos)
    if peek(toks, pos)[0] != "end":
        raise ValueError("trailing input")
    return v


def main(argv: list[str]) -> int:
    exprs = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-4 + 10 / 4",
        "7 % 3 + 0.5",
        "((2))",
        "1 / 3",
        "2 * (3 + 4) * (5 - 1) / 7",
        "--3",
        "1 +",
        "3 $ 4",
        "(1 + 2",
        "1 / 0",
        "0.1 + 0.2",
    ]
    for e in exprs:
        try:
            print(f"{e:28} = {evaluate(e)}")
        except ValueError as err:
            print(f"{e:28} ! ValueError: {err}")
        except ZeroDivisionError as err:
            print(f"{e:28} ! ZeroDivisionError: {err}")
    print(tokenize("12*(3.5-1)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Tokenizer for mnpy source text.

Produces a flat list of Token objects with INDENT/DEDENT/NEWLINE tokens
(CPython's tokenizer rules: implicit line joining inside brackets, backslash
continuation, comments, blank lines). String literals are decoded here
(escapes, raw strings); f-strings are kept raw (kind FSTRING) and split by
the parser. Errors raise MnpySyntaxError with CPython 3.11's messages.
"""

from rpy.rarithmetic import intmask, uint_lt, uint_floordiv

# token kinds
NAME = 0
NUMBER = 1
STRING = 2
FSTRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
EOF = 8

KIND_NAMES = ["NAME", "NUMBER", "STRING", "FSTRING", "OP", "NEWLINE", "INDENT",
              "DEDENT", "EOF"]

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield"]

OPERATORS3 = ["**=", "//=", ">>=", "<<=", "...", "!=="]
OPERATORS2 = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=",
              "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="]
OPERATORS1 = "+-*/%&|^~<>()[]{},:;.=@!"


class MnpySyntaxError(Exception):
    """A syntax error: kind is 'SyntaxError' or 'IndentationError'."""

    def __init__(self, kind: str, msg: str, line: int) -> None:
        Exception.__init__(self, msg)
        self.kind = kind
        self.msg = msg
        self.line = line


class Token:
    def __init__(self, kind: int, value: str, line: int, col: int) -> None:
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col
        # for NUMBER tokens: is it a float / its parsed value
        self.is_float = False
        self.intval = 0
        self.floatval = 0.0
        self.is_raw = False
        self.is_bytes = False

    def __repr__(self) -> str:
        return KIND_NAMES[self.kind] + "(" + self.value + ")@" + str(self.line)


def is_ident_start(c: str) -> bool:
    return c.isalpha() or c == "_" or ord(c) > 127


def is_ident_char(c: str) -> bool:
    return c.isalnum() or c == "_" or ord(c) > 127


def _hexval(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


def decode_escapes(s: str, line: int) -> str:
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = s[i + 1]
        i += 2
        if d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "r":
            out.append("\r")
        elif d == "\\":
            out.append("\\")
        elif d == "'":
            out.append("'")
        elif d == '"':
            out.append('"')
        elif d == "\n":
            pass
        elif d == "0" or ("1" <= d <= "7"):
            v = ord(d) - 48
            k = 0
            while k < 2 and i < n and "0" <= s[i] <= "7":
                v = v * 8 + ord(s[i]) - 48
                i += 1
                k += 1
            out.append(chr(v))
        elif d == "a":
            out.append("\a")
        elif d == "b":
            out.append("\b")
        elif d == "f":
            out.append("\f")
        elif d == "v":
            out.append("\v")
        elif d == "x" or d == "u" or d == "U":
            cnt = 2
            if d == "u":
                cnt = 4
            elif d == "U":
                cnt = 8
            v = 0
            for k in range(cnt):
                if i + k >= n or _hexval(s[i + k]) < 0:
                    raise MnpySyntaxError(
                        "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes",
                        line)
                v = v * 16 + _hexval(s[i + k])
            i += cnt
            out.append(chr(v))
        elif d == "N":
            raise MnpySyntaxError("SyntaxError", "\\N{...} escapes are not supported by mnpy",
                                  line)
        else:
            out.append("\\")
            out.append(d)
    return "".join(out)


def _digits_ok(s: str, base: int) -> bool:
    """Digits with single underscores between them."""
    if s == "" or s[0] == "_" or s[len(s) - 1] == "_":
        return False
    prev_us = False
    for c in s:
        if c == "_":
            if prev_us:
                return False
            prev_us = True
            continue
        prev_us = False
        v = _hexval(c)
        if v < 0 or v >= base:
            return False
    return True


def parse_int_literal(text: str, line: int) -> int:
    """Value of an int literal as a 64-bit pattern: negative for a literal in
    [2**63, 2**64) (the parser makes it a W_BigInt); raises MnpySyntaxError
    for 2**64 and above."""
    base = 10
    body = text
    if len(text) > 1 and text[0] == "0" and text[1] in "xXoObB":
        c = text[1].lower()
        body = text[2:]
        if body.startswith("_"):
            body = body[1:]
        if c == "x":
            base = 16
        elif c == "o":
            base = 8
        else:
            base = 2
    if not _digits_ok(body, base):
        raise MnpySyntaxError("SyntaxError", "invalid syntax", line)
    if base == 10 and len(body) > 1 and body[0] == "0":
        for ch in body:
            if ch != "0" and ch != "_":
                raise MnpySyntaxError(
                    "SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; "
                    "use an 0o prefix for octal integers", line)
    v = 0
    for ch in body:
        if ch == "_":
            continue
        d = _hexval(ch)
        # v * base + d must stay below 2**64 (v is an unsigned pattern)
        if uint_lt(uint_floordiv(intmask(-1 - d), base), v):
            raise MnpySyntaxError("OverflowError",
                                  "integer literal too large for mnpy's 64-bit ints", line)
        v = intmask(v * base + d)
    return v


class Lexer:
    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.tokens: list[Token] = []
        self.indents: list[int] = [0]
        self.brackets: list[str] = []
        self.bracket_lines: list[int] = []
        self.at_line_start = True
        self.pending: MnpySyntaxError | None = None

    def error(self, msg: str) -> MnpySyntaxError:
        return MnpySyntaxError("SyntaxError", msg, self.line)

    def add(self, kind: int, value: str, col: int) -> Token:
        t = Token(kind, value, self.line, col)
        self.tokens.append(t)
        return t

    def tokenize(self) -> list[Token]:
        src = self.src
        n = len(src)
        while True:
            if self.at_line_start and len(self.brackets) == 0:
                if not self.handle_indent():
                    break
            if self.pos >= n:
                break
            c = src[self.pos]
            col = self.pos - self.line_start
            if c == " " or c == "\t" or c == "\f":
                self.pos += 1
                continue
            if c == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
                continue
            if c == "\r":
                self.pos += 1
                continue
            if c == "\n":
                self.pos += 1
                if len(self.brackets) == 0:
                    self.add(NEWLINE, "", col)
                    self.at_line_start = True
                self.line += 1
                self.line_start = self.pos
                continue
            if c == "\\":
                if self.pos + 1 < n and src[self.pos + 1] == "\n":
                    self.pos += 2
                    self.line += 1
                    self.line_start = self.pos
                    if self.pos >= n:
                        raise self.error("unexpected EOF while parsing")
                    continue
                if self.pos + 2 < n and src[self.pos + 1] == "\r" and src[self.pos + 2] == "\n":
                    self.pos += 3
                    self.line += 1
                    self.line_start = self.pos
                    continue
                raise self.error("unexpected character after line continuation character")
            if is_ident_start(c):
                start = self.pos
                while self.pos < n and is_ident_char(src[self.pos]):
                    self.pos += 1
                word = src[start:self.pos]
                if self.pos < n and (src[self.pos] == "'" or src[self.pos] == '"'):
                    low = word.lower()
                    if low in ["r", "u", "f", "b", "rf", "fr", "br", "rb"]:
                        self.lex_string(low, col)
                        continue
                self.add(NAME, word, col)
                continue
            if c.isdigit() or (c == "." and self.pos + 1 < n and src[self.pos + 1].isdigit()):
                self.lex_number(col)
                continue
            if c == "'" or c == '"':
                self.lex_string("", col)
                continue
            self.lex_op(col)
        # end of input
        if len(self.brackets) > 0:
            # reported by parse() unless the parser finds an earlier error
            b = self.brackets[len(self.brackets) - 1]
            self.pending = MnpySyntaxError("SyntaxError", "'" + b + "' was never closed",
                                           self.bracket_lines[len(self.bracket_lines) - 1])
        if len(self.tokens) > 0 and self.tokens[len(self.tokens) - 1].kind != NEWLINE and \
                self.tokens[len(self.tokens) - 1].kind != DEDENT and \
                self.tokens[len(self.tokens) - 1].kind != INDENT:
            self.add(NEWLINE, "", 0)
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, "", 0)
        self.add(EOF, "", 0)
        return self.tokens

    def handle_indent(self) -> bool:
        """At the start of a logical line: measure indentation, skip blank lines.
        Returns False at end of input."""
        src = self.src
        n = len(src)
        while True:
            width = 0
            p = self.pos
            while p < n and (src[p] == " " or src[p] == "\t" or src[p] == "\f"):
                if src[p] == "\t":
                    width = (width // 8 + 1) * 8
                elif src[p] == " ":
                    width += 1
                else:
                    width = 0
                p += 1
            if p >= n:
                self.pos = p
                return False
            c = src[p]
            if c == "#" or c == "\n" or c == "\r":
                while p < n and src[p] != "\n":
                    p += 1
                if p >= n:
                    self.pos = p
                    return False
                self.pos = p + 1
                self.line += 1
                self.line_start = self.pos
                continue
            self.pos = p
            self.at_line_start = False
            cur = self.indents[len(self.indents) - 1]
            if width > cur:
                self.indents.append(width)
                self.add(INDENT, "", 0)
            elif width < cur:
                while width < self.indents[len(self.indents) - 1]:
                    self.indents.pop()
                    self.add(DEDENT, "", 0)
                if width != self.indents[len(self.indents) - 1]:
                    raise MnpySyntaxError("IndentationError",
                                          "unindent does not match any outer indentation level",
                                          self.line)
            return True

    def lex_number(self, col: int) -> None:
        src = self.src
        n = len(src)
        start = self.pos
        is_float = False
        if src[self.pos] == "0" and self.pos + 1 < n and src[self.pos + 1] in "xXoObB":
            self.pos += 2
            while self.pos < n and (src[self.pos].isalnum() or src[self.pos] == "_"):
                self.pos += 1
        else:
            while self.pos < n and (src[self.pos].isdigit() or src[self.pos] == "_"):
                self.pos += 1
            if self.pos < n and src[self.pos] == ".":
                is_float = True
                self.pos += 1
                while self.pos < n and (src[self.pos].isdigit() or src[self.pos] == "_"):
                    self.pos += 1
            if self.pos < n and (src[self.pos] == "e" or src[self.pos] == "E"):
                p = self.pos + 1
                if p < n and (src[p] == "+" or src[p] == "-"):
                    p += 1
                if p < n and src[p].isdigit():
                    is_float = True
                    self.pos = p
                    while self.pos < n and (src[self.pos].isdigit() or src[self.pos] == "_"):
                        self.pos += 1
            if self.pos < n and (src[self.pos] == "j" or src[self.pos] == "J"):
                raise MnpySyntaxError("NotImplementedError",
                                      "complex literals are not supported by mnpy", self.line)
        text = src[start:self.pos]
        if self.pos < n and is_ident_char(src[self.pos]):
            raise self.error("invalid decimal literal")
        t = self.add(NUMBER, text, col)
        if is_float:
            t.is_float = True
            clean = text.replace("_", "")
            if "__" in text or text.endswith("_") or "_." in text or "._" in text:
                raise self.error("invalid decimal literal")
            t.floatval = float(clean)
        else:
            t.intval = parse_int_literal(text, self.line)

    def lex_string(self, prefix: str, col: int) -> None:
        src = self.src
        n = len(src)
        q = src[self.pos]
        start_line = self.line
        triple = self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q
        raw = "r" in prefix
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        body_start = self.pos
        while True:
            if self.pos >= n:
                if triple:
                    det = self.line
                    if n > 0 and src[n - 1] == "\n":
                        det -= 1
                    raise MnpySyntaxError(
                        "SyntaxError", "unterminated triple-quoted string literal (detected at line "
                        + str(det) + ")", start_line)
                raise MnpySyntaxError(
                    "SyntaxError", "unterminated string literal (detected at line "
                    + str(self.line) + ")", start_line)
            c = src[self.pos]
            if c == "\\":
                if self.pos + 1 < n and src[self.pos + 1] == "\n":
                    self.line += 1
                    self.line_start = self.pos + 2
                self.pos += 2
                continue
            if c == "\n":
                if not triple:
                    raise MnpySyntaxError(
                        "SyntaxError", "unterminated string literal (detected at line "
                        + str(self.line) + ")", self.line)
                self.line += 1
                self.line_start = self.pos + 1
                self.pos += 1
                continue
            if c == q:
                if not triple:
                    break
                if self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q:
                    break
            self.pos += 1
        body = src[body_start:self.pos]
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        body = body.replace("\r\n", "\n")
        if "f" in prefix:
            t = Token(FSTRING, body, start_line, col)
            t.is_raw = raw
            self.tokens.append(t)
            return
        if not raw:
            body = decode_escapes(body, start_line)
        t = Token(STRING, body, start_line, col)
        t.is_raw = raw
        t.is_bytes = "b" in prefix
        self.tokens.append(t)

    def lex_op(self, col: int) -> None:
        src = self.src
        three = src[self.pos:self.pos + 3]
        two = src[self.pos:self.pos + 2]
        if three in OPERATORS3 and three != "!==":
            self.pos += 3
            self.add(OP, three, col)
            return
        if two in OPERATORS2:
            self.pos += 2
            self.add(OP, two, col)
            return
        c = src[self.pos]
        if c not in OPERATORS1 or c == "!":
            if c == "$" or c == "?" or c == "`":
                raise self.error("invalid syntax")
            raise self.error("invalid character '" + c + "' (U+" +
                             _hex4(ord(c)) + ")")
        self.pos += 1
        if c == "(" or c == "[" or c == "{":
            self.brackets.append(c)
            self.bracket_lines.append(self.line)
        elif c == ")" or c == "]" or c == "}":
            if len(self.brackets) == 0:
                raise self.error("unmatched '" + c + "'")
            o = self.brackets.pop()
            self.bracket_lines.pop()
            want = ")"
            if o == "[":
                want = "]"
            elif o == "{":
                want = "}"
            if c != want:
                raise self.error("closing parenthesis '" + c +
                                 "' does not match opening parenthesis '" + o + "'")
        self.add(OP, c, col)


def _hex4(v: int) -> str:
    digits = "0123456789ABCDEF"
    s = ""
    while v > 0 or len(s) < 4:
        s = digits[v % 16] + s
        v = v // 16
    return s


def tokenize(src: str) -> list[Token]:
    return Lexer(src).tokenize()

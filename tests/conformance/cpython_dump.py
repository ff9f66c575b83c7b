"""Prints CPython's ast.dump of each file named on stdin (one path a line).

Output, for each file in order: a header line `OK <n>` or `ERR <n>` followed
by n bytes of UTF-8: the dump, or `ExceptionClass: message` of the error.
Used by compiler/tests/parser_conformance.rs as the oracle.
"""
import ast
import sys

out = sys.stdout.buffer
for line in sys.stdin:
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        source = f.read()
    try:
        status, text = "OK", ast.dump(ast.parse(source))
    except (SyntaxError, ValueError) as e:
        status, text = "ERR", f"{type(e).__name__}: {e}"
    except RecursionError as e:
        status, text = "ERR", f"RecursionError: {e}"
    data = text.encode("utf-8", "surrogatepass")
    out.write(f"{status} {len(data)}\n".encode())
    out.write(data)
    out.flush()

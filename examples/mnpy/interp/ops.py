"""Operator codes shared by the parser, the evaluator and the object model."""

ADD = 0
SUB = 1
MUL = 2
TRUEDIV = 3
FLOORDIV = 4
MOD = 5
POW = 6
LSHIFT = 7
RSHIFT = 8
AND = 9
OR = 10
XOR = 11
MATMUL = 12

BINOP_SYMBOLS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|",
                 "^", "@"]

# comparisons
LT = 0
LE = 1
EQ = 2
NE = 3
GT = 4
GE = 5
IN = 6
NOT_IN = 7
IS = 8
IS_NOT = 9

CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is",
               "is not"]
# the comparison to try on the right operand when the left one gives up
CMP_SWAPPED = [GT, GE, EQ, NE, LT, LE, IN, NOT_IN, IS, IS_NOT]

# unary operators
NEG = 0
POS = 1
INVERT = 2
NOT = 3

UNARY_SYMBOLS = ["-", "+", "~", "not"]

"""The dtypes of micronumpy: one prebuilt `DType` instance per element type.

A dtype is identified by its `num` (NumPy's type number on 64-bit Linux), so
dtypes compare with `is` or by `num`. Elements are computed in one of four
*compute kinds* that fix how a kernel reads them without boxing:
bool (`bool`), signed or small unsigned integers (`int`, exact in a signed
64-bit int), uint64 (`int` holding the bit pattern) and floats (`float`).
"""

NUM_BOOL = 0
NUM_INT8 = 1
NUM_UINT8 = 2
NUM_INT16 = 3
NUM_UINT16 = 4
NUM_INT32 = 5
NUM_UINT32 = 6
NUM_INT64 = 7
NUM_UINT64 = 8
NUM_FLOAT32 = 11
NUM_FLOAT64 = 12
NUM_FLOAT16 = 23

COMPUTE_BOOL = 0
COMPUTE_INT = 1
COMPUTE_UINT64 = 2
COMPUTE_FLOAT = 3


class DType:
    """An element type: NumPy's name, kind, char, item size and type number."""

    def __init__(self, num: int, name: str, kind: str, char: str, itemsize: int,
                 signed: bool, compute: int) -> None:
        self.num = num
        self.name = name          # "int32"
        self.kind = kind          # "b", "i", "u", "f"
        self.char = char          # "?", "b", "B", "h", "H", "i", "I", "l", "L", "f", "d"
        self.itemsize = itemsize  # bytes
        self.bits = itemsize * 8
        self.signed = signed
        self.compute = compute    # COMPUTE_*

    def str_code(self) -> str:
        """NumPy's `dtype.str`: "|b1", "<i4", "<f8", ..."""
        order = "|" if self.itemsize == 1 else "<"
        return order + self.kind + str(self.itemsize)

    def is_bool(self) -> bool:
        return self.compute == COMPUTE_BOOL

    def is_float(self) -> bool:
        return self.compute == COMPUTE_FLOAT

    def is_integer(self) -> bool:
        return self.compute == COMPUTE_INT or self.compute == COMPUTE_UINT64


BOOL = DType(NUM_BOOL, "bool", "b", "?", 1, False, COMPUTE_BOOL)
INT8 = DType(NUM_INT8, "int8", "i", "b", 1, True, COMPUTE_INT)
UINT8 = DType(NUM_UINT8, "uint8", "u", "B", 1, False, COMPUTE_INT)
INT16 = DType(NUM_INT16, "int16", "i", "h", 2, True, COMPUTE_INT)
UINT16 = DType(NUM_UINT16, "uint16", "u", "H", 2, False, COMPUTE_INT)
INT32 = DType(NUM_INT32, "int32", "i", "i", 4, True, COMPUTE_INT)
UINT32 = DType(NUM_UINT32, "uint32", "u", "I", 4, False, COMPUTE_INT)
INT64 = DType(NUM_INT64, "int64", "i", "l", 8, True, COMPUTE_INT)
UINT64 = DType(NUM_UINT64, "uint64", "u", "L", 8, False, COMPUTE_UINT64)
FLOAT32 = DType(NUM_FLOAT32, "float32", "f", "f", 4, True, COMPUTE_FLOAT)
FLOAT64 = DType(NUM_FLOAT64, "float64", "f", "d", 8, True, COMPUTE_FLOAT)
FLOAT16 = DType(NUM_FLOAT16, "float16", "f", "e", 2, True, COMPUTE_FLOAT)

ALL_DTYPES = [BOOL, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64,
              FLOAT32, FLOAT64, FLOAT16]


def overflow_limit(dt: DType) -> float:
    """The smallest magnitude that rounds to infinity when stored as dt
    (infinity for float64 and the integer types)."""
    if dt.num == NUM_FLOAT32:
        return 3.4028235677973366e+38
    if dt.num == NUM_FLOAT16:
        return 65520.0
    return float("inf")


def is_narrow_float(dt: DType) -> bool:
    """float16 and float32: computed in float64, rounded when stored."""
    return dt.num == NUM_FLOAT32 or dt.num == NUM_FLOAT16

"""Error helpers shared by micronumpy modules.

Public API:
  class AxisError(ValueError)
      AxisError(axis: int, ndim: int) -> message
      "axis 2 is out of bounds for array of dimension 2" (NumPy's
      numpy.exceptions.AxisError text).  Attributes .axis, .ndim, .msg.
  class UFuncTypeError(TypeError)
      Raised for ufunc loop/casting failures (numpy.core._exceptions._UFuncNoLoopError
      and _UFuncOutputCastingError are TypeError subclasses too); .msg holds the text.
  normalize_axis(axis: int, ndim: int) -> int
      Negative axis normalisation; raises AxisError when out of range.
"""


class AxisError(ValueError):
    def __init__(self, axis: int, ndim: int, argname: str = "") -> None:
        self.axis = axis
        self.ndim = ndim
        prefix = argname + ": " if argname != "" else ""
        self.msg = (prefix + "axis " + str(axis) + " is out of bounds for array of dimension "
                    + str(ndim))
        ValueError.__init__(self, self.msg)

    def __str__(self) -> str:
        return self.msg


class UFuncTypeError(TypeError):
    def __init__(self, msg: str) -> None:
        self.msg = msg
        TypeError.__init__(self, msg)

    def __str__(self) -> str:
        return self.msg


def normalize_axis(axis: int, ndim: int, argname: str = "") -> int:
    """axis in range(ndim) (negative counts from the end); AxisError, its
    message prefixed with "argname: " when given, if out of bounds."""
    if axis < -ndim or axis >= ndim:
        raise AxisError(axis, ndim, argname)
    if axis < 0:
        return axis + ndim
    return axis

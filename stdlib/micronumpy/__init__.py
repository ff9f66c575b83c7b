"""micronumpy: an n-dimensional array core written in RPy.

Arrays live in `rpy.rarray.RawStorage` with NumPy's layout (shape, byte
strides, byte offset, dtype); views share their parent's storage. See
docs/micronumpy.md for the design and what is supported.
"""

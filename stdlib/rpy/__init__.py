"""The rpy library: low-level primitives for RPy programs.

Each module is ordinary Python that runs on CPython, so RPy code can be run
and debugged untranslated; the translator gives the same names their
low-level meaning (as RPython's rlib does). Only modules of this package may
use CPython-only modules such as `struct` or `array`.
"""

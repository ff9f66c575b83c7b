"""Hints for the translator that are no-ops on CPython.

`we_are_translated()` is False untranslated and True in a translated
program; `always_inline` and `not_rpython` mark functions for the translator
and return them unchanged.
"""

from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable[..., object])


def we_are_translated() -> bool:
    """False on CPython; the translator replaces the call by True."""
    return False


def always_inline(func: F) -> F:
    """Ask the translator to inline every call of `func`."""
    return func


def not_rpython(func: F) -> F:
    """Mark `func` as CPython-only: the translator must never reach it."""
    return func

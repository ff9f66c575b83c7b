"""Module registry for `import NAME` / `from NAME import x`.

Modules are W_Module objects (interp.objects) registered once at start-up
by explicit calls (main.py calls setup_modules()); the object model keeps
the table in builtins.MODULES, so `objspace.register_module(w_mod)` and
`modules.register_module(name, w_mod)` are equivalent.
"""

from interp.objects import W_Module
from interp import builtins


def register_module(name: str, w_mod: W_Module) -> None:
    builtins.MODULES[name] = w_mod


def get_module(name: str) -> W_Module | None:
    return builtins.MODULES.get(name)

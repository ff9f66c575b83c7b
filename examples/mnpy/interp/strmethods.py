"""Methods of str, %-formatting and str.format (registered into w_str_type)."""

from interp import objects
from interp import formatting
from interp.objects import (
    W_Root, W_Int, W_Bool, W_Float, W_Str, W_List, W_Tuple, W_Dict,
    OperationError, oefmt, w_None, w_True, w_False, bool_w,
    w_TypeError, w_ValueError, w_IndexError, w_KeyError, w_OverflowError,
    list_of, add_method, BuiltinFn,
)
from interp.argutil import method_count, no_kw, check_kw, get_kw, int_arg, float_arg


def _self(args: list[W_Root], name: str) -> str:
    if len(args) == 0 or not isinstance(args[0], W_Str):
        what = "NoneType"
        if len(args) > 0:
            what = args[0].type_name()
        raise oefmt(w_TypeError, "descriptor '" + name + "' for 'str' objects doesn't "
                    "apply to a '" + what + "' object")
    return args[0].value


def _str_arg(w: W_Root, fname: str, argn: str) -> str:
    if isinstance(w, W_Str):
        return w.value
    raise oefmt(w_TypeError, fname + "() argument " + argn + " must be str, not " +
                w.type_name())


def _must_str(w: W_Root) -> str:
    if isinstance(w, W_Str):
        return w.value
    raise oefmt(w_TypeError, "must be str, not " + w.type_name())


def _opt_index(args: list[W_Root], k: int, default: int) -> int:
    if len(args) > k and args[k] is not w_None:
        return int_arg(args[k])
    return default


def _adjust(start: int, end: int, n: int) -> tuple[int, int]:
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return (start, end)


# ---------------------------------------------------------------- search

def _find(args: list[W_Root], name: str, reverse: bool) -> int:
    s = _self(args, name)
    method_count(name, args, 1, 3)
    sub = _must_str(args[1])
    start, end = _adjust(_opt_index(args, 2, 0), _opt_index(args, 3, len(s)), len(s))
    if start > len(s) or end - start < len(sub):
        if not (len(sub) == 0 and start <= end and start <= len(s)):
            return -1
    if reverse:
        i = s.rfind(sub, start, end)
    else:
        i = s.find(sub, start, end)
    return i


def s_find(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return W_Int(_find(args, "find", False))


def s_rfind(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return W_Int(_find(args, "rfind", True))


def s_index(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    i = _find(args, "index", False)
    if i < 0:
        raise oefmt(w_ValueError, "substring not found")
    return W_Int(i)


def s_rindex(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    i = _find(args, "rindex", True)
    if i < 0:
        raise oefmt(w_ValueError, "substring not found")
    return W_Int(i)


def s_count(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "count")
    method_count("count", args, 1, 3)
    sub = _must_str(args[1])
    start, end = _adjust(_opt_index(args, 2, 0), _opt_index(args, 3, len(s)), len(s))
    if start > len(s):
        return W_Int(0)
    return W_Int(s.count(sub, start, end))


def _prefix_op(args: list[W_Root], name: str, suffix: bool) -> W_Root:
    s = _self(args, name)
    method_count(name, args, 1, 3)
    start, end = _adjust(_opt_index(args, 2, 0), _opt_index(args, 3, len(s)), len(s))
    w_p = args[1]
    cands: list[str] = []
    if isinstance(w_p, W_Str):
        cands.append(w_p.value)
    elif isinstance(w_p, W_Tuple):
        for w in w_p.items:
            if not isinstance(w, W_Str):
                raise oefmt(w_TypeError, "tuple for " + name + " must only contain str, "
                            "not " + w.type_name())
            cands.append(w.value)
    else:
        raise oefmt(w_TypeError, name + " first arg must be str or a tuple of str, not " +
                    w_p.type_name())
    if start > len(s):
        return w_False
    seg = s[start:end]
    for c in cands:
        if end - start < len(c) and start <= end:
            continue
        if suffix:
            if seg.endswith(c):
                return w_True
        else:
            if seg.startswith(c):
                return w_True
    return w_False


def s_startswith(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _prefix_op(args, "startswith", False)


def s_endswith(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _prefix_op(args, "endswith", True)


# ---------------------------------------------------------------- split/join

def _is_ws(c: str) -> bool:
    return c.isspace()


def _split_ws(s: str, maxsplit: int) -> list[str]:
    out: list[str] = []
    n = len(s)
    i = 0
    while True:
        while i < n and _is_ws(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(out) >= maxsplit:
            j = n
            while j > i and _is_ws(s[j - 1]):
                j -= 1
            out.append(s[i:j])
            break
        j = i
        while j < n and not _is_ws(s[j]):
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _rsplit_ws(s: str, maxsplit: int) -> list[str]:
    out: list[str] = []
    i = len(s)
    while True:
        while i > 0 and _is_ws(s[i - 1]):
            i -= 1
        if i <= 0:
            break
        if maxsplit >= 0 and len(out) >= maxsplit:
            j = 0
            while j < i and _is_ws(s[j]):
                j += 1
            out.append(s[j:i])
            break
        j = i
        while j > 0 and not _is_ws(s[j - 1]):
            j -= 1
        out.append(s[j:i])
        i = j
    out.reverse()
    return out


def _split_sep(s: str, sep: str, maxsplit: int) -> list[str]:
    out: list[str] = []
    start = 0
    while maxsplit < 0 or len(out) < maxsplit:
        k = s.find(sep, start)
        if k < 0:
            break
        out.append(s[start:k])
        start = k + len(sep)
    out.append(s[start:])
    return out


def _rsplit_sep(s: str, sep: str, maxsplit: int) -> list[str]:
    out: list[str] = []
    end = len(s)
    while maxsplit < 0 or len(out) < maxsplit:
        k = s.rfind(sep, 0, end)
        if k < 0:
            break
        out.append(s[k + len(sep):end])
        end = k
    out.append(s[:end])
    out.reverse()
    return out


def _split_args(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root],
                name: str) -> tuple[str, str, bool, int]:
    s = _self(args, name)
    check_kw(name, kwnames, ["sep", "maxsplit"])
    method_count(name, args, 0, 2)
    w_sep: W_Root = w_None
    if len(args) > 1:
        w_sep = args[1]
    w_k = get_kw(kwnames, kwvalues, "sep")
    if w_k is not None:
        w_sep = w_k
    maxsplit = -1
    if len(args) > 2:
        maxsplit = int_arg(args[2])
    w_m = get_kw(kwnames, kwvalues, "maxsplit")
    if w_m is not None:
        maxsplit = int_arg(w_m)
    if w_sep is w_None:
        return (s, "", False, maxsplit)
    if not isinstance(w_sep, W_Str):
        raise oefmt(w_TypeError, "must be str or None, not " + w_sep.type_name())
    if w_sep.value == "":
        raise oefmt(w_ValueError, "empty separator")
    return (s, w_sep.value, True, maxsplit)


def _wrap_strs(parts: list[str]) -> W_Root:
    items: list[W_Root] = []
    for p in parts:
        items.append(W_Str(p))
    return W_List(items)


def s_split(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s, sep, has_sep, maxsplit = _split_args(args, kwnames, kwvalues, "split")
    if has_sep:
        return _wrap_strs(_split_sep(s, sep, maxsplit))
    return _wrap_strs(_split_ws(s, maxsplit))


def s_rsplit(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s, sep, has_sep, maxsplit = _split_args(args, kwnames, kwvalues, "rsplit")
    if has_sep:
        return _wrap_strs(_rsplit_sep(s, sep, maxsplit))
    return _wrap_strs(_rsplit_ws(s, maxsplit))


def s_splitlines(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "splitlines")
    keep = False
    if len(args) > 1:
        keep = args[1].is_true()
    w_k = get_kw(kwnames, kwvalues, "keepends")
    if w_k is not None:
        keep = w_k.is_true()
    out: list[str] = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        c = s[i]
        if c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c" or c == "\x1c" or \
                c == "\x1d" or c == "\x1e" or c == "\x85" or c == "\u2028" or c == "\u2029":
            eol = i + 1
            if c == "\r" and i + 1 < n and s[i + 1] == "\n":
                eol = i + 2
            if keep:
                out.append(s[start:eol])
            else:
                out.append(s[start:i])
            start = eol
            i = eol
        else:
            i += 1
    if start < n:
        out.append(s[start:])
    return _wrap_strs(out)


def s_join(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "join")
    method_count("str.join", args, 1, 1)
    items = list_of(args[1])
    parts: list[str] = []
    for i in range(len(items)):
        w = items[i]
        if not isinstance(w, W_Str):
            raise oefmt(w_TypeError, "sequence item " + str(i) + ": expected str instance, " +
                        w.type_name() + " found")
        parts.append(w.value)
    return W_Str(s.join(parts))


def _partition(args: list[W_Root], name: str, reverse: bool) -> W_Root:
    s = _self(args, name)
    method_count(name, args, 1, 1)
    sep = _must_str(args[1])
    if sep == "":
        raise oefmt(w_ValueError, "empty separator")
    if reverse:
        k = s.rfind(sep)
        if k < 0:
            return W_Tuple([W_Str(""), W_Str(""), W_Str(s)])
    else:
        k = s.find(sep)
        if k < 0:
            return W_Tuple([W_Str(s), W_Str(""), W_Str("")])
    return W_Tuple([W_Str(s[:k]), W_Str(sep), W_Str(s[k + len(sep):])])


def s_partition(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _partition(args, "partition", False)


def s_rpartition(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _partition(args, "rpartition", True)


# ---------------------------------------------------------------- strip / replace

def _strip(args: list[W_Root], name: str, left: bool, right: bool) -> W_Root:
    s = _self(args, name)
    method_count(name, args, 0, 1)
    chars = ""
    ws = True
    if len(args) > 1 and args[1] is not w_None:
        w_c = args[1]
        if not isinstance(w_c, W_Str):
            raise oefmt(w_TypeError, name + " arg must be None or str")
        chars = w_c.value
        ws = False
    i = 0
    j = len(s)
    if left:
        while i < j and ((ws and s[i].isspace()) or (not ws and s[i] in chars)):
            i += 1
    if right:
        while j > i and ((ws and s[j - 1].isspace()) or (not ws and s[j - 1] in chars)):
            j -= 1
    return W_Str(s[i:j])


def s_strip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _strip(args, "strip", True, True)


def s_lstrip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _strip(args, "lstrip", True, False)


def s_rstrip(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _strip(args, "rstrip", False, True)


def s_replace(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "replace")
    method_count("replace", args, 2, 3)
    old = _str_arg(args[1], "replace", "1")
    new = _str_arg(args[2], "replace", "2")
    count = -1
    if len(args) > 3:
        count = int_arg(args[3])
    if count < 0:
        return W_Str(s.replace(old, new))
    return W_Str(s.replace(old, new, count))


def s_removeprefix(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "removeprefix")
    method_count("str.removeprefix", args, 1, 1)
    p = _must_str(args[1])
    if p != "" and s.startswith(p):
        return W_Str(s[len(p):])
    return W_Str(s)


def s_removesuffix(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "removesuffix")
    method_count("str.removesuffix", args, 1, 1)
    p = _must_str(args[1])
    if p != "" and s.endswith(p):
        return W_Str(s[:len(s) - len(p)])
    return W_Str(s)


# ---------------------------------------------------------------- case

def s_upper(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "upper")
    method_count("str.upper", args, 0, 0)
    return W_Str(s.upper())


def s_lower(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "lower")
    method_count("str.lower", args, 0, 0)
    return W_Str(s.lower())


def s_casefold(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "casefold")
    return W_Str(s.lower())


def s_swapcase(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "swapcase")
    out: list[str] = []
    for c in s:
        if c.isupper():
            out.append(c.lower())
        elif c.islower():
            out.append(c.upper())
        else:
            out.append(c)
    return W_Str("".join(out))


def s_title(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "title")
    method_count("str.title", args, 0, 0)
    out: list[str] = []
    prev_cased = False
    for c in s:
        if prev_cased:
            out.append(c.lower())
        else:
            out.append(c.upper())
        prev_cased = c.isupper() or c.islower() or (c.isalpha() and c.upper() != c)
    return W_Str("".join(out))


def s_capitalize(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "capitalize")
    method_count("str.capitalize", args, 0, 0)
    if s == "":
        return W_Str("")
    return W_Str(s[0].upper() + s[1:].lower())


# ---------------------------------------------------------------- predicates

def _pred(args: list[W_Root], name: str, kind: int) -> W_Root:
    s = _self(args, name)
    method_count("str." + name, args, 0, 0)
    if kind == 4 or kind == 5:
        # isupper / islower: at least one cased char, none of the other case
        cased = False
        for c in s:
            if kind == 4 and c.islower():
                return w_False
            if kind == 5 and c.isupper():
                return w_False
            if c.isupper() or c.islower():
                cased = True
        return bool_w(cased)
    if s == "":
        return w_False
    for c in s:
        if kind == 0:
            ok = c.isdigit()
        elif kind == 1:
            ok = c.isalpha()
        elif kind == 2:
            ok = c.isspace()
        elif kind == 3:
            ok = c.isalnum()
        elif kind == 6:
            ok = c.isdecimal()
        elif kind == 7:
            ok = c.isnumeric()
        else:
            ok = ord(c) < 128
        if not ok:
            return w_False
    return w_True


def s_isdigit(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isdigit", 0)


def s_isalpha(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isalpha", 1)


def s_isspace(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isspace", 2)


def s_isalnum(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isalnum", 3)


def s_isupper(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isupper", 4)


def s_islower(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "islower", 5)


def s_isdecimal(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isdecimal", 6)


def s_isnumeric(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _pred(args, "isnumeric", 7)


def s_isascii(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "isascii")
    for c in s:
        if ord(c) >= 128:
            return w_False
    return w_True


def s_isidentifier(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "isidentifier")
    if s == "" or s[0].isdigit():
        return w_False
    for c in s:
        if not (c.isalnum() or c == "_"):
            return w_False
    return w_True


def s_istitle(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "istitle")
    prev_cased = False
    cased = False
    for c in s:
        if c.isupper():
            if prev_cased:
                return w_False
            prev_cased = True
            cased = True
        elif c.islower():
            if not prev_cased:
                return w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return bool_w(cased)


# ---------------------------------------------------------------- padding

def _fill_arg(args: list[W_Root], name: str) -> str:
    if len(args) > 2:
        w_f = args[2]
        if not isinstance(w_f, W_Str):
            raise oefmt(w_TypeError, name + "() argument 2 must be str, not " +
                        w_f.type_name())
        if len(w_f.value) != 1:
            raise oefmt(w_TypeError, "The fill character must be exactly one character long")
        return w_f.value
    return " "


def s_center(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "center")
    method_count("center", args, 1, 2)
    width = int_arg(args[1])
    fill = _fill_arg(args, "center")
    n = len(s)
    if width <= n:
        return W_Str(s)
    marg = width - n
    left = marg // 2 + (marg & width & 1)
    return W_Str(fill * left + s + fill * (marg - left))


def s_ljust(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "ljust")
    method_count("ljust", args, 1, 2)
    width = int_arg(args[1])
    fill = _fill_arg(args, "ljust")
    if width <= len(s):
        return W_Str(s)
    return W_Str(s + fill * (width - len(s)))


def s_rjust(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "rjust")
    method_count("rjust", args, 1, 2)
    width = int_arg(args[1])
    fill = _fill_arg(args, "rjust")
    if width <= len(s):
        return W_Str(s)
    return W_Str(fill * (width - len(s)) + s)


def s_zfill(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "zfill")
    method_count("str.zfill", args, 1, 1)
    width = int_arg(args[1])
    if width <= len(s):
        return W_Str(s)
    pad = "0" * (width - len(s))
    if len(s) > 0 and (s[0] == "+" or s[0] == "-"):
        return W_Str(s[0] + pad + s[1:])
    return W_Str(pad + s)


def s_expandtabs(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "expandtabs")
    size = 8
    if len(args) > 1:
        size = int_arg(args[1])
    out: list[str] = []
    col = 0
    for c in s:
        if c == "\t":
            if size > 0:
                k = size - col % size
                out.append(" " * k)
                col += k
        elif c == "\n" or c == "\r":
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return W_Str("".join(out))


# ---------------------------------------------------------------- % formatting

def _pct_num_text(w: W_Root, code: str) -> str:
    """Convert w for %d/%i/%x/%o: must be a real number."""
    if isinstance(w, W_Int):
        return ""
    if isinstance(w, W_Float):
        return ""
    raise oefmt(w_TypeError, "%" + code + " format: a real number is required, not " +
                w.type_name())


def _to_int_for_pct(w: W_Root, code: str) -> int:
    if isinstance(w, W_Int):
        return w.intval
    if isinstance(w, W_Float):
        from_f = w.floatval
        if from_f != from_f:
            raise oefmt(w_ValueError, "cannot convert float NaN to integer")
        if from_f == from_f * 2.0 and from_f != 0.0:
            raise oefmt(w_OverflowError, "cannot convert float infinity to integer")
        return int(from_f)
    if code == "x" or code == "X" or code == "o" or code == "c":
        try:
            return w.to_index()
        except OperationError as e:
            if not e.match(w_TypeError):
                raise
        raise oefmt(w_TypeError, "%" + code + " format: an integer is required, not " +
                    w.type_name())
    try:
        return w.to_index()
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
    raise oefmt(w_TypeError, "%" + code + " format: a real number is required, not " +
                w.type_name())


def _to_float_for_pct(w: W_Root, code: str) -> float:
    if isinstance(w, W_Float):
        return w.floatval
    if isinstance(w, W_Int):
        return float(w.intval)
    try:
        return w.to_float()
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
    raise oefmt(w_TypeError, "must be real number, not " + w.type_name())


def percent_format(fmt: str, w_values: W_Root) -> str:
    """fmt % values, as CPython's str.__mod__."""
    if isinstance(w_values, W_Tuple):
        values = w_values.items
        is_tuple = True
    else:
        values = [w_values]
        is_tuple = False
    w_mapping: W_Dict | None = None
    if isinstance(w_values, W_Dict):
        w_mapping = w_values
    out: list[str] = []
    n = len(fmt)
    i = 0
    argi = 0
    used_mapping = False
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            raise oefmt(w_ValueError, "incomplete format")
        w_arg: W_Root | None = None
        if fmt[i] == "(":
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == "(":
                    depth += 1
                elif fmt[j] == ")":
                    depth -= 1
                j += 1
            if depth > 0:
                raise oefmt(w_ValueError, "incomplete format key")
            key = fmt[i + 1:j - 1]
            if w_mapping is None:
                raise oefmt(w_TypeError, "format requires a mapping")
            w_arg = w_mapping.getitem(W_Str(key))
            used_mapping = True
            i = j
        # flags
        left = False
        plus = False
        space = False
        alt = False
        zero = False
        while i < n:
            f = fmt[i]
            if f == "-":
                left = True
            elif f == "+":
                plus = True
            elif f == " ":
                space = True
            elif f == "#":
                alt = True
            elif f == "0":
                zero = True
            else:
                break
            i += 1
        width = -1
        if i < n and fmt[i] == "*":
            if argi >= len(values):
                raise oefmt(w_TypeError, "not enough arguments for format string")
            width = int_arg(values[argi])
            argi += 1
            if width < 0:
                left = True
                width = -width
            i += 1
        else:
            st = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i > st:
                width = int(fmt[st:i])
        prec = -1
        if i < n and fmt[i] == ".":
            i += 1
            if i < n and fmt[i] == "*":
                if argi >= len(values):
                    raise oefmt(w_TypeError, "not enough arguments for format string")
                prec = int_arg(values[argi])
                argi += 1
                i += 1
            else:
                st = i
                while i < n and fmt[i].isdigit():
                    i += 1
                prec = 0
                if i > st:
                    prec = int(fmt[st:i])
        while i < n and (fmt[i] == "l" or fmt[i] == "h" or fmt[i] == "L"):
            i += 1
        if i >= n:
            raise oefmt(w_ValueError, "incomplete format")
        code = fmt[i]
        i += 1
        if code == "%":
            out.append("%")
            continue
        if w_arg is None:
            if argi >= len(values):
                raise oefmt(w_TypeError, "not enough arguments for format string")
            w_arg = values[argi]
            argi += 1
        sign = ""
        body = ""
        numeric = True
        if code == "s" or code == "r" or code == "a":
            numeric = False
            if code == "s":
                body = w_arg.str()
            else:
                body = w_arg.repr()
            if prec >= 0:
                body = body[:prec]
        elif code == "d" or code == "i" or code == "u":
            v = _to_int_for_pct(w_arg, code)
            body = formatting.int_to_base(v, 10)
        elif code == "x" or code == "X" or code == "o":
            v = _to_int_for_pct(w_arg, code)
            base = 16
            if code == "o":
                base = 8
            body = formatting.int_to_base(v, base)
            neg = body.startswith("-")
            if neg:
                body = body[1:]
            if code == "X":
                body = body.upper()
            if alt:
                if code == "o":
                    body = "0o" + body
                elif code == "x":
                    body = "0x" + body
                else:
                    body = "0X" + body
            if neg:
                body = "-" + body
        elif code == "e" or code == "E" or code == "f" or code == "F" or \
                code == "g" or code == "G":
            x = _to_float_for_pct(w_arg, code)
            p = prec
            if p < 0:
                p = 6
            lc = code.lower()
            if lc == "f":
                body = formatting.format_fixed(x, p)
            elif lc == "e":
                body = formatting.format_exp(x, p)
            else:
                body = formatting.format_general(x, p, alt)
            if code.isupper():
                body = body.upper()
        elif code == "c":
            if isinstance(w_arg, W_Str):
                if len(w_arg.value) != 1:
                    raise oefmt(w_TypeError, "%c requires int or char")
                body = w_arg.value
            else:
                v = _to_int_for_pct(w_arg, code)
                if v < 0 or v > 0x10FFFF:
                    raise oefmt(w_OverflowError, "%c arg not in range(0x110000)")
                body = chr(v)
            numeric = False
        else:
            raise oefmt(w_ValueError, "unsupported format character '" + code +
                        "' (0x" + formatting.int_to_base(ord(code), 16) + ") at index " +
                        str(i - 1))
        if numeric:
            if body.startswith("-"):
                sign = "-"
                body = body[1:]
            elif plus:
                sign = "+"
            elif space:
                sign = " "
        total = len(sign) + len(body)
        if width > total:
            padn = width - total
            if left:
                out.append(sign + body + " " * padn)
            elif zero and numeric:
                prefix = ""
                if alt and (code == "x" or code == "X" or code == "o") and len(body) >= 2 \
                        and body[0] == "0" and not body[1].isdigit():
                    prefix = body[:2]
                    body = body[2:]
                out.append(sign + prefix + "0" * padn + body)
            else:
                out.append(" " * padn + sign + body)
        else:
            out.append(sign + body)
    if argi < len(values) and not used_mapping:
        if is_tuple or not (isinstance(w_values, W_List) or isinstance(w_values, W_Dict)):
            raise oefmt(w_TypeError, "not all arguments converted during string formatting")
    return "".join(out)


def s_mod(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "__mod__")
    return W_Str(percent_format(s, args[1]))


# ---------------------------------------------------------------- str.format

def _format_field(w: W_Root, conv: str, spec: str) -> str:
    if conv == "r" or conv == "a":
        w = W_Str(w.repr())
    elif conv == "s":
        w = W_Str(w.str())
    elif conv != "":
        raise oefmt(w_ValueError, "Unknown conversion specifier " + conv)
    return w.format(spec)


def _resolve_field(field: str, args: list[W_Root], kwnames: list[str],
                   kwvalues: list[W_Root], auto: list[int]) -> W_Root:
    """field like '0', 'name', '', '0.attr', 'x[1]'. auto = [next index, mode]."""
    k = 0
    n = len(field)
    while k < n and field[k] != "." and field[k] != "[":
        k += 1
    head = field[:k]
    if head == "":
        if auto[1] == 1:
            raise oefmt(w_ValueError, "cannot switch from manual field specification to "
                        "automatic field numbering")
        auto[1] = 2
        idx = auto[0]
        auto[0] += 1
        if idx >= len(args):
            raise oefmt(w_IndexError, "Replacement index " + str(idx) +
                        " out of range for positional args tuple")
        w: W_Root = args[idx]
    elif head.isdigit():
        if auto[1] == 2:
            raise oefmt(w_ValueError, "cannot switch from automatic field numbering to "
                        "manual field specification")
        auto[1] = 1
        idx = int(head)
        if idx >= len(args):
            raise oefmt(w_IndexError, "Replacement index " + str(idx) +
                        " out of range for positional args tuple")
        w = args[idx]
    else:
        found: W_Root | None = None
        for i in range(len(kwnames)):
            if kwnames[i] == head:
                found = kwvalues[i]
        if found is None:
            raise objects.oe_args(w_KeyError, [W_Str(head)])
        w = found
    while k < n:
        if field[k] == ".":
            j = k + 1
            while j < n and field[j] != "." and field[j] != "[":
                j += 1
            name = field[k + 1:j]
            w_a = w.getattr(name)
            if w_a is None:
                raise oefmt(objects.w_AttributeError, "'" + w.type_name() +
                            "' object has no attribute '" + name + "'")
            w = w_a
            k = j
        else:
            j = field.find("]", k)
            if j < 0:
                raise oefmt(w_ValueError, "Missing ']' in format string")
            key = field[k + 1:j]
            if key.isdigit():
                w = w.getitem(W_Int(int(key)))
            else:
                w = w.getitem(W_Str(key))
            k = j + 1
    return w


def str_format(fmt: str, args: list[W_Root], kwnames: list[str],
               kwvalues: list[W_Root]) -> str:
    auto = [0, 0]
    return _str_format(fmt, args, kwnames, kwvalues, auto, 2)


def _str_format(fmt: str, args: list[W_Root], kwnames: list[str],
                kwvalues: list[W_Root], auto: list[int], depth: int) -> str:
    if depth < 0:
        raise oefmt(w_ValueError, "Max string recursion exceeded")
    out: list[str] = []
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            # find matching }
            level = 1
            j = i + 1
            while j < n and level > 0:
                if fmt[j] == "{":
                    level += 1
                elif fmt[j] == "}":
                    level -= 1
                j += 1
            if level > 0:
                raise oefmt(w_ValueError, "expected '}' before end of string")
            inner = fmt[i + 1:j - 1]
            # split field[!conv][:spec]
            k = 0
            bracket = False
            while k < len(inner):
                ch = inner[k]
                if ch == "[":
                    bracket = True
                elif ch == "]":
                    bracket = False
                elif not bracket and (ch == "!" or ch == ":"):
                    break
                k += 1
            field = inner[:k]
            conv = ""
            spec = ""
            if k < len(inner) and inner[k] == "!":
                if k + 1 >= len(inner):
                    raise oefmt(w_ValueError, "end of string while looking for conversion "
                                "specifier")
                conv = inner[k + 1]
                k += 2
                if k < len(inner) and inner[k] != ":":
                    raise oefmt(w_ValueError, "expected ':' after conversion specifier")
            if k < len(inner) and inner[k] == ":":
                spec = inner[k + 1:]
            if "{" in spec:
                spec = _str_format(spec, args, kwnames, kwvalues, auto, depth - 1)
            w = _resolve_field(field, args, kwnames, kwvalues, auto)
            out.append(_format_field(w, conv, spec))
            i = j
        elif c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise oefmt(w_ValueError, "Single '}' encountered in format string")
        else:
            j = i
            while j < n and fmt[j] != "{" and fmt[j] != "}":
                j += 1
            out.append(fmt[i:j])
            i = j
    return "".join(out)


def s_format(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    s = _self(args, "format")
    return W_Str(str_format(s, args[1:], kwnames, kwvalues))


def s_format_spec(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    # str.__format__(spec)
    s = _self(args, "__format__")
    method_count("__format__", args, 1, 1)
    spec = _must_str(args[1])
    return W_Str(W_Str(s).format(spec))


def _setup() -> None:
    t = objects.w_str_type
    add_method(t, "find", s_find)
    add_method(t, "rfind", s_rfind)
    add_method(t, "index", s_index)
    add_method(t, "rindex", s_rindex)
    add_method(t, "count", s_count)
    add_method(t, "startswith", s_startswith)
    add_method(t, "endswith", s_endswith)
    add_method(t, "split", s_split)
    add_method(t, "rsplit", s_rsplit)
    add_method(t, "splitlines", s_splitlines)
    add_method(t, "join", s_join)
    add_method(t, "partition", s_partition)
    add_method(t, "rpartition", s_rpartition)
    add_method(t, "strip", s_strip)
    add_method(t, "lstrip", s_lstrip)
    add_method(t, "rstrip", s_rstrip)
    add_method(t, "replace", s_replace)
    add_method(t, "removeprefix", s_removeprefix)
    add_method(t, "removesuffix", s_removesuffix)
    add_method(t, "upper", s_upper)
    add_method(t, "lower", s_lower)
    add_method(t, "casefold", s_casefold)
    add_method(t, "swapcase", s_swapcase)
    add_method(t, "title", s_title)
    add_method(t, "capitalize", s_capitalize)
    add_method(t, "isdigit", s_isdigit)
    add_method(t, "isalpha", s_isalpha)
    add_method(t, "isspace", s_isspace)
    add_method(t, "isalnum", s_isalnum)
    add_method(t, "isupper", s_isupper)
    add_method(t, "islower", s_islower)
    add_method(t, "isdecimal", s_isdecimal)
    add_method(t, "isnumeric", s_isnumeric)
    add_method(t, "isascii", s_isascii)
    add_method(t, "isidentifier", s_isidentifier)
    add_method(t, "istitle", s_istitle)
    add_method(t, "center", s_center)
    add_method(t, "ljust", s_ljust)
    add_method(t, "rjust", s_rjust)
    add_method(t, "zfill", s_zfill)
    add_method(t, "expandtabs", s_expandtabs)
    add_method(t, "format", s_format)
    add_method(t, "__format__", s_format_spec)
    add_method(t, "__mod__", s_mod)


_setup()

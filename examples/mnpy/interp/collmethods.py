"""Methods of list, tuple, dict and set (registered into the W_Type method dicts)."""

from interp import ops
from interp import objects
from interp.objects import (
    W_Root, W_Type, W_Int, W_Str, W_List, W_Tuple, W_Dict, W_Set, W_DictView,
    OperationError, oefmt, oe_args, w_None, w_True, w_False, bool_w,
    w_TypeError, w_ValueError, w_IndexError, w_KeyError,
    eq_w, lt_w, is_true, list_of, add_method, BuiltinFn,
)
from interp.argutil import method_count, no_kw, check_kw, get_kw, int_arg


# ---------------------------------------------------------------- sorting

def _merge_sort(keys: list[W_Root], vals: list[W_Root]) -> None:
    """Stable merge sort of parallel lists by keys, using only '<'."""
    n = len(keys)
    if n < 2:
        return
    # insertion sort for small runs, then bottom-up merging
    run = 16
    start = 0
    while start < n:
        end = min(start + run, n)
        for i in range(start + 1, end):
            k = keys[i]
            v = vals[i]
            j = i - 1
            while j >= start and lt_w(k, keys[j]):
                keys[j + 1] = keys[j]
                vals[j + 1] = vals[j]
                j -= 1
            keys[j + 1] = k
            vals[j + 1] = v
        start = end
    width = run
    while width < n:
        lo = 0
        while lo < n - width:
            mid = lo + width
            hi = min(lo + 2 * width, n)
            left_k = keys[lo:mid]
            left_v = vals[lo:mid]
            i = 0
            j = mid
            out = lo
            while i < len(left_k) and j < hi:
                if lt_w(keys[j], left_k[i]):
                    keys[out] = keys[j]
                    vals[out] = vals[j]
                    j += 1
                else:
                    keys[out] = left_k[i]
                    vals[out] = left_v[i]
                    i += 1
                out += 1
            while i < len(left_k):
                keys[out] = left_k[i]
                vals[out] = left_v[i]
                i += 1
                out += 1
            lo += 2 * width
        width *= 2


def sort_items(items: list[W_Root], w_key: W_Root | None, reverse: bool) -> list[W_Root]:
    """A new sorted list (stable; reverse keeps stability as CPython does)."""
    vals = list(items)
    if w_key is None or w_key is w_None:
        keys = list(vals)
    else:
        keys = []
        for w in vals:
            keys.append(w_key.call([w], [], []))
    if reverse:
        keys.reverse()
        vals.reverse()
    _merge_sort(keys, vals)
    if reverse:
        vals.reverse()
    return vals


# ---------------------------------------------------------------- list

def _self_list(args: list[W_Root], name: str) -> W_List:
    if len(args) == 0 or not isinstance(args[0], W_List):
        raise oefmt(w_TypeError, "descriptor '" + name + "' requires a 'list' object")
    return args[0]


def l_append(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "append")
    no_kw("list.append", kwnames)
    method_count("list.append", args, 1, 1)
    w_l.items.append(args[1])
    return w_None


def l_extend(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "extend")
    no_kw("list.extend", kwnames)
    method_count("list.extend", args, 1, 1)
    w_l.items.extend(list_of(args[1]))
    return w_None


def l_insert(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "insert")
    no_kw("list.insert", kwnames)
    method_count("insert", args, 2, 2)
    i = int_arg(args[1])
    n = len(w_l.items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.items.insert(i, args[2])
    return w_None


def l_pop(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "pop")
    no_kw("list.pop", kwnames)
    method_count("pop", args, 0, 1)
    n = len(w_l.items)
    if n == 0:
        raise oefmt(w_IndexError, "pop from empty list")
    i = n - 1
    if len(args) == 2:
        i = int_arg(args[1])
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(w_IndexError, "pop index out of range")
    return w_l.items.pop(i)


def l_remove(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "remove")
    no_kw("list.remove", kwnames)
    method_count("list.remove", args, 1, 1)
    for i in range(len(w_l.items)):
        if eq_w(w_l.items[i], args[1]):
            del w_l.items[i]
            return w_None
    raise oefmt(w_ValueError, "list.remove(x): x not in list")


def _seq_index(items: list[W_Root], args: list[W_Root], what: str) -> int:
    n = len(items)
    start = 0
    stop = n
    if len(args) > 2:
        start = int_arg(args[2])
        if start < 0:
            start = max(0, start + n)
    if len(args) > 3:
        stop = int_arg(args[3])
        if stop < 0:
            stop = max(0, stop + n)
    i = start
    while i < min(stop, len(items)):
        if eq_w(items[i], args[1]):
            return i
        i += 1
    if what == "list":
        raise oefmt(w_ValueError, args[1].repr() + " is not in list")
    raise oefmt(w_ValueError, "tuple.index(x): x not in tuple")


def l_index(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "index")
    no_kw("list.index", kwnames)
    method_count("index", args, 1, 3)
    return W_Int(_seq_index(w_l.items, args, "list"))


def _count(items: list[W_Root], w_x: W_Root) -> int:
    c = 0
    for w in items:
        if eq_w(w, w_x):
            c += 1
    return c


def l_count(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "count")
    method_count("list.count", args, 1, 1)
    return W_Int(_count(w_l.items, args[1]))


def l_sort(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "sort")
    check_kw("sort", kwnames, ["key", "reverse"])
    if len(args) > 1:
        raise oefmt(w_TypeError, "sort() takes no positional arguments")
    w_key = get_kw(kwnames, kwvalues, "key")
    w_rev = get_kw(kwnames, kwvalues, "reverse")
    reverse = w_rev is not None and is_true(w_rev)
    items = w_l.items
    w_l.items = []
    try:
        result = sort_items(items, w_key, reverse)
    finally:
        modified = len(w_l.items) > 0
        w_l.items = items
    if modified:
        raise oefmt(w_ValueError, "list modified during sort")
    w_l.items = result
    return w_None


def l_reverse(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "reverse")
    method_count("list.reverse", args, 0, 0)
    w_l.items.reverse()
    return w_None


def l_copy(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "copy")
    method_count("list.copy", args, 0, 0)
    return W_List(list(w_l.items))


def l_clear(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_l = _self_list(args, "clear")
    method_count("list.clear", args, 0, 0)
    w_l.items = []
    return w_None


# ---------------------------------------------------------------- tuple

def _self_tuple(args: list[W_Root], name: str) -> W_Tuple:
    if len(args) == 0 or not isinstance(args[0], W_Tuple):
        raise oefmt(w_TypeError, "descriptor '" + name + "' requires a 'tuple' object")
    return args[0]


def t_index(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_t = _self_tuple(args, "index")
    method_count("index", args, 1, 3)
    return W_Int(_seq_index(w_t.items, args, "tuple"))


def t_count(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_t = _self_tuple(args, "count")
    method_count("tuple.count", args, 1, 1)
    return W_Int(_count(w_t.items, args[1]))


# ---------------------------------------------------------------- dict

def dict_update(w_d: W_Dict, w_src: W_Root) -> None:
    """dict.update(src) / dict(src): a dict or an iterable of pairs."""
    if isinstance(w_src, W_Dict):
        w_d.update_from(w_src)
        return
    w_keys = w_src.getattr("keys")
    if w_keys is not None:
        for w_k in list_of(w_keys.call([], [], [])):
            w_d.setitem(w_k, w_src.getitem(w_k))
        return
    w_it = w_src.iterate()
    idx = 0
    while True:
        w_pair = w_it.next()
        if w_pair is None:
            return
        try:
            pair = list_of(w_pair)
        except OperationError as e:
            if e.match(w_TypeError):
                raise oefmt(w_TypeError, "cannot convert dictionary update sequence "
                            "element #" + str(idx) + " to a sequence")
            raise
        if len(pair) != 2:
            raise oefmt(w_ValueError, "dictionary update sequence element #" + str(idx) +
                        " has length " + str(len(pair)) + "; 2 is required")
        w_d.setitem(pair[0], pair[1])
        idx += 1



def _self_dict(args: list[W_Root], name: str) -> W_Dict:
    if len(args) == 0 or not isinstance(args[0], W_Dict):
        raise oefmt(w_TypeError, "descriptor '" + name + "' requires a 'dict' object")
    return args[0]


def d_get(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "get")
    no_kw("dict.get", kwnames)
    method_count("get", args, 1, 2)
    w_v = w_d.table.get(args[1])
    if w_v is not None:
        return w_v
    if len(args) == 3:
        return args[2]
    return w_None


def d_keys(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "keys")
    method_count("dict.keys", args, 0, 0)
    return W_DictView(w_d, 0)


def d_values(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "values")
    method_count("dict.values", args, 0, 0)
    return W_DictView(w_d, 1)


def d_items(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "items")
    method_count("dict.items", args, 0, 0)
    return W_DictView(w_d, 2)


def d_pop(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "pop")
    no_kw("dict.pop", kwnames)
    method_count("pop", args, 1, 2)
    i = w_d.table.lookup(args[1])
    if i < 0:
        if len(args) == 3:
            return args[2]
        raise oe_args(w_KeyError, [args[1]])
    w_v = w_d.table.values[i]
    w_d.table.remove_at(i)
    return w_v


def d_popitem(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "popitem")
    method_count("dict.popitem", args, 0, 0)
    t = w_d.table
    i = len(t.keys) - 1
    while i >= 0 and not t.alive[i]:
        i -= 1
    if i < 0:
        raise oefmt(w_KeyError, "popitem(): dictionary is empty")
    w_res = W_Tuple([t.keys[i], t.values[i]])
    t.remove_at(i)
    return w_res


def d_setdefault(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "setdefault")
    no_kw("dict.setdefault", kwnames)
    method_count("setdefault", args, 1, 2)
    w_v = w_d.table.get(args[1])
    if w_v is not None:
        return w_v
    w_default: W_Root = w_None
    if len(args) == 3:
        w_default = args[2]
    w_d.table.set(args[1], w_default)
    return w_default


def d_update(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "update")
    method_count("update", args, 0, 1)
    if len(args) == 2:
        dict_update(w_d, args[1])
    for i in range(len(kwnames)):
        w_d.setitem(W_Str(kwnames[i]), kwvalues[i])
    return w_None


def d_copy(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "copy")
    method_count("dict.copy", args, 0, 0)
    w_new = W_Dict()
    w_new.table = w_d.table.copy()
    return w_new


def d_clear(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_d = _self_dict(args, "clear")
    method_count("dict.clear", args, 0, 0)
    w_d.table.clear()
    return w_None


def d_fromkeys(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    # called unbound as dict.fromkeys(iterable, value): args[0] is the iterable
    if len(args) < 1 or len(args) > 2:
        raise oefmt(w_TypeError, "fromkeys expected at least 1 argument, got 0")
    w_value: W_Root = w_None
    if len(args) == 2:
        w_value = args[1]
    w_d = W_Dict()
    for w_k in list_of(args[0]):
        w_d.setitem(w_k, w_value)
    return w_d


# ---------------------------------------------------------------- set

def _self_set(args: list[W_Root], name: str) -> W_Set:
    if len(args) == 0 or not isinstance(args[0], W_Set):
        raise oefmt(w_TypeError, "descriptor '" + name + "' requires a 'set' object")
    return args[0]


def s_add(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "add")
    method_count("set.add", args, 1, 1)
    w_s.add(args[1])
    return w_None


def s_discard(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "discard")
    method_count("set.discard", args, 1, 1)
    i = w_s.table.lookup(args[1])
    if i >= 0:
        w_s.table.remove_at(i)
    return w_None


def s_remove(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "remove")
    method_count("set.remove", args, 1, 1)
    i = w_s.table.lookup(args[1])
    if i < 0:
        raise oe_args(w_KeyError, [args[1]])
    w_s.table.remove_at(i)
    return w_None


def s_pop(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "pop")
    t = w_s.table
    for i in range(len(t.keys)):
        if t.alive[i]:
            w_k = t.keys[i]
            t.remove_at(i)
            return w_k
    raise oefmt(w_KeyError, "pop from an empty set")


def s_clear(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "clear")
    w_s.table.clear()
    return w_None


def s_copy(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "copy")
    w_new = W_Set(w_s.frozen)
    w_new.table = w_s.table.copy()
    return w_new


def _set_of(w: W_Root) -> W_Set:
    if isinstance(w, W_Set):
        return w
    w_s = W_Set(False)
    for w_x in list_of(w):
        w_s.add(w_x)
    return w_s


def _set_binop(args: list[W_Root], name: str, op: int) -> W_Root:
    w_s = _self_set(args, name)
    w_res: W_Root = w_s
    for k in range(1, len(args)):
        w_r = w_res.binary_op(op, _set_of(args[k]), False)
        if w_r is None:
            raise oefmt(w_TypeError, "bad set operand")
        w_res = w_r
    if w_res is w_s:
        w_c = W_Set(w_s.frozen)
        w_c.table = w_s.table.copy()
        return w_c
    return w_res


def s_union(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _set_binop(args, "union", ops.OR)


def s_intersection(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _set_binop(args, "intersection", ops.AND)


def s_difference(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    return _set_binop(args, "difference", ops.SUB)


def s_symmetric_difference(args: list[W_Root], kwnames: list[str],
                           kwvalues: list[W_Root]) -> W_Root:
    return _set_binop(args, "symmetric_difference", ops.XOR)


def s_update(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "update")
    for k in range(1, len(args)):
        for w_x in list_of(args[k]):
            w_s.add(w_x)
    return w_None


def s_issubset(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "issubset")
    method_count("set.issubset", args, 1, 1)
    w_o = _set_of(args[1])
    for w_k in w_s.table.live_keys():
        if not w_o.contains(w_k):
            return w_False
    return w_True


def s_issuperset(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "issuperset")
    method_count("set.issuperset", args, 1, 1)
    for w_k in list_of(args[1]):
        if not w_s.contains(w_k):
            return w_False
    return w_True


def s_isdisjoint(args: list[W_Root], kwnames: list[str], kwvalues: list[W_Root]) -> W_Root:
    w_s = _self_set(args, "isdisjoint")
    method_count("set.isdisjoint", args, 1, 1)
    for w_k in list_of(args[1]):
        if w_s.contains(w_k):
            return w_False
    return w_True


def _setup() -> None:
    lt = objects.w_list_type
    add_method(lt, "append", l_append)
    add_method(lt, "extend", l_extend)
    add_method(lt, "insert", l_insert)
    add_method(lt, "pop", l_pop)
    add_method(lt, "remove", l_remove)
    add_method(lt, "index", l_index)
    add_method(lt, "count", l_count)
    add_method(lt, "sort", l_sort)
    add_method(lt, "reverse", l_reverse)
    add_method(lt, "copy", l_copy)
    add_method(lt, "clear", l_clear)
    tt = objects.w_tuple_type
    add_method(tt, "index", t_index)
    add_method(tt, "count", t_count)
    dt = objects.w_dict_type
    add_method(dt, "get", d_get)
    add_method(dt, "keys", d_keys)
    add_method(dt, "values", d_values)
    add_method(dt, "items", d_items)
    add_method(dt, "pop", d_pop)
    add_method(dt, "popitem", d_popitem)
    add_method(dt, "setdefault", d_setdefault)
    add_method(dt, "update", d_update)
    add_method(dt, "copy", d_copy)
    add_method(dt, "clear", d_clear)
    add_method(dt, "fromkeys", d_fromkeys)
    for st in [objects.w_set_type, objects.w_frozenset_type]:
        add_method(st, "union", s_union)
        add_method(st, "intersection", s_intersection)
        add_method(st, "difference", s_difference)
        add_method(st, "symmetric_difference", s_symmetric_difference)
        add_method(st, "issubset", s_issubset)
        add_method(st, "issuperset", s_issuperset)
        add_method(st, "isdisjoint", s_isdisjoint)
        add_method(st, "copy", s_copy)
    st = objects.w_set_type
    add_method(st, "add", s_add)
    add_method(st, "discard", s_discard)
    add_method(st, "remove", s_remove)
    add_method(st, "pop", s_pop)
    add_method(st, "clear", s_clear)
    add_method(st, "update", s_update)


_setup()

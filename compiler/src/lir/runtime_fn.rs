//! Every runtime entry point compiled code may call, with its C symbol, its
//! LIR signature and its effects. The runtime (`runtime/src/`) exports the
//! same symbols `extern "C"`; docs/runtime-abi.md documents each one.
//!
//! Conventions:
//! - `ref` arguments and results are GC references (str, list, ...); `str`
//!   arguments are never null unless the description says so.
//! - A function marked `raise` may set the pending exception; it then returns
//!   0 / 0.0 / null, and compiled code tests `ExcPending` after the call.
//! - A function marked `collect` may run a collection: every reference live
//!   across it must be in a shadow-stack slot. The runtime itself keeps its
//!   reference arguments rooted while it allocates.
//! - `NONE` (`i64::MIN`) stands for an omitted slice bound or argument.

use super::Ty;
use super::Ty::*;

/// The `i64` that stands for `None` in optional integer arguments.
pub const NONE: i64 = i64::MIN;

macro_rules! runtime_functions {
    ($( $(#[$doc:meta])* $variant:ident = $sym:literal ( $($param:expr),* ) -> $ret:expr ; $collect:literal, $raise:literal ;)*) => {
        /// A runtime entry point.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RtFn {
            $( $(#[$doc])* $variant, )*
        }

        impl RtFn {
            pub const ALL: &'static [RtFn] = &[$(RtFn::$variant),*];

            /// The C symbol.
            pub fn symbol(self) -> &'static str {
                match self { $(RtFn::$variant => $sym,)* }
            }

            pub fn params(self) -> &'static [Ty] {
                match self { $(RtFn::$variant => &[$($param),*],)* }
            }

            pub fn ret(self) -> Option<Ty> {
                match self { $(RtFn::$variant => $ret,)* }
            }

            /// May run a collection.
            pub fn may_collect(self) -> bool {
                match self { $(RtFn::$variant => $collect,)* }
            }

            /// May set the pending exception.
            pub fn may_raise(self) -> bool {
                match self { $(RtFn::$variant => $raise,)* }
            }
        }
    };
}

const V: Option<Ty> = None;
const B: Option<Ty> = Some(Bool);
const I: Option<Ty> = Some(I64);
const F: Option<Ty> = Some(F64);
const R: Option<Ty> = Some(Ref);

runtime_functions! {
    // ---- allocation slow paths (docs/runtime-abi.md, "Allocation") ----
    GcMalloc = "rpy_gc_malloc"(I32) -> R; true, false;
    GcMallocArray = "rpy_gc_malloc_array"(I32, I64) -> R; true, false;
    GcWriteBarrier = "rpy_gc_write_barrier"(Ref) -> V; false, false;
    GcWriteBarrierArray = "rpy_gc_write_barrier_array"(Ref, I64) -> V; false, false;

    // ---- exceptions ----
    /// Make the (non-null) exception object pending.
    Raise = "rpy_raise"(Ref) -> V; false, false;
    /// Allocate an exception of kind `i64` with message `str` (may be null)
    /// and make it pending.
    RaiseKind = "rpy_raise_kind"(I64, Ref) -> V; true, true;
    /// Make the prebuilt MemoryError pending (after an allocation gave null).
    RaiseMemoryError = "rpy_raise_memory_error"() -> V; false, true;
    /// Allocate an exception object of kind `i64` with message `str` (may be
    /// null) without raising it.
    ExcNew = "rpy_exc_new"(I64, Ref) -> R; true, true;
    /// Take the pending exception (clearing it) and return it.
    ExcFetch = "rpy_exc_fetch"() -> R; false, false;
    /// `isinstance(exc, kind)` for a built-in exception kind.
    ExcMatches = "rpy_exc_matches"(Ref, I64) -> B; false, false;
    /// `str(exc)`: its message, or "" when it has none.
    ExcStr = "rpy_exc_str"(Ref) -> R; true, true;
    /// Record a traceback frame while the pending exception propagates out of
    /// function `name` (a prebuilt str) at `line`.
    TracebackAdd = "rpy_traceback_add"(Ref, I64) -> V; false, false;
    /// Raise `SystemExit(code)`.
    SysExit = "rpy_sys_exit"(I64) -> V; true, true;
    /// Fail when the shadow stack or the C stack is nearly full: raise
    /// RecursionError ("maximum recursion depth exceeded"). Returns true if raised.
    CheckRecursion = "rpy_check_recursion"() -> B; true, true;

    // ---- output ----
    /// Write the str to stdout (buffered; flushed at exit and before stderr output).
    WriteStr = "rpy_write_str"(Ref) -> V; false, false;
    /// Write `str(i)` of an int.
    WriteInt = "rpy_write_int"(I64) -> V; false, false;
    /// Write `str(f)` of a float (CPython's repr form).
    WriteFloat = "rpy_write_float"(F64) -> V; false, false;
    /// Write `True`/`False`.
    WriteBool = "rpy_write_bool"(Bool) -> V; false, false;
    /// Write one byte (ASCII): `' '`, `'\n'`.
    WriteByte = "rpy_write_byte"(I64) -> V; false, false;

    // ---- conversions ----
    IntToStr = "rpy_int_to_str"(I64) -> R; true, true;
    FloatToStr = "rpy_float_to_str"(F64) -> R; true, true;
    BoolToStr = "rpy_bool_to_str"(Bool) -> R; false, false;
    /// `repr(s)` with CPython's quoting and escapes.
    StrRepr = "rpy_str_repr"(Ref) -> R; true, true;
    /// `int(s)`: ValueError "invalid literal for int() with base 10: 's'",
    /// OverflowError past 64 bits.
    StrToInt = "rpy_str_to_int"(Ref) -> I; true, true;
    /// `float(s)`: ValueError "could not convert string to float: 's'".
    StrToFloat = "rpy_str_to_float"(Ref) -> F; true, true;
    /// `int(f)`: OverflowError "cannot convert float infinity to integer",
    /// ValueError "cannot convert float NaN to integer", OverflowError past 64 bits.
    FloatToInt = "rpy_float_to_int"(F64) -> I; true, true;
    /// `round(f)` to int (half to even), with the same errors as `int(f)`.
    FloatRoundInt = "rpy_float_round_int"(F64) -> I; true, true;
    /// `round(f, n)` (CPython's correctly rounded algorithm).
    FloatRound = "rpy_float_round"(F64, I64) -> F; false, false;
    /// `round(i, n)` for negative n (half to even).
    IntRound = "rpy_int_round"(I64, I64) -> I; true, true;

    // ---- arithmetic with Python semantics ----
    /// `a ** b` on ints: ValueError for a negative exponent (RPy rule),
    /// OverflowError past 64 bits.
    IntPow = "rpy_int_pow"(I64, I64) -> I; true, true;
    /// `a ** b` on floats: ZeroDivisionError "0.0 cannot be raised to a
    /// negative power", ValueError for a negative base with a fractional
    /// exponent ("math domain error" is CPython's complex case: RPy raises
    /// ValueError), OverflowError "(34, 'Numerical result out of range')".
    FloatPow = "rpy_float_pow"(F64, F64) -> F; true, true;
    /// `a % b` and `a // b` on floats (ZeroDivisionError "float modulo" /
    /// "float floor division by zero").
    FloatMod = "rpy_float_mod"(F64, F64) -> F; true, true;
    FloatFloorDiv = "rpy_float_floordiv"(F64, F64) -> F; true, true;
    /// `math.<name>(x)` with CPython's errors: ValueError "math domain
    /// error", OverflowError "math range error".
    MathSqrt = "rpy_math_sqrt"(F64) -> F; true, true;
    MathExp = "rpy_math_exp"(F64) -> F; true, true;
    MathLog = "rpy_math_log"(F64) -> F; true, true;
    MathLog2 = "rpy_math_log2"(F64) -> F; true, true;
    MathLog10 = "rpy_math_log10"(F64) -> F; true, true;
    MathSin = "rpy_math_sin"(F64) -> F; true, true;
    MathCos = "rpy_math_cos"(F64) -> F; true, true;
    MathTan = "rpy_math_tan"(F64) -> F; true, true;
    MathAsin = "rpy_math_asin"(F64) -> F; true, true;
    MathAcos = "rpy_math_acos"(F64) -> F; true, true;
    MathAtan = "rpy_math_atan"(F64) -> F; false, false;
    MathAtan2 = "rpy_math_atan2"(F64, F64) -> F; false, false;
    MathHypot = "rpy_math_hypot"(F64, F64) -> F; true, true;
    MathPow = "rpy_math_pow"(F64, F64) -> F; true, true;
    MathFabs = "rpy_math_fabs"(F64) -> F; false, false;
    /// `math.floor`/`math.ceil` of a float, giving an int (errors as `int(f)`).
    MathFloor = "rpy_math_floor"(F64) -> I; true, true;
    MathCeil = "rpy_math_ceil"(F64) -> I; true, true;

    // ---- str ----
    StrConcat = "rpy_str_concat"(Ref, Ref) -> R; true, true;
    /// `s * n` (n <= 0 gives "").
    StrRepeat = "rpy_str_repeat"(Ref, I64) -> R; true, true;
    StrEq = "rpy_str_eq"(Ref, Ref) -> B; false, false;
    /// Code-point order: negative, 0 or positive.
    StrCmp = "rpy_str_cmp"(Ref, Ref) -> I; false, false;
    StrHash = "rpy_str_hash"(Ref) -> I; false, false;
    /// `s[i]` (negative i counts from the end): IndexError "string index out of range".
    StrGetItem = "rpy_str_getitem"(Ref, I64) -> R; true, true;
    /// `s[start:stop:step]` with NONE for omitted bounds; ValueError "slice
    /// step cannot be zero".
    StrSlice = "rpy_str_slice"(Ref, I64, I64, I64) -> R; true, true;
    /// `needle in s`.
    StrContains = "rpy_str_contains"(Ref, Ref) -> B; false, false;
    /// `s.find(sub, start, end)` / `rfind` (NONE bounds), in code points.
    StrFind = "rpy_str_find"(Ref, Ref, I64, I64) -> I; false, false;
    StrRFind = "rpy_str_rfind"(Ref, Ref, I64, I64) -> I; false, false;
    /// `s.index(sub, start, end)`: ValueError "substring not found".
    StrIndex = "rpy_str_index"(Ref, Ref, I64, I64) -> I; true, true;
    StrCount = "rpy_str_count"(Ref, Ref, I64, I64) -> I; false, false;
    StrStartsWith = "rpy_str_startswith"(Ref, Ref) -> B; false, false;
    StrEndsWith = "rpy_str_endswith"(Ref, Ref) -> B; false, false;
    /// `s.split(sep, maxsplit)` with sep null for whitespace splitting and
    /// maxsplit -1 for all: a list[str]. ValueError "empty separator".
    StrSplit = "rpy_str_split"(Ref, Ref, I64) -> R; true, true;
    StrRSplit = "rpy_str_rsplit"(Ref, Ref, I64) -> R; true, true;
    /// `sep.join(list_of_str)`.
    StrJoin = "rpy_str_join"(Ref, Ref) -> R; true, true;
    /// `s.strip(chars)` (chars null for whitespace); which: 0 both, 1 left, 2 right.
    StrStrip = "rpy_str_strip"(Ref, Ref, I64) -> R; true, true;
    /// `s.replace(old, new, count)` (count -1 for all).
    StrReplace = "rpy_str_replace"(Ref, Ref, Ref, I64) -> R; true, true;
    StrUpper = "rpy_str_upper"(Ref) -> R; true, true;
    StrLower = "rpy_str_lower"(Ref) -> R; true, true;
    StrIsDigit = "rpy_str_isdigit"(Ref) -> B; false, false;
    StrIsAlpha = "rpy_str_isalpha"(Ref) -> B; false, false;
    StrIsSpace = "rpy_str_isspace"(Ref) -> B; false, false;
    StrIsAlnum = "rpy_str_isalnum"(Ref) -> B; false, false;
    StrIsUpper = "rpy_str_isupper"(Ref) -> B; false, false;
    StrIsLower = "rpy_str_islower"(Ref) -> B; false, false;
    /// `s.ljust(w, fill)` / `rjust` / `center`; fill is a one-character str
    /// (TypeError "The fill character must be exactly one character long").
    StrLJust = "rpy_str_ljust"(Ref, I64, Ref) -> R; true, true;
    StrRJust = "rpy_str_rjust"(Ref, I64, Ref) -> R; true, true;
    StrCenter = "rpy_str_center"(Ref, I64, Ref) -> R; true, true;
    StrZFill = "rpy_str_zfill"(Ref, I64) -> R; true, true;
    /// `ord(s)`: TypeError "ord() expected a character, but string of length N found".
    StrOrd = "rpy_str_ord"(Ref) -> I; false, true;
    /// `chr(i)`: ValueError "chr() arg not in range(0x110000)".
    StrChr = "rpy_str_chr"(I64) -> R; true, true;
    /// Iteration over a str by byte position: the character starting at byte
    /// `pos` as a str, and `StrNextPos` the byte position after it.
    StrCharAt = "rpy_str_char_at"(Ref, I64) -> R; true, true;
    StrNextPos = "rpy_str_next_pos"(Ref, I64) -> I; false, false;

    // ---- formatting (the format-spec mini-language, byte-identical to CPython) ----
    /// `format(i, spec)`: ValueError with CPython's message on a bad spec.
    FormatInt = "rpy_format_int"(I64, Ref) -> R; true, true;
    FormatFloat = "rpy_format_float"(F64, Ref) -> R; true, true;
    FormatStr = "rpy_format_str"(Ref, Ref) -> R; true, true;
    /// `repr(f)`.
    FloatRepr = "rpy_float_repr"(F64) -> R; true, true;

    // ---- string builder ----
    /// A builder with room for `i64` bytes.
    StrBufNew = "rpy_strbuf_new"(I64) -> R; true, true;
    StrBufAppend = "rpy_strbuf_append"(Ref, Ref) -> V; true, true;
    StrBufBuild = "rpy_strbuf_build"(Ref) -> R; true, true;

    // ---- lists (generic over the item array's type; item size and pointer-ness
    // come from the type table) ----
    /// `rpy_list_new(len, items_tid)`: a list of `len` zeroed items whose
    /// item array has type id `items_tid`.
    ListNew = "rpy_list_new"(I64, I64) -> R; true, true;
    /// Set the length to `n` (growing the item array by at least 1/8 if
    /// needed; new items zeroed). Used by `append`.
    ListResize = "rpy_list_resize"(Ref, I64) -> V; true, true;
    /// Open a gap at `index` (clamped like `list.insert`): length + 1, items
    /// from index moved right. Returns the clamped index.
    ListInsertGap = "rpy_list_insert_gap"(Ref, I64) -> I; true, true;
    /// Remove item `index` (already normalised and in range): items after it
    /// move left, length - 1.
    ListDelete = "rpy_list_delete"(Ref, I64) -> V; false, false;
    /// `l[start:stop:step]` (NONE for omitted bounds) as a new list.
    ListSlice = "rpy_list_slice"(Ref, I64, I64, I64) -> R; true, true;
    /// `del l[start:stop:step]`.
    ListDelSlice = "rpy_list_del_slice"(Ref, I64, I64, I64) -> V; false, true;
    /// `dst.extend(src)` (same item type; `src` may be `dst`).
    ListExtend = "rpy_list_extend"(Ref, Ref) -> V; true, true;
    /// `a + b` as a new list.
    ListConcat = "rpy_list_concat"(Ref, Ref) -> R; true, true;
    /// `l * n` as a new list.
    ListRepeat = "rpy_list_repeat"(Ref, I64) -> R; true, true;
    ListReverse = "rpy_list_reverse"(Ref) -> V; false, false;
    ListCopy = "rpy_list_copy"(Ref) -> R; true, true;
    ListClear = "rpy_list_clear"(Ref) -> V; false, false;
    /// Stable sorts of lists of int, float and str (reverse: bool), with
    /// CPython's order (floats: NaN handling as CPython's `<`).
    ListSortInt = "rpy_list_sort_int"(Ref, Bool) -> V; false, false;
    ListSortFloat = "rpy_list_sort_float"(Ref, Bool) -> V; false, false;
    ListSortStr = "rpy_list_sort_str"(Ref, Bool) -> V; false, false;
    /// Reorder `l` by the permutation that stably sorts `keys` (a list of
    /// int, float or str given by the `i64` kind: 0 int, 1 float, 2 str),
    /// used by `sort(key=...)`; `keys` is sorted too.
    ListSortByKeys = "rpy_list_sort_by_keys"(Ref, Ref, I64, Bool) -> V; true, true;
}

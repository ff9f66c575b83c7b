//! The runtime library's view of the objects compiled code shares with it:
//! layout constants mirroring `compiler/src/lir/layout.rs`, the fixed part of
//! the type table, typed field access, allocation through the global
//! collector, the runtime's own prebuilt objects, and [`Roots`], the guard
//! that keeps reference arguments on the shadow stack across allocations.
//!
//! What this module keeps true:
//! - Every allocation helper either returns a finished object or raises the
//!   prebuilt `MemoryError` and returns `Err(Raised)`; none panics.
//! - A helper that allocates may move every young object: callers hold GC
//!   references across it only in a [`Roots`] guard and reload them from it
//!   afterwards (tests run every entry point with a collection at every
//!   allocation and the heap verifier on, so a missed root is caught).
//! - GC-pointer stores go through [`store_ref`] / [`store_item_ref`] (the
//!   write barrier of docs/runtime-abi.md) unless the holder was allocated
//!   since the last call that may collect and is young.
//! - `str` bytes are always valid UTF-8 (the runtime never creates a str
//!   from unchecked bytes), so [`str_as_str`] is sound.
//!
//! Safety contract of every `unsafe fn` here (stated once rather than on
//! each accessor): the global collector is initialised, and each object
//! argument is a valid, current (reloaded since the last collection)
//! pointer to an object of the type the function names.

#![allow(clippy::missing_safety_doc)]

use crate::abi::{
    rpy_gc_malloc, rpy_gc_malloc_array, rpy_nursery_free, rpy_nursery_top, rpy_shadowstack_limit,
    rpy_shadowstack_top,
};
use crate::header::{flags, Header, ObjPtr};
use crate::types::{round_size, TypeInfo, TYPE_VARSIZE};
use std::ptr::{addr_of, addr_of_mut, null, null_mut};

/// A GC reference as compiled code passes it: the address of a header.
pub type Ref = ObjPtr;

/// Marker: an exception is pending (set by whoever returned this).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raised;

/// Result of a runtime operation that may raise.
pub type RResult<T> = Result<T, Raised>;

/// `str`: `{header, hash: i64, charlen: i64, len: i64, bytes: [u8; len]}`.
pub mod str_ {
    pub const HASH: usize = 8;
    pub const CHARLEN: usize = 16;
    pub const LEN: usize = 24;
    pub const BYTES: usize = 32;
}

/// `list[T]`: `{header, len: i64, items: ref}`.
pub mod list {
    pub const LEN: usize = 8;
    pub const ITEMS: usize = 16;
    pub const SIZE: u32 = 24;
}

/// Item arrays: `{header, len: i64 (the capacity), items...}`.
pub mod array {
    pub const LEN: usize = 8;
    pub const ITEMS: usize = 16;
}

/// Exceptions: `{header, kind: i64, msg: ref (str or null), code: i64}`.
pub mod exc {
    pub const KIND: usize = 8;
    pub const MSG: usize = 16;
    pub const CODE: usize = 24;
    pub const SIZE: u32 = 32;
}

/// String builders: `{header, len: i64, buf: ref (a str used as storage),
/// charlen: i64}`.
pub mod strbuf {
    pub const LEN: usize = 8;
    pub const BUF: usize = 16;
    pub const CHARLEN: usize = 24;
    pub const SIZE: u32 = 32;
}

pub const TID_STR: u32 = 0;
pub const TID_LIST: u32 = 1;
pub const TID_REF_ARRAY: u32 = 2;
pub const TID_I64_ARRAY: u32 = 3;
pub const TID_F64_ARRAY: u32 = 4;
pub const TID_I8_ARRAY: u32 = 5;
pub const TID_EXC: u32 = 6;
pub const TID_STRBUF: u32 = 7;
/// Number of fixed type ids.
pub const N_FIXED_TYPES: usize = 8;

/// The built-in exception kinds (`ExcKind` of layout.rs) and their
/// hierarchy.
pub mod kind {
    pub const BASE_EXCEPTION: i64 = 0;
    pub const EXCEPTION: i64 = 1;
    pub const ARITHMETIC_ERROR: i64 = 2;
    pub const ZERO_DIVISION_ERROR: i64 = 3;
    pub const OVERFLOW_ERROR: i64 = 4;
    pub const LOOKUP_ERROR: i64 = 5;
    pub const INDEX_ERROR: i64 = 6;
    pub const KEY_ERROR: i64 = 7;
    pub const VALUE_ERROR: i64 = 8;
    pub const TYPE_ERROR: i64 = 9;
    pub const RUNTIME_ERROR: i64 = 10;
    pub const NOT_IMPLEMENTED_ERROR: i64 = 11;
    pub const RECURSION_ERROR: i64 = 12;
    pub const ASSERTION_ERROR: i64 = 13;
    pub const STOP_ITERATION: i64 = 14;
    pub const MEMORY_ERROR: i64 = 15;
    pub const OS_ERROR: i64 = 16;
    pub const SYSTEM_EXIT: i64 = 17;
    pub const UNICODE_ERROR: i64 = 18;
    /// Number of built-in kinds.
    pub const COUNT: i64 = 19;

    const NAMES: [&str; COUNT as usize] = [
        "BaseException",
        "Exception",
        "ArithmeticError",
        "ZeroDivisionError",
        "OverflowError",
        "LookupError",
        "IndexError",
        "KeyError",
        "ValueError",
        "TypeError",
        "RuntimeError",
        "NotImplementedError",
        "RecursionError",
        "AssertionError",
        "StopIteration",
        "MemoryError",
        "OSError",
        "SystemExit",
        "UnicodeError",
    ];

    /// The class name of a built-in kind (None for other values).
    pub fn name(k: i64) -> Option<&'static str> {
        usize::try_from(k).ok().and_then(|i| NAMES.get(i).copied())
    }

    /// The base class of a built-in kind (None for `BaseException` and for
    /// values that are not built-in kinds).
    pub fn parent(k: i64) -> Option<i64> {
        Some(match k {
            EXCEPTION | SYSTEM_EXIT => BASE_EXCEPTION,
            ARITHMETIC_ERROR | LOOKUP_ERROR | VALUE_ERROR | TYPE_ERROR | RUNTIME_ERROR
            | ASSERTION_ERROR | STOP_ITERATION | MEMORY_ERROR | OS_ERROR => EXCEPTION,
            ZERO_DIVISION_ERROR | OVERFLOW_ERROR => ARITHMETIC_ERROR,
            INDEX_ERROR | KEY_ERROR => LOOKUP_ERROR,
            NOT_IMPLEMENTED_ERROR | RECURSION_ERROR => RUNTIME_ERROR,
            UNICODE_ERROR => VALUE_ERROR,
            _ => return None,
        })
    }

    /// `issubclass(k, base)` for built-in kinds. A kind outside the
    /// built-in range (a user exception class, which the runtime knows
    /// nothing about) counts as a subclass of `Exception` only.
    pub fn is_subclass(k: i64, base: i64) -> bool {
        if !(0..COUNT).contains(&k) {
            return base == EXCEPTION || base == BASE_EXCEPTION;
        }
        let mut c = Some(k);
        while let Some(x) = c {
            if x == base {
                return true;
            }
            c = parent(x);
        }
        false
    }
}

// ---------------------------------------------------------------------------
// The fixed type table
// ---------------------------------------------------------------------------

static PTR_AT_0: [u32; 1] = [0];
static LIST_PTRS: [u32; 1] = [list::ITEMS as u32];
static EXC_PTRS: [u32; 1] = [exc::MSG as u32];
static STRBUF_PTRS: [u32; 1] = [strbuf::BUF as u32];

const fn fixed(size: u32, ptrs: &'static [u32; 1]) -> TypeInfo {
    TypeInfo {
        size,
        flags: 0,
        item_size: 0,
        length_offset: 0,
        n_ptr_offsets: 1,
        n_item_ptr_offsets: 0,
        ptr_offsets: ptrs.as_ptr(),
        item_ptr_offsets: null(),
    }
}

const fn varsize(size: u32, item: u32, len_off: u32, item_ptr: bool) -> TypeInfo {
    TypeInfo {
        size,
        flags: TYPE_VARSIZE,
        item_size: item,
        length_offset: len_off,
        n_ptr_offsets: 0,
        n_item_ptr_offsets: if item_ptr { 1 } else { 0 },
        ptr_offsets: null(),
        item_ptr_offsets: if item_ptr { PTR_AT_0.as_ptr() } else { null() },
    }
}

/// A `Sync` wrapper for the static table (it holds raw pointers to statics).
pub struct FixedTypes(pub [TypeInfo; N_FIXED_TYPES]);
// SAFETY: the table is immutable and points only at immutable statics.
unsafe impl Sync for FixedTypes {}

/// The first entries of every type table, in `TID_*` order: exactly
/// `fixed_types()` of layout.rs.
pub static FIXED_TYPES: FixedTypes = FixedTypes([
    varsize(str_::BYTES as u32, 1, str_::LEN as u32, false),
    fixed(list::SIZE, &LIST_PTRS),
    varsize(array::ITEMS as u32, 8, array::LEN as u32, true),
    varsize(array::ITEMS as u32, 8, array::LEN as u32, false),
    varsize(array::ITEMS as u32, 8, array::LEN as u32, false),
    varsize(array::ITEMS as u32, 1, array::LEN as u32, false),
    fixed(exc::SIZE, &EXC_PTRS),
    fixed(strbuf::SIZE, &STRBUF_PTRS),
]);

const FIXED_NAMES: [&str; N_FIXED_TYPES] = [
    "str",
    "list",
    "array[ref]",
    "array[i64]",
    "array[f64]",
    "array[i8]",
    "exception",
    "strbuf",
];

/// Checks that the first entries of a compiler-emitted table are the fixed
/// types. Returns a description of the first difference.
///
/// # Safety
/// `table` must point at `n` readable descriptors.
pub unsafe fn check_fixed_types(table: *const TypeInfo, n: u32) -> Result<(), String> {
    if table.is_null() || (n as usize) < N_FIXED_TYPES {
        return Err(format!(
            "the type table has {n} entries; the runtime needs the {N_FIXED_TYPES} fixed types first"
        ));
    }
    let offsets = |p: *const u32, n: u32| -> Vec<u32> {
        if p.is_null() || n == 0 {
            Vec::new()
        } else {
            std::slice::from_raw_parts(p, n as usize).to_vec()
        }
    };
    for (i, want) in FIXED_TYPES.0.iter().enumerate() {
        let got = &*table.add(i);
        let same = got.size == want.size
            && got.flags == want.flags
            && (want.flags & TYPE_VARSIZE == 0
                || (got.item_size == want.item_size && got.length_offset == want.length_offset))
            && offsets(got.ptr_offsets, got.n_ptr_offsets)
                == offsets(want.ptr_offsets, want.n_ptr_offsets)
            && offsets(got.item_ptr_offsets, got.n_item_ptr_offsets)
                == offsets(want.item_ptr_offsets, want.n_item_ptr_offsets);
        if !same {
            return Err(format!(
                "type id {i} of the program's type table is not the runtime's `{}` \
                 (compiler and runtime disagree on layout.rs)",
                FIXED_NAMES[i]
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Field access
// ---------------------------------------------------------------------------

/// Pointer to the field at byte offset `off` of `obj`.
///
/// # Safety
/// `obj` must be an object with a field of type `T` at `off`.
#[inline(always)]
pub unsafe fn field<T>(obj: Ref, off: usize) -> *mut T {
    (obj as *mut u8).add(off) as *mut T
}

#[inline(always)]
pub unsafe fn get_i64(obj: Ref, off: usize) -> i64 {
    *field::<i64>(obj, off)
}

#[inline(always)]
pub unsafe fn set_i64(obj: Ref, off: usize, v: i64) {
    *field::<i64>(obj, off) = v;
}

#[inline(always)]
pub unsafe fn get_ref(obj: Ref, off: usize) -> Ref {
    *field::<Ref>(obj, off)
}

/// The type id of `obj`.
#[inline(always)]
pub unsafe fn tid_of(obj: Ref) -> u32 {
    (*obj).word as u32
}

/// Stores GC pointer `v` into field `off` of `obj`, with the write barrier.
///
/// # Safety
/// `obj` must be a valid object with a GC-pointer field at `off`.
#[inline]
pub unsafe fn store_ref(obj: Ref, off: usize, v: Ref) {
    if (*obj).word & flags::TRACK_YOUNG_PTRS != 0 {
        crate::abi::rpy_gc_write_barrier(obj);
    }
    *field::<Ref>(obj, off) = v;
}

/// Stores GC pointer `v` into item `i` of an array of GC pointers, with the
/// array write barrier.
///
/// # Safety
/// `arr` must be a valid array of GC pointers with more than `i` items.
#[inline]
pub unsafe fn store_item_ref(arr: Ref, i: usize, v: Ref) {
    if (*arr).word & flags::TRACK_YOUNG_PTRS != 0 {
        crate::abi::rpy_gc_write_barrier_array(arr, i as i64);
    }
    *field::<Ref>(arr, array::ITEMS + 8 * i) = v;
}

/// Before moving or bulk-copying GC pointers into (or within) `obj`:
/// remembers the whole object if it is old (docs/runtime-abi.md, "Bulk
/// copies").
#[inline]
pub unsafe fn barrier_bulk(obj: Ref) {
    if (*obj).word & flags::TRACK_YOUNG_PTRS != 0 {
        crate::abi::rpy_gc_write_barrier(obj);
    }
}

// ---- str ----

#[inline(always)]
pub unsafe fn str_len(s: Ref) -> usize {
    get_i64(s, str_::LEN) as usize
}

#[inline(always)]
pub unsafe fn str_charlen(s: Ref) -> usize {
    get_i64(s, str_::CHARLEN) as usize
}

/// True if every character is ASCII (bytes index characters).
#[inline(always)]
pub unsafe fn str_is_ascii(s: Ref) -> bool {
    get_i64(s, str_::CHARLEN) == get_i64(s, str_::LEN)
}

#[inline(always)]
pub unsafe fn str_data(s: Ref) -> *mut u8 {
    field::<u8>(s, str_::BYTES)
}

/// The bytes of `s`. The slice is valid only until the next allocation.
///
/// # Safety
/// `s` must be a valid str; the caller must not allocate while using it.
#[inline(always)]
pub unsafe fn str_bytes<'a>(s: Ref) -> &'a [u8] {
    std::slice::from_raw_parts(str_data(s), str_len(s))
}

/// The text of `s` (valid only until the next allocation).
///
/// # Safety
/// As for [`str_bytes`].
#[inline(always)]
pub unsafe fn str_as_str<'a>(s: Ref) -> &'a str {
    std::str::from_utf8_unchecked(str_bytes(s))
}

// ---- list ----

#[inline(always)]
pub unsafe fn list_len(l: Ref) -> usize {
    get_i64(l, list::LEN) as usize
}

#[inline(always)]
pub unsafe fn list_items(l: Ref) -> Ref {
    get_ref(l, list::ITEMS)
}

/// Capacity of an item array.
#[inline(always)]
pub unsafe fn array_len(a: Ref) -> usize {
    get_i64(a, array::LEN) as usize
}

/// Item `i` of an array of GC pointers.
#[inline(always)]
pub unsafe fn array_ref(a: Ref, i: usize) -> Ref {
    *field::<Ref>(a, array::ITEMS + 8 * i)
}

// ---------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------

/// Raises MemoryError after a failed allocation.
#[cold]
fn out_of_memory<T>() -> RResult<T> {
    // SAFETY: the GC is initialised whenever allocation was attempted.
    unsafe {
        crate::abi::rpy_gc_out_of_memory();
        crate::exc::rpy_raise_memory_error();
    }
    Err(Raised)
}

/// Allocates a zeroed object of fixed type `tid` (allocated size `size`).
/// May collect.
#[inline]
pub unsafe fn alloc_fixed(tid: u32, size: usize) -> RResult<Ref> {
    let size = round_size(size);
    let p = rpy_nursery_free;
    if (rpy_nursery_top as usize).wrapping_sub(p as usize) >= size && !p.is_null() {
        rpy_nursery_free = p.add(size);
        (*(p as *mut Header)).word = tid as u64;
        return Ok(p as Ref);
    }
    let r = rpy_gc_malloc(tid);
    if r.is_null() {
        out_of_memory()
    } else {
        Ok(r)
    }
}

/// Allocates a zeroed array of type `tid` with `len` items; `base` and
/// `item_size` are its layout (offset of item 0, bytes per item). May
/// collect. MemoryError for impossible lengths.
#[inline]
pub unsafe fn alloc_var(
    tid: u32,
    base: usize,
    item_size: usize,
    len_off: usize,
    len: usize,
) -> RResult<Ref> {
    if len > (isize::MAX as usize / 4) / item_size.max(1) {
        return out_of_memory();
    }
    let size = round_size(base + len * item_size);
    let p = rpy_nursery_free;
    if size <= 4096 && (rpy_nursery_top as usize).wrapping_sub(p as usize) >= size && !p.is_null() {
        rpy_nursery_free = p.add(size);
        (*(p as *mut Header)).word = tid as u64;
        *(p.add(len_off) as *mut i64) = len as i64;
        return Ok(p as Ref);
    }
    let r = rpy_gc_malloc_array(tid, len as i64);
    if r.is_null() {
        out_of_memory()
    } else {
        Ok(r)
    }
}

/// A str of `len` zero bytes with `charlen` characters (the caller fills
/// the bytes with valid UTF-8 of that many characters). May collect.
#[inline]
pub unsafe fn alloc_str(len: usize, charlen: usize) -> RResult<Ref> {
    let s = alloc_var(TID_STR, str_::BYTES, 1, str_::LEN, len)?;
    set_i64(s, str_::CHARLEN, charlen as i64);
    Ok(s)
}

/// Number of code points in UTF-8 text.
#[inline]
pub fn count_chars(b: &[u8]) -> usize {
    // A code point starts at every byte that is not a continuation byte.
    b.iter().filter(|&&c| (c as i8) >= -0x40).count()
}

/// A new str holding `text` (which must not point into the GC heap: the
/// allocation may move it). ASCII single characters and "" are prebuilt.
pub unsafe fn new_str(text: &str) -> RResult<Ref> {
    new_str_counted(text, count_chars(text.as_bytes()))
}

/// [`new_str`] when the number of characters is known.
pub unsafe fn new_str_counted(text: &str, charlen: usize) -> RResult<Ref> {
    let b = text.as_bytes();
    match b.len() {
        0 => return Ok(empty_str()),
        1 => return Ok(ascii_char(b[0])),
        _ => {}
    }
    let s = alloc_str(b.len(), charlen)?;
    std::ptr::copy_nonoverlapping(b.as_ptr(), str_data(s), b.len());
    Ok(s)
}

/// A new list of `len` zeroed items whose item array has type `array_tid`
/// (capacity `cap >= len`). May collect.
pub unsafe fn new_list(array_tid: u32, len: usize, cap: usize) -> RResult<Ref> {
    let Some(lay) = crate::abi::type_layout(array_tid).filter(|l| l.varsize) else {
        return Err(crate::exc::raise_str(
            kind::TYPE_ERROR,
            "list item array type is not a var-sized type",
        ));
    };
    let items = alloc_var(
        array_tid,
        lay.size,
        lay.item_size,
        lay.length_offset,
        cap.max(len),
    )?;
    let roots = Roots::new([items]);
    let l = alloc_fixed(TID_LIST, list::SIZE as usize)?;
    // `l` is young or (stress, cap) freshly allocated: barrier anyway.
    store_ref(l, list::ITEMS, roots.get(0));
    set_i64(l, list::LEN, len as i64);
    Ok(l)
}

/// A new exception object of `k` with message `msg` (may be null). May
/// collect.
pub unsafe fn new_exc(k: i64, msg: Ref) -> RResult<Ref> {
    let roots = Roots::new([msg]);
    let e = alloc_fixed(TID_EXC, exc::SIZE as usize)?;
    set_i64(e, exc::KIND, k);
    store_ref(e, exc::MSG, roots.get(0));
    Ok(e)
}

// ---------------------------------------------------------------------------
// Rooting
// ---------------------------------------------------------------------------

/// Shadow-stack slots the runtime keeps free for its own functions: compiled
/// code raises RecursionError before the stack gets this full
/// (`rpy_check_recursion`).
pub const RESERVED_SLOTS: usize = 4096;

/// `N` GC references pushed on the shadow stack for the life of the guard.
/// Read them back with [`Roots::get`] after every call that may collect;
/// dropping the guard pops them. Guards must be dropped in reverse order
/// of creation (Rust's scoping does that).
pub struct Roots<const N: usize> {
    base: *mut Ref,
}

impl<const N: usize> Roots<N> {
    /// Pushes `objs` (null allowed).
    ///
    /// # Safety
    /// The GC must be initialised; each pointer null or a valid object.
    #[inline(always)]
    pub unsafe fn new(objs: [Ref; N]) -> Roots<N> {
        let base = *addr_of!(rpy_shadowstack_top);
        if (*addr_of!(rpy_shadowstack_limit) as usize).wrapping_sub(base as usize) < N * 8 {
            crate::fatal("shadow stack overflow in the runtime library");
        }
        for (i, o) in objs.into_iter().enumerate() {
            *base.add(i) = o;
        }
        *addr_of_mut!(rpy_shadowstack_top) = base.add(N);
        Roots { base }
    }

    /// The current address of root `i` (updated by collections).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Ref {
        debug_assert!(i < N);
        // SAFETY: slot `i` was pushed by `new` and is still on the stack.
        unsafe { *self.base.add(i) }
    }

    /// Replaces root `i`.
    #[inline(always)]
    pub fn set(&self, i: usize, p: Ref) {
        debug_assert!(i < N);
        // SAFETY: as for `get`.
        unsafe { *self.base.add(i) = p }
    }
}

impl<const N: usize> Drop for Roots<N> {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: restores the top this guard found (LIFO discipline).
        unsafe { *addr_of_mut!(rpy_shadowstack_top) = self.base }
    }
}

// ---------------------------------------------------------------------------
// The runtime's prebuilt objects
// ---------------------------------------------------------------------------

/// A prebuilt str with room for `N` bytes (`N` a multiple of 8).
#[repr(C)]
pub struct StaticStr<const N: usize> {
    header: u64,
    hash: i64,
    charlen: i64,
    len: i64,
    bytes: [u8; N],
}

const PREBUILT_STR_HEADER: u64 = TID_STR as u64 | flags::PREBUILT_INITIAL;

const fn static_str<const N: usize>(text: &str) -> StaticStr<N> {
    let b = text.as_bytes();
    let mut bytes = [0u8; N];
    let mut i = 0;
    while i < b.len() {
        bytes[i] = b[i];
        i += 1;
    }
    StaticStr {
        header: PREBUILT_STR_HEADER,
        hash: 0,
        charlen: b.len() as i64,
        len: b.len() as i64,
        bytes,
    }
}

const fn ascii_table() -> [StaticStr<8>; 128] {
    let mut t = [const { static_str::<8>("") }; 128];
    let mut c = 0;
    while c < 128 {
        t[c].bytes[0] = c as u8;
        t[c].len = 1;
        t[c].charlen = 1;
        c += 1;
    }
    t
}

static mut ASCII_CHARS: [StaticStr<8>; 128] = ascii_table();
static mut EMPTY_STR: StaticStr<8> = static_str("");
static mut TRUE_STR: StaticStr<8> = static_str("True");
static mut FALSE_STR: StaticStr<8> = static_str("False");

/// The prebuilt one-character str of ASCII byte `b` (`b < 128`).
#[inline(always)]
pub fn ascii_char(b: u8) -> Ref {
    // SAFETY: an address computation on a static; `b & 127` is in range.
    unsafe { addr_of_mut!(ASCII_CHARS[(b & 127) as usize]) as Ref }
}

/// The prebuilt `""`.
#[inline(always)]
pub fn empty_str() -> Ref {
    addr_of_mut!(EMPTY_STR) as Ref
}

/// The prebuilt `"True"` / `"False"`.
#[inline(always)]
pub fn bool_str(b: bool) -> Ref {
    if b {
        addr_of_mut!(TRUE_STR) as Ref
    } else {
        addr_of_mut!(FALSE_STR) as Ref
    }
}

/// Every prebuilt object of the runtime library (registered with the
/// collector at start-up).
pub fn runtime_prebuilt() -> Vec<Ref> {
    let mut v: Vec<Ref> = (0..128u8).map(ascii_char).collect();
    v.push(empty_str());
    v.push(bool_str(true));
    v.push(bool_str(false));
    v.push(crate::exc::memory_error_obj());
    v
}

/// Registers the runtime's prebuilt objects and static roots with the
/// (just initialised) global collector.
///
/// # Safety
/// The global collector must be initialised.
pub unsafe fn register_with_gc() {
    let pre = runtime_prebuilt();
    crate::abi::rpy_gc_register_prebuilt(pre.as_ptr(), pre.len());
    crate::exc::register_roots();
}

/// A null reference.
#[inline(always)]
pub fn null_ref() -> Ref {
    null_mut()
}

//! `str` operations with CPython's semantics on UTF-8 storage: indices,
//! lengths and slices count code points; ASCII strings (`charlen == len`)
//! index bytes directly. Also `repr`, `chr`/`ord`, iteration helpers,
//! hashing and the string builder (`rpy.rstring.StringBuilder`).
//!
//! What this module keeps true:
//! - Every str it creates holds valid UTF-8 and its exact `charlen`.
//! - An operation that leaves a string unchanged may return its argument
//!   (as CPython does for exact str objects); identity is not observable
//!   otherwise in RPy.
//! - Reference arguments are rooted ([`Roots`]) across every allocation and
//!   reloaded after it; byte views of GC strings never outlive an
//!   allocation.
//! - Whitespace is CPython's `Py_UNICODE_ISSPACE`, predicates follow
//!   CPython's Unicode database (see [`crate::unicode`]).

use crate::exc::raise_str;
use crate::objects::{self as o, kind, RResult, Raised, Ref, Roots};
use crate::unicode;
use std::ptr::null_mut;

const NONE: i64 = i64::MIN;

#[inline(always)]
unsafe fn text<'a>(s: Ref) -> &'a str {
    o::str_as_str(s)
}

#[inline(always)]
fn or_null(r: RResult<Ref>) -> Ref {
    r.unwrap_or(null_mut())
}

/// Byte offset of code point `ci` (`ci <= charlen`).
#[inline]
fn byte_at(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        ci
    } else {
        s.char_indices().nth(ci).map_or(s.len(), |(i, _)| i)
    }
}

/// A new str holding bytes `[from, to)` of `s` (`charlen` code points).
/// May collect; `s` is rooted here.
unsafe fn substr(s: Ref, from: usize, to: usize, charlen: usize) -> RResult<Ref> {
    if from == 0 && to == o::str_len(s) {
        return Ok(s);
    }
    match to - from {
        0 => return Ok(o::empty_str()),
        1 => return Ok(o::ascii_char(*o::str_data(s).add(from))),
        _ => {}
    }
    let roots = Roots::new([s]);
    let r = o::alloc_str(to - from, charlen)?;
    std::ptr::copy_nonoverlapping(
        o::str_data(roots.get(0)).add(from),
        o::str_data(r),
        to - from,
    );
    Ok(r)
}

/// A one-character str of `c` (ASCII ones are prebuilt). May collect.
unsafe fn char_str(c: char) -> RResult<Ref> {
    let mut buf = [0u8; 4];
    o::new_str_counted(c.encode_utf8(&mut buf), 1)
}

/// `PySlice_AdjustIndices` after `PySlice_Unpack` (NONE for omitted
/// values): `(start, step, count)`; `Err` for a zero step (raised).
pub fn slice_indices(len: usize, start: i64, stop: i64, step: i64) -> RResult<(i64, i64, usize)> {
    let step = if step == NONE { 1 } else { step };
    if step == 0 {
        return Err(raise_str(kind::VALUE_ERROR, "slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let mut start = if start == NONE {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        start
    };
    let mut stop = if stop == NONE {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        stop
    };
    let adjust = |v: &mut i64| {
        if *v < 0 {
            *v = v.saturating_add(len);
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= len {
            *v = if step < 0 { len - 1 } else { len };
        }
    };
    adjust(&mut start);
    adjust(&mut stop);
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

// ---------------------------------------------------------------------------
// Concatenation, comparison, hashing
// ---------------------------------------------------------------------------

/// `a + b`.
///
/// # Safety
/// `a` and `b` must be valid strs; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_concat(a: Ref, b: Ref) -> Ref {
    let (la, lb) = (o::str_len(a), o::str_len(b));
    if la == 0 {
        return b;
    }
    if lb == 0 {
        return a;
    }
    let charlen = o::str_charlen(a) + o::str_charlen(b);
    let roots = Roots::new([a, b]);
    let Ok(r) = o::alloc_str(la + lb, charlen) else {
        return null_mut();
    };
    let d = o::str_data(r);
    std::ptr::copy_nonoverlapping(o::str_data(roots.get(0)), d, la);
    std::ptr::copy_nonoverlapping(o::str_data(roots.get(1)), d.add(la), lb);
    r
}

/// `s * n`.
///
/// # Safety
/// `s` must be a valid str; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_repeat(s: Ref, n: i64) -> Ref {
    let len = o::str_len(s);
    if n <= 0 || len == 0 {
        return o::empty_str();
    }
    if n == 1 {
        return s;
    }
    let Some(total) = len
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
    else {
        raise_str(kind::OVERFLOW_ERROR, "repeated string is too long");
        return null_mut();
    };
    let charlen = o::str_charlen(s) * n as usize;
    let roots = Roots::new([s]);
    let Ok(r) = o::alloc_str(total, charlen) else {
        return null_mut();
    };
    let d = o::str_data(r);
    std::ptr::copy_nonoverlapping(o::str_data(roots.get(0)), d, len);
    let mut done = len;
    while done < total {
        let k = done.min(total - done);
        std::ptr::copy_nonoverlapping(d, d.add(done), k);
        done += k;
    }
    r
}

/// `a == b`.
///
/// # Safety
/// `a` and `b` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_eq(a: Ref, b: Ref) -> bool {
    if a == b {
        return true;
    }
    if o::str_len(a) != o::str_len(b) {
        return false;
    }
    let (ha, hb) = (o::get_i64(a, o::str_::HASH), o::get_i64(b, o::str_::HASH));
    if ha != 0 && hb != 0 && ha != hb {
        return false;
    }
    o::str_bytes(a) == o::str_bytes(b)
}

/// Code-point order of `a` and `b`: -1, 0 or 1 (UTF-8 byte order is
/// code-point order).
///
/// # Safety
/// `a` and `b` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_cmp(a: Ref, b: Ref) -> i64 {
    match o::str_bytes(a).cmp(o::str_bytes(b)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// The str hash: 64-bit multiply-rotate over 8-byte words and MurmurHash3's
/// finaliser; never 0 (the "not computed" mark) nor -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(31);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(31);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^= h >> 33;
    match h as i64 {
        0 | -1 => -2,
        v => v,
    }
}

/// `hash(s)`, computed once and cached in the object.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_hash(s: Ref) -> i64 {
    let h = o::get_i64(s, o::str_::HASH);
    if h != 0 {
        return h;
    }
    let h = hash_bytes(o::str_bytes(s));
    o::set_i64(s, o::str_::HASH, h);
    h
}

// ---------------------------------------------------------------------------
// Indexing and slicing
// ---------------------------------------------------------------------------

/// `s[i]`.
///
/// # Safety
/// `s` must be a valid str; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_getitem(s: Ref, i: i64) -> Ref {
    let n = o::str_charlen(s) as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        raise_str(kind::INDEX_ERROR, "string index out of range");
        return null_mut();
    }
    if o::str_is_ascii(s) {
        return o::ascii_char(*o::str_data(s).add(i as usize));
    }
    let c = text(s).chars().nth(i as usize).unwrap_or('\0');
    or_null(char_str(c))
}

/// `s[start:stop:step]`.
///
/// # Safety
/// `s` must be a valid str; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_slice(s: Ref, start: i64, stop: i64, step: i64) -> Ref {
    let charlen = o::str_charlen(s);
    let Ok((start, step, count)) = slice_indices(charlen, start, stop, step) else {
        return null_mut();
    };
    if count == 0 {
        return o::empty_str();
    }
    let ascii = o::str_is_ascii(s);
    if step == 1 {
        let t = text(s);
        let from = byte_at(t, ascii, start as usize);
        let to = if ascii {
            start as usize + count
        } else {
            from + byte_at(&t[from..], false, count)
        };
        return or_null(substr(s, from, to, count));
    }
    let mut out = String::with_capacity(if ascii { count } else { count * 2 });
    if ascii {
        let b = o::str_bytes(s);
        let mut i = start;
        for _ in 0..count {
            out.push(b[i as usize] as char);
            i += step;
        }
    } else {
        let chars: Vec<char> = text(s).chars().collect();
        let mut i = start;
        for _ in 0..count {
            out.push(chars[i as usize]);
            i += step;
        }
    }
    or_null(o::new_str_counted(&out, count))
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// `needle in s`.
///
/// # Safety
/// Both must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_contains(s: Ref, needle: Ref) -> bool {
    text(s).contains(text(needle))
}

/// `ADJUST_INDICES` of CPython's str methods.
fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let mut start = if start == NONE { 0 } else { start };
    let mut end = if end == NONE { i64::MAX } else { end };
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// `s.find(sub, start, end)` (`reverse`: `rfind`) on Rust values.
pub fn find_in(s: &str, charlen: usize, sub: &str, start: i64, end: i64, reverse: bool) -> i64 {
    let ascii = charlen == s.len();
    let sublen = o::count_chars(sub.as_bytes()) as i64;
    let (start, end) = adjust_indices(start, end, charlen as i64);
    if end - start < sublen {
        return -1;
    }
    let bs = byte_at(s, ascii, start as usize);
    let be = bs + byte_at(&s[bs..], ascii, (end - start) as usize);
    let hay = &s[bs..be];
    let pos = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    match pos {
        None => -1,
        Some(p) if ascii => start + p as i64,
        Some(p) => start + o::count_chars(&hay.as_bytes()[..p]) as i64,
    }
}

/// `s.find(sub, start, end)`.
///
/// # Safety
/// `s` and `sub` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_find(s: Ref, sub: Ref, start: i64, end: i64) -> i64 {
    find_in(text(s), o::str_charlen(s), text(sub), start, end, false)
}

/// `s.rfind(sub, start, end)`.
///
/// # Safety
/// `s` and `sub` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_rfind(s: Ref, sub: Ref, start: i64, end: i64) -> i64 {
    find_in(text(s), o::str_charlen(s), text(sub), start, end, true)
}

/// `s.index(sub, start, end)`: ValueError "substring not found".
///
/// # Safety
/// `s` and `sub` must be valid strs; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_index(s: Ref, sub: Ref, start: i64, end: i64) -> i64 {
    let r = rpy_str_find(s, sub, start, end);
    if r < 0 {
        raise_str(kind::VALUE_ERROR, "substring not found");
        return 0;
    }
    r
}

/// `s.count(sub, start, end)` on Rust values.
pub fn count_in(s: &str, charlen: usize, sub: &str, start: i64, end: i64) -> i64 {
    let ascii = charlen == s.len();
    let sublen = o::count_chars(sub.as_bytes()) as i64;
    let (start, end) = adjust_indices(start, end, charlen as i64);
    if end - start < sublen {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let bs = byte_at(s, ascii, start as usize);
    let be = bs + byte_at(&s[bs..], ascii, (end - start) as usize);
    s[bs..be].matches(sub).count() as i64
}

/// `s.count(sub, start, end)`.
///
/// # Safety
/// `s` and `sub` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_count(s: Ref, sub: Ref, start: i64, end: i64) -> i64 {
    count_in(text(s), o::str_charlen(s), text(sub), start, end)
}

/// `s.startswith(prefix)`.
///
/// # Safety
/// Both must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_startswith(s: Ref, prefix: Ref) -> bool {
    o::str_bytes(s).starts_with(o::str_bytes(prefix))
}

/// `s.endswith(suffix)`.
///
/// # Safety
/// Both must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_endswith(s: Ref, suffix: Ref) -> bool {
    o::str_bytes(s).ends_with(o::str_bytes(suffix))
}

// ---------------------------------------------------------------------------
// split / join
// ---------------------------------------------------------------------------

/// Pieces `(from, to)` (byte offsets) of `s.split(sep, maxsplit)` /
/// `rsplit` (`sep` None: whitespace), in order. None for an empty sep
/// (ValueError "empty separator").
pub fn split_ranges(
    s: &str,
    sep: Option<&str>,
    maxsplit: i64,
    reverse: bool,
) -> Option<Vec<(usize, usize)>> {
    let mut maxcount = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::new();
    match sep {
        Some("") => return None,
        Some(sep) if !reverse => {
            let mut i = 0;
            while maxcount > 0 {
                maxcount -= 1;
                let Some(p) = s[i..].find(sep) else { break };
                out.push((i, i + p));
                i = i + p + sep.len();
            }
            out.push((i, s.len()));
        }
        Some(sep) => {
            let mut j = s.len();
            while maxcount > 0 {
                maxcount -= 1;
                let Some(p) = s[..j].rfind(sep) else { break };
                out.push((p + sep.len(), j));
                j = p;
            }
            out.push((0, j));
            out.reverse();
        }
        None if !reverse => {
            let chars: Vec<(usize, char)> = s.char_indices().collect();
            let n = chars.len();
            let off = |k: usize| chars.get(k).map_or(s.len(), |&(b, _)| b);
            let (mut i, mut j);
            i = 0;
            while maxcount > 0 {
                maxcount -= 1;
                while i < n && unicode::is_space(chars[i].1) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                j = i;
                i += 1;
                while i < n && !unicode::is_space(chars[i].1) {
                    i += 1;
                }
                out.push((off(j), off(i)));
            }
            if i < n {
                while i < n && unicode::is_space(chars[i].1) {
                    i += 1;
                }
                if i != n {
                    out.push((off(i), s.len()));
                }
            }
        }
        None => {
            let chars: Vec<(usize, char)> = s.char_indices().collect();
            let off = |k: i64| chars.get(k as usize).map_or(s.len(), |&(b, _)| b);
            let mut i = chars.len() as i64 - 1;
            while maxcount > 0 {
                maxcount -= 1;
                while i >= 0 && unicode::is_space(chars[i as usize].1) {
                    i -= 1;
                }
                if i < 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i >= 0 && !unicode::is_space(chars[i as usize].1) {
                    i -= 1;
                }
                out.push((off(i + 1), off(j + 1)));
            }
            if i >= 0 {
                while i >= 0 && unicode::is_space(chars[i as usize].1) {
                    i -= 1;
                }
                if i >= 0 {
                    out.push((0, off(i + 1)));
                }
            }
            out.reverse();
        }
    }
    Some(out)
}

/// A new list[str] of the pieces `ranges` of `s`. May collect.
///
/// # Safety
/// `s` must be a valid str and `ranges` byte ranges on its character
/// boundaries; the GC must be initialised.
pub unsafe fn str_list_from_ranges(s: Ref, ranges: &[(usize, usize)]) -> RResult<Ref> {
    let ascii = o::str_is_ascii(s);
    let roots = Roots::new([s, null_mut()]);
    let l = o::new_list(o::TID_REF_ARRAY, ranges.len(), ranges.len())?;
    roots.set(1, l);
    for (k, &(from, to)) in ranges.iter().enumerate() {
        let s = roots.get(0);
        let charlen = if ascii {
            to - from
        } else {
            o::count_chars(&o::str_bytes(s)[from..to])
        };
        let piece = substr(s, from, to, charlen)?;
        o::store_item_ref(o::list_items(roots.get(1)), k, piece);
    }
    Ok(roots.get(1))
}

unsafe fn split_common(s: Ref, sep: Ref, maxsplit: i64, reverse: bool) -> Ref {
    let sep_text = if sep.is_null() { None } else { Some(text(sep)) };
    match split_ranges(text(s), sep_text, maxsplit, reverse) {
        Some(ranges) => or_null(str_list_from_ranges(s, &ranges)),
        None => {
            raise_str(kind::VALUE_ERROR, "empty separator");
            null_mut()
        }
    }
}

/// `s.split(sep, maxsplit)` (sep null: whitespace; maxsplit -1: all).
///
/// # Safety
/// `s` must be a valid str, `sep` null or a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_split(s: Ref, sep: Ref, maxsplit: i64) -> Ref {
    split_common(s, sep, maxsplit, false)
}

/// `s.rsplit(sep, maxsplit)`.
///
/// # Safety
/// As for [`rpy_str_split`].
#[no_mangle]
pub unsafe extern "C" fn rpy_str_rsplit(s: Ref, sep: Ref, maxsplit: i64) -> Ref {
    split_common(s, sep, maxsplit, true)
}

/// `sep.join(items)` for a list[str].
///
/// # Safety
/// `sep` must be a valid str and `lst` a valid list of strs; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_join(sep: Ref, lst: Ref) -> Ref {
    let n = o::list_len(lst);
    if n == 0 {
        return o::empty_str();
    }
    let items = o::list_items(lst);
    if n == 1 && !o::array_ref(items, 0).is_null() {
        return o::array_ref(items, 0);
    }
    let (sl, sc) = (o::str_len(sep), o::str_charlen(sep));
    let mut total = sl.saturating_mul(n - 1);
    let mut chars = sc.saturating_mul(n - 1);
    for k in 0..n {
        let it = o::array_ref(items, k);
        if !it.is_null() {
            total = total.saturating_add(o::str_len(it));
            chars += o::str_charlen(it);
        }
    }
    if total > isize::MAX as usize / 2 {
        raise_str(
            kind::OVERFLOW_ERROR,
            "join() result is too long for a Python string",
        );
        return null_mut();
    }
    let roots = Roots::new([sep, lst]);
    let Ok(r) = o::alloc_str(total, chars) else {
        return null_mut();
    };
    let (sep, items) = (roots.get(0), o::list_items(roots.get(1)));
    let d = o::str_data(r);
    let mut at = 0;
    for k in 0..n {
        if k > 0 && sl > 0 {
            std::ptr::copy_nonoverlapping(o::str_data(sep), d.add(at), sl);
            at += sl;
        }
        let it = o::array_ref(items, k);
        if !it.is_null() {
            let l = o::str_len(it);
            std::ptr::copy_nonoverlapping(o::str_data(it), d.add(at), l);
            at += l;
        }
    }
    r
}

// ---------------------------------------------------------------------------
// strip / replace / case
// ---------------------------------------------------------------------------

/// Byte range kept by `strip` (which: 0 both, 1 left, 2 right).
pub fn strip_range(s: &str, chars: Option<&str>, which: i64) -> (usize, usize) {
    let strip_it = |c: char| match chars {
        None => unicode::is_space(c),
        Some(set) => set.contains(c),
    };
    let mut from = 0;
    let mut to = s.len();
    if which != 2 {
        from = s
            .char_indices()
            .find(|&(_, c)| !strip_it(c))
            .map_or(s.len(), |(i, _)| i);
    }
    if which != 1 {
        to = s[from..]
            .char_indices()
            .rev()
            .find(|&(_, c)| !strip_it(c))
            .map_or(from, |(i, c)| from + i + c.len_utf8());
    }
    (from, to)
}

/// `s.strip(chars)` / `lstrip` / `rstrip`.
///
/// # Safety
/// `s` must be a valid str, `chars` null or a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_strip(s: Ref, chars: Ref, which: i64) -> Ref {
    let t = text(s);
    let set = if chars.is_null() {
        None
    } else {
        Some(text(chars))
    };
    let (from, to) = strip_range(t, set, which);
    let charlen = if o::str_is_ascii(s) {
        to - from
    } else {
        o::count_chars(&t.as_bytes()[from..to])
    };
    or_null(substr(s, from, to, charlen))
}

/// `s.replace(old, new, count)` on Rust values; None when nothing changes.
pub fn replace_text(s: &str, old: &str, new: &str, count: i64) -> Option<String> {
    let slen = o::count_chars(s.as_bytes());
    let oldlen = o::count_chars(old.as_bytes());
    let maxcount = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if slen < oldlen || maxcount == 0 || old == new {
        return None;
    }
    let mut out = String::new();
    if old.is_empty() {
        // `new` goes before each of the first n positions 0..=slen.
        let n = maxcount.min(slen + 1);
        for (k, c) in s.chars().enumerate() {
            if k < n {
                out.push_str(new);
            }
            out.push(c);
        }
        if n == slen + 1 {
            out.push_str(new);
        }
        return Some(out);
    }
    let mut n = 0;
    let mut last = 0;
    for (i, _) in s.match_indices(old) {
        if n == maxcount {
            break;
        }
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
        n += 1;
    }
    if n == 0 {
        return None;
    }
    out.push_str(&s[last..]);
    Some(out)
}

/// `s.replace(old, new, count)` (count -1: all).
///
/// # Safety
/// All three must be valid strs; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_replace(s: Ref, old: Ref, new: Ref, count: i64) -> Ref {
    match replace_text(text(s), text(old), text(new), count) {
        None => s,
        Some(r) => or_null(o::new_str(&r)),
    }
}

unsafe fn case_map(s: Ref, upper: bool) -> Ref {
    let b = o::str_bytes(s);
    if o::str_is_ascii(s) {
        let changes = if upper {
            b.iter().any(u8::is_ascii_lowercase)
        } else {
            b.iter().any(u8::is_ascii_uppercase)
        };
        if !changes {
            return s;
        }
        let len = b.len();
        let roots = Roots::new([s]);
        let Ok(r) = o::alloc_str(len, len) else {
            return null_mut();
        };
        let src = o::str_bytes(roots.get(0));
        let d = std::slice::from_raw_parts_mut(o::str_data(r), len);
        for (x, &c) in d.iter_mut().zip(src) {
            *x = if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
        }
        return r;
    }
    let t = text(s);
    let mapped = if upper {
        t.to_uppercase()
    } else {
        t.to_lowercase()
    };
    if mapped == t {
        return s;
    }
    or_null(o::new_str(&mapped))
}

/// `s.upper()` (full Unicode case mapping: `'ß'.upper() == 'SS'`).
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_upper(s: Ref) -> Ref {
    case_map(s, true)
}

/// `s.lower()`.
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_lower(s: Ref) -> Ref {
    case_map(s, false)
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

unsafe fn all_chars(s: Ref, ascii: fn(&u8) -> bool, uni: fn(char) -> bool) -> bool {
    let b = o::str_bytes(s);
    if b.is_empty() {
        return false;
    }
    if o::str_is_ascii(s) {
        b.iter().all(ascii)
    } else {
        text(s).chars().all(uni)
    }
}

/// `s.isdigit()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_isdigit(s: Ref) -> bool {
    all_chars(s, u8::is_ascii_digit, unicode::is_digit)
}

/// `s.isalpha()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_isalpha(s: Ref) -> bool {
    all_chars(s, u8::is_ascii_alphabetic, unicode::is_alpha)
}

/// `s.isalnum()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_isalnum(s: Ref) -> bool {
    all_chars(s, u8::is_ascii_alphanumeric, unicode::is_alnum)
}

/// `s.isspace()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_isspace(s: Ref) -> bool {
    all_chars(s, |&b| unicode::is_space(b as char), unicode::is_space)
}

/// `islower` (`upper` false) / `isupper` (`upper` true): no character of
/// the other case (or titlecase), at least one of this case.
fn is_cased(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (this, other) = if upper {
            (unicode::is_upper(c), unicode::is_lower(c))
        } else {
            (unicode::is_lower(c), unicode::is_upper(c))
        };
        if other || unicode::is_title(c) {
            return false;
        }
        cased |= this;
    }
    cased
}

/// `s.isupper()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_isupper(s: Ref) -> bool {
    is_cased(text(s), true)
}

/// `s.islower()`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_islower(s: Ref) -> bool {
    is_cased(text(s), false)
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

unsafe fn fill_char(fill: Ref) -> RResult<char> {
    if fill.is_null() {
        return Ok(' ');
    }
    if o::str_charlen(fill) != 1 {
        return Err(raise_str(
            kind::TYPE_ERROR,
            "The fill character must be exactly one character long",
        ));
    }
    Ok(text(fill).chars().next().unwrap_or(' '))
}

/// `s` with `left` and `right` fill characters around it.
unsafe fn pad(s: Ref, left: usize, right: usize, fill: char) -> RResult<Ref> {
    if left == 0 && right == 0 {
        return Ok(s);
    }
    let fl = fill.len_utf8();
    let len = o::str_len(s);
    let total = (left + right)
        .checked_mul(fl)
        .and_then(|x| x.checked_add(len))
        .filter(|&t| t <= isize::MAX as usize / 4)
        .ok_or_else(|| {
            // SAFETY: raising the prebuilt MemoryError allocates nothing.
            unsafe { crate::exc::rpy_raise_memory_error() };
            Raised
        })?;
    let charlen = o::str_charlen(s) + left + right;
    let roots = Roots::new([s]);
    let r = o::alloc_str(total, charlen)?;
    let d = std::slice::from_raw_parts_mut(o::str_data(r), total);
    let mut buf = [0u8; 4];
    let fb = fill.encode_utf8(&mut buf).as_bytes();
    let mut at = 0;
    for _ in 0..left {
        d[at..at + fl].copy_from_slice(fb);
        at += fl;
    }
    d[at..at + len].copy_from_slice(o::str_bytes(roots.get(0)));
    at += len;
    for _ in 0..right {
        d[at..at + fl].copy_from_slice(fb);
        at += fl;
    }
    Ok(r)
}

unsafe fn justify(s: Ref, width: i64, fill: Ref, how: u8) -> Ref {
    let Ok(f) = fill_char(fill) else {
        return null_mut();
    };
    let n = o::str_charlen(s) as i64;
    if width <= n {
        return s;
    }
    let marg = width - n;
    let (l, r) = match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    or_null(pad(s, l as usize, r as usize, f))
}

/// `s.ljust(width, fill)`.
///
/// # Safety
/// `s` must be a valid str, `fill` a valid str (or null: space).
#[no_mangle]
pub unsafe extern "C" fn rpy_str_ljust(s: Ref, width: i64, fill: Ref) -> Ref {
    justify(s, width, fill, b'l')
}

/// `s.rjust(width, fill)`.
///
/// # Safety
/// As for [`rpy_str_ljust`].
#[no_mangle]
pub unsafe extern "C" fn rpy_str_rjust(s: Ref, width: i64, fill: Ref) -> Ref {
    justify(s, width, fill, b'r')
}

/// `s.center(width, fill)`.
///
/// # Safety
/// As for [`rpy_str_ljust`].
#[no_mangle]
pub unsafe extern "C" fn rpy_str_center(s: Ref, width: i64, fill: Ref) -> Ref {
    justify(s, width, fill, b'c')
}

/// `s.zfill(width)`.
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_zfill(s: Ref, width: i64) -> Ref {
    let n = o::str_charlen(s) as i64;
    if width <= n {
        return s;
    }
    let fill = (width - n) as usize;
    let Ok(r) = pad(s, fill, 0, '0') else {
        return null_mut();
    };
    let d = o::str_data(r);
    let first = *d.add(fill);
    if first == b'+' || first == b'-' {
        *d = first;
        *d.add(fill) = b'0';
    }
    r
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

/// `ord(s)`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_ord(s: Ref) -> i64 {
    let n = o::str_charlen(s);
    if n != 1 {
        raise_str(
            kind::TYPE_ERROR,
            &format!("ord() expected a character, but string of length {n} found"),
        );
        return 0;
    }
    text(s).chars().next().map_or(0, |c| c as i64)
}

/// `chr(i)`. Lone surrogates cannot be stored in UTF-8: UnicodeError
/// "surrogates not allowed" (CPython accepts them).
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_chr(i: i64) -> Ref {
    if !(0..=0x10FFFF).contains(&i) {
        raise_str(kind::VALUE_ERROR, "chr() arg not in range(0x110000)");
        return null_mut();
    }
    match char::from_u32(i as u32) {
        Some(c) => or_null(char_str(c)),
        None => {
            raise_str(kind::UNICODE_ERROR, "surrogates not allowed");
            null_mut()
        }
    }
}

/// Byte length of the UTF-8 sequence starting with `b`.
#[inline(always)]
fn utf8_width(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The character starting at byte `pos` of `s`, as a str ("" past the end).
///
/// # Safety
/// `s` must be a valid str; `pos` a character boundary; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_char_at(s: Ref, pos: i64) -> Ref {
    let len = o::str_len(s);
    if pos < 0 || pos as usize >= len {
        return o::empty_str();
    }
    let b = *o::str_data(s).add(pos as usize);
    if b < 0x80 {
        return o::ascii_char(b);
    }
    let w = utf8_width(b).min(len - pos as usize);
    let bytes = &o::str_bytes(s)[pos as usize..pos as usize + w];
    let c = std::str::from_utf8(bytes)
        .ok()
        .and_then(|t| t.chars().next())
        .unwrap_or('\u{fffd}');
    or_null(char_str(c))
}

/// The byte position after the character starting at `pos`.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_next_pos(s: Ref, pos: i64) -> i64 {
    let len = o::str_len(s);
    if pos < 0 || pos as usize >= len {
        return pos + 1;
    }
    pos + utf8_width(*o::str_data(s).add(pos as usize)) as i64
}

/// `repr(s)`.
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_repr(s: Ref) -> Ref {
    let r = unicode::repr(text(s));
    or_null(o::new_str(&r))
}

// ---------------------------------------------------------------------------
// The string builder
// ---------------------------------------------------------------------------

/// A builder with room for `cap` bytes.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_strbuf_new(cap: i64) -> Ref {
    let cap = cap.clamp(0, 1 << 40) as usize;
    let Ok(buf) = o::alloc_str(cap, 0) else {
        return null_mut();
    };
    let roots = Roots::new([buf]);
    let Ok(sb) = o::alloc_fixed(o::TID_STRBUF, o::strbuf::SIZE as usize) else {
        return null_mut();
    };
    o::store_ref(sb, o::strbuf::BUF, roots.get(0));
    sb
}

/// Appends `s` to the builder (growing its storage by doubling).
///
/// # Safety
/// `sb` must be a valid builder and `s` a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_strbuf_append(sb: Ref, s: Ref) {
    let len = o::get_i64(sb, o::strbuf::LEN) as usize;
    let slen = o::str_len(s);
    if slen == 0 {
        return;
    }
    let mut buf = o::get_ref(sb, o::strbuf::BUF);
    let cap = o::str_len(buf);
    let roots = Roots::new([sb, s]);
    if len + slen > cap {
        let newcap = (len + slen).max(cap.saturating_mul(2)).max(16);
        let Ok(nb) = o::alloc_str(newcap, 0) else {
            return;
        };
        let sb = roots.get(0);
        let old = o::get_ref(sb, o::strbuf::BUF);
        std::ptr::copy_nonoverlapping(o::str_data(old), o::str_data(nb), len);
        o::store_ref(sb, o::strbuf::BUF, nb);
        buf = nb;
    }
    let (sb, s) = (roots.get(0), roots.get(1));
    std::ptr::copy_nonoverlapping(o::str_data(s), o::str_data(buf).add(len), slen);
    o::set_i64(sb, o::strbuf::LEN, (len + slen) as i64);
    let cl = o::get_i64(sb, o::strbuf::CHARLEN) + o::str_charlen(s) as i64;
    o::set_i64(sb, o::strbuf::CHARLEN, cl);
}

/// The builder's contents as a new str (the builder stays usable).
///
/// # Safety
/// `sb` must be a valid builder; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_strbuf_build(sb: Ref) -> Ref {
    let len = o::get_i64(sb, o::strbuf::LEN) as usize;
    let charlen = o::get_i64(sb, o::strbuf::CHARLEN) as usize;
    let buf = o::get_ref(sb, o::strbuf::BUF);
    if len <= 1 {
        return if len == 0 {
            o::empty_str()
        } else {
            o::ascii_char(*o::str_data(buf))
        };
    }
    let roots = Roots::new([sb]);
    let Ok(r) = o::alloc_str(len, charlen) else {
        return null_mut();
    };
    let buf = o::get_ref(roots.get(0), o::strbuf::BUF);
    std::ptr::copy_nonoverlapping(o::str_data(buf), o::str_data(r), len);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_helpers() {
        assert_eq!(find_in("héllo", 5, "l", NONE, NONE, false), 2);
        assert_eq!(find_in("héllo", 5, "l", NONE, NONE, true), 3);
        assert_eq!(find_in("abc", 3, "", 5, NONE, false), -1);
        assert_eq!(find_in("abc", 3, "", 3, NONE, false), 3);
        assert_eq!(count_in("aaaa", 4, "aa", NONE, NONE), 2);
        assert_eq!(count_in("abc", 3, "", 1, NONE), 3);
        assert_eq!(replace_text("abc", "", "-", -1).unwrap(), "-a-b-c-");
        assert_eq!(replace_text("abc", "", "-", 2).unwrap(), "-a-bc");
        assert_eq!(replace_text("", "", "x", -1).unwrap(), "x");
        assert_eq!(replace_text("aaa", "a", "b", 2).unwrap(), "bba");
        assert_eq!(replace_text("abc", "x", "y", -1), None);
        assert_eq!(strip_range("  ab  ", None, 0), (2, 4));
        assert_eq!(strip_range("xxabyy", Some("xy"), 1), (2, 6));
        let r = split_ranges("  a b  c ", None, 1, false).unwrap();
        assert_eq!(r, vec![(2, 3), (4, 9)]);
        let r = split_ranges("  a b  c ", None, 1, true).unwrap();
        assert_eq!(r, vec![(0, 5), (7, 8)]);
        let r = split_ranges("a,b,,c", Some(","), -1, false).unwrap();
        assert_eq!(r, vec![(0, 1), (2, 3), (4, 4), (5, 6)]);
        assert!(split_ranges("a", Some(""), -1, false).is_none());
        assert_ne!(hash_bytes(b"abc"), hash_bytes(b"abd"));
    }
}

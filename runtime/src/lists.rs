//! `list` operations, generic over the item array's type: the item size,
//! the offset of item 0 and whether items hold GC pointers come from the
//! type table the program registered (`abi::type_layout`).
//!
//! What this module keeps true:
//! - A list's `items` is never null; its length (the capacity) is at least
//!   the list's `len`. Items past `len` are zero whenever the runtime
//!   exposes them (growing zeroes them; shrinking zeroes what it drops, so
//!   dead objects are not kept alive).
//! - Growth follows CPython's `list_resize` (over-allocation of 1/8 + 6,
//!   rounded to 4; shrinking below half the capacity reallocates).
//! - Moving or bulk-copying GC pointers within or into an array calls the
//!   whole-object write barrier first (docs/runtime-abi.md, "Bulk copies").
//! - Sorts are stable merge sorts that only ever ask `a < b`, so they
//!   never fail on inconsistent orders (NaN): lists without NaN come out
//!   exactly as CPython's timsort leaves them; NaNs end up wherever the
//!   merge sort puts them (CPython's result depends on timsort's runs).
//!   `reverse=True` reverses, sorts, reverses (CPython's stability rule).

use crate::abi::{type_layout, TypeLayout};
use crate::exc::raise_str;
use crate::objects::{self as o, kind, RResult, Ref, Roots};
use crate::strings::slice_indices;
use std::ptr::null_mut;

/// Layout of an item array.
#[derive(Clone, Copy)]
struct Arr {
    tid: u32,
    lay: TypeLayout,
}

impl Arr {
    unsafe fn of(items: Ref) -> Arr {
        let tid = o::tid_of(items);
        let lay = type_layout(tid).unwrap_or(TypeLayout {
            size: o::array::ITEMS,
            varsize: true,
            item_size: 8,
            length_offset: o::array::LEN,
            items_have_ptrs: false,
        });
        Arr { tid, lay }
    }

    #[inline]
    unsafe fn item(&self, items: Ref, i: usize) -> *mut u8 {
        (items as *mut u8).add(self.lay.size + i * self.lay.item_size)
    }

    #[inline]
    unsafe fn cap(&self, items: Ref) -> usize {
        o::get_i64(items, self.lay.length_offset) as usize
    }

    unsafe fn alloc(&self, cap: usize) -> RResult<Ref> {
        o::alloc_var(
            self.tid,
            self.lay.size,
            self.lay.item_size,
            self.lay.length_offset,
            cap,
        )
    }

    /// Copies `n` items from `src[from..]` to `dst[to..]` (may overlap).
    unsafe fn copy(&self, src: Ref, from: usize, dst: Ref, to: usize, n: usize) {
        if n == 0 {
            return;
        }
        if self.lay.items_have_ptrs {
            o::barrier_bulk(dst);
        }
        std::ptr::copy(
            self.item(src, from),
            self.item(dst, to),
            n * self.lay.item_size,
        );
    }

    unsafe fn zero(&self, items: Ref, from: usize, to: usize) {
        if to > from {
            std::ptr::write_bytes(self.item(items, from), 0, (to - from) * self.lay.item_size);
        }
    }
}

/// CPython's `list_resize` capacity for `newsize` items, from `len`.
fn grown_capacity(len: usize, newsize: usize) -> usize {
    if newsize == 0 {
        return 0;
    }
    let mut cap = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - len.min(newsize) > cap - newsize {
        cap = (newsize + 3) & !3;
    }
    cap
}

/// Sets the length of `l` to `newsize`, reallocating like `list_resize`.
/// May collect; `l` is rooted here. Returns `l` reloaded.
unsafe fn resize(l: Ref, newsize: usize) -> RResult<Ref> {
    let items = o::list_items(l);
    let a = Arr::of(items);
    let cap = a.cap(items);
    let len = o::list_len(l);
    if cap >= newsize && newsize >= (cap >> 1) {
        if newsize > len {
            a.zero(items, len, newsize);
        } else {
            a.zero(items, newsize, len);
        }
        o::set_i64(l, o::list::LEN, newsize as i64);
        return Ok(l);
    }
    if newsize > (isize::MAX as usize / 2) / a.lay.item_size.max(1) {
        crate::exc::rpy_raise_memory_error();
        return Err(o::Raised);
    }
    let roots = Roots::new([l]);
    let new = a.alloc(grown_capacity(len, newsize))?;
    let l = roots.get(0);
    a.copy(o::list_items(l), 0, new, 0, len.min(newsize));
    o::store_ref(l, o::list::ITEMS, new);
    o::set_i64(l, o::list::LEN, newsize as i64);
    Ok(l)
}

/// A new list of `len` zeroed items whose item array has type `tid`.
///
/// # Safety
/// `tid` must be a var-sized type of the table; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_new(len: i64, tid: i64) -> Ref {
    let len = len.max(0) as usize;
    o::new_list(tid as u32, len, len).unwrap_or(null_mut())
}

/// Sets the length to `n` (items beyond the old length zeroed).
///
/// # Safety
/// `l` must be a valid list; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_resize(l: Ref, n: i64) {
    let _ = resize(l, n.max(0) as usize);
}

/// Opens a gap at `index` (clamped like `list.insert`); returns the index.
///
/// # Safety
/// `l` must be a valid list; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_insert_gap(l: Ref, index: i64) -> i64 {
    let n = o::list_len(l) as i64;
    let mut i = index;
    if i < 0 {
        i += n;
        if i < 0 {
            i = 0;
        }
    } else if i > n {
        i = n;
    }
    let Ok(l) = resize(l, n as usize + 1) else {
        return 0;
    };
    let items = o::list_items(l);
    let a = Arr::of(items);
    a.copy(items, i as usize, items, i as usize + 1, (n - i) as usize);
    a.zero(items, i as usize, i as usize + 1);
    i
}

/// Removes item `index` (in range).
///
/// # Safety
/// `l` must be a valid list and `0 <= index < len`.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_delete(l: Ref, index: i64) {
    let n = o::list_len(l);
    if index < 0 || index as usize >= n {
        return;
    }
    let items = o::list_items(l);
    let a = Arr::of(items);
    let i = index as usize;
    a.copy(items, i + 1, items, i, n - i - 1);
    a.zero(items, n - 1, n);
    o::set_i64(l, o::list::LEN, (n - 1) as i64);
}

/// A new list of `count` items of `l` from `start` by `step`.
unsafe fn slice(l: Ref, start: i64, step: i64, count: usize) -> RResult<Ref> {
    let a = Arr::of(o::list_items(l));
    let roots = Roots::new([l]);
    let new = o::new_list(a.tid, count, count)?;
    let src = o::list_items(roots.get(0));
    let dst = o::list_items(new);
    if step == 1 {
        a.copy(src, start as usize, dst, 0, count);
    } else {
        if a.lay.items_have_ptrs {
            o::barrier_bulk(dst);
        }
        let sz = a.lay.item_size;
        let mut i = start;
        for k in 0..count {
            std::ptr::copy_nonoverlapping(a.item(src, i as usize), a.item(dst, k), sz);
            i += step;
        }
    }
    Ok(new)
}

/// `l[start:stop:step]`.
///
/// # Safety
/// `l` must be a valid list; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_slice(l: Ref, start: i64, stop: i64, step: i64) -> Ref {
    let Ok((start, step, count)) = slice_indices(o::list_len(l), start, stop, step) else {
        return null_mut();
    };
    slice(l, start, step, count).unwrap_or(null_mut())
}

/// `del l[start:stop:step]`.
///
/// # Safety
/// `l` must be a valid list.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_del_slice(l: Ref, start: i64, stop: i64, step: i64) {
    let n = o::list_len(l);
    let Ok((start, step, count)) = slice_indices(n, start, stop, step) else {
        return;
    };
    if count == 0 {
        return;
    }
    // The deleted indices, ascending: lo, lo + |step|, ...
    let (lo, st) = if step > 0 {
        (start as usize, step as usize)
    } else {
        (
            (start + step * (count as i64 - 1)) as usize,
            (-step) as usize,
        )
    };
    let items = o::list_items(l);
    let a = Arr::of(items);
    if a.lay.items_have_ptrs {
        o::barrier_bulk(items);
    }
    let sz = a.lay.item_size;
    let mut w = lo;
    let mut next_del = lo;
    let mut deleted = 0;
    for r in lo..n {
        if deleted < count && r == next_del {
            deleted += 1;
            next_del += st;
            continue;
        }
        if w != r {
            std::ptr::copy_nonoverlapping(a.item(items, r), a.item(items, w), sz);
        }
        w += 1;
    }
    a.zero(items, w, n);
    o::set_i64(l, o::list::LEN, w as i64);
}

/// `dst.extend(src)` (`src` may be `dst`).
///
/// # Safety
/// Both must be valid lists with the same item type; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_extend(dst: Ref, src: Ref) {
    let n = o::list_len(dst);
    let m = o::list_len(src);
    if m == 0 {
        return;
    }
    let roots = Roots::new([dst, src]);
    let Ok(dst) = resize(dst, n + m) else {
        return;
    };
    let src = roots.get(1);
    let items = o::list_items(dst);
    Arr::of(items).copy(o::list_items(src), 0, items, n, m);
}

/// `a + b` as a new list.
///
/// # Safety
/// Both must be valid lists with the same item type; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_concat(a: Ref, b: Ref) -> Ref {
    let (la, lb) = (o::list_len(a), o::list_len(b));
    let arr = Arr::of(o::list_items(a));
    let roots = Roots::new([a, b]);
    let Ok(new) = o::new_list(arr.tid, la + lb, la + lb) else {
        return null_mut();
    };
    let dst = o::list_items(new);
    arr.copy(o::list_items(roots.get(0)), 0, dst, 0, la);
    arr.copy(o::list_items(roots.get(1)), 0, dst, la, lb);
    new
}

/// `l * n` as a new list.
///
/// # Safety
/// `l` must be a valid list; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_repeat(l: Ref, n: i64) -> Ref {
    let len = o::list_len(l);
    let arr = Arr::of(o::list_items(l));
    let n = n.max(0) as usize;
    let Some(total) = len
        .checked_mul(n)
        .filter(|&t| t <= (isize::MAX as usize / 2) / arr.lay.item_size.max(1))
    else {
        crate::exc::rpy_raise_memory_error();
        return null_mut();
    };
    let roots = Roots::new([l]);
    let Ok(new) = o::new_list(arr.tid, total, total) else {
        return null_mut();
    };
    if total == 0 {
        return new;
    }
    let dst = o::list_items(new);
    arr.copy(o::list_items(roots.get(0)), 0, dst, 0, len);
    let mut done = len;
    while done < total {
        let k = done.min(total - done);
        arr.copy(dst, 0, dst, done, k);
        done += k;
    }
    new
}

/// Reverses `n` items of `sz` bytes in place.
unsafe fn reverse_items(a: &Arr, items: Ref, n: usize) {
    if n < 2 {
        return;
    }
    if a.lay.items_have_ptrs {
        o::barrier_bulk(items);
    }
    let sz = a.lay.item_size;
    let (mut i, mut j) = (0, n - 1);
    while i < j {
        std::ptr::swap_nonoverlapping(a.item(items, i), a.item(items, j), sz);
        i += 1;
        j -= 1;
    }
}

/// `l.reverse()`.
///
/// # Safety
/// `l` must be a valid list.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_reverse(l: Ref) {
    let items = o::list_items(l);
    reverse_items(&Arr::of(items), items, o::list_len(l));
}

/// `l.copy()`.
///
/// # Safety
/// `l` must be a valid list; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_copy(l: Ref) -> Ref {
    slice(l, 0, 1, o::list_len(l)).unwrap_or(null_mut())
}

/// `l.clear()` (the capacity is kept, the items zeroed).
///
/// # Safety
/// `l` must be a valid list.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_clear(l: Ref) {
    let items = o::list_items(l);
    Arr::of(items).zero(items, 0, o::list_len(l));
    o::set_i64(l, o::list::LEN, 0);
}

// ---------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------

/// Stable merge sort that only asks `lt(a, b)` ("a < b").
pub fn merge_sort<T: Copy>(v: &mut [T], lt: &impl Fn(&T, &T) -> bool) {
    const RUN: usize = 16;
    let n = v.len();
    if n < 2 {
        return;
    }
    for chunk in v.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let x = chunk[i];
            let mut j = i;
            while j > 0 && lt(&x, &chunk[j - 1]) {
                chunk[j] = chunk[j - 1];
                j -= 1;
            }
            chunk[j] = x;
        }
    }
    if n <= RUN {
        return;
    }
    let mut buf: Vec<T> = v.to_vec();
    let mut width = RUN;
    let mut from_v = true;
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if from_v {
                (&*v, &mut buf[..])
            } else {
                (&buf[..], &mut *v)
            };
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if lt(&src[j], &src[i]) {
                        dst[k] = src[j];
                        j += 1;
                    } else {
                        dst[k] = src[i];
                        i += 1;
                    }
                    k += 1;
                }
                dst[k..k + mid - i].copy_from_slice(&src[i..mid]);
                k += mid - i;
                dst[k..k + hi - j].copy_from_slice(&src[j..hi]);
                lo = hi;
            }
        }
        from_v = !from_v;
        width *= 2;
    }
    if !from_v {
        v.copy_from_slice(&buf);
    }
}

/// CPython's `list.sort(reverse=...)` on a vector.
pub fn sort_values<T: Copy>(v: &mut [T], reverse: bool, lt: impl Fn(&T, &T) -> bool) {
    if reverse {
        v.reverse();
    }
    merge_sort(v, &lt);
    if reverse {
        v.reverse();
    }
}

/// Reads the `n` items of a list of numbers/refs as values of `T`
/// (`size_of::<T>() == item size`).
unsafe fn read_items<T: Copy>(a: &Arr, items: Ref, n: usize) -> Vec<T> {
    (0..n).map(|i| *(a.item(items, i) as *const T)).collect()
}

unsafe fn write_items<T: Copy>(a: &Arr, items: Ref, v: &[T]) {
    for (i, x) in v.iter().enumerate() {
        *(a.item(items, i) as *mut T) = *x;
    }
}

unsafe fn str_lt(a: &Ref, b: &Ref) -> bool {
    o::str_bytes(*a) < o::str_bytes(*b)
}

/// Sorts the list in place as `kind` 0 int, 1 float, 2 str.
unsafe fn sort_list(l: Ref, kind_: i64, reverse: bool) {
    let items = o::list_items(l);
    let a = Arr::of(items);
    let n = o::list_len(l);
    match (kind_, a.lay.item_size) {
        (0, 1) => {
            let mut v: Vec<i8> = read_items(&a, items, n);
            sort_values(&mut v, reverse, |x, y| x < y);
            write_items(&a, items, &v);
        }
        (0, _) => {
            let mut v: Vec<i64> = read_items(&a, items, n);
            sort_values(&mut v, reverse, |x, y| x < y);
            write_items(&a, items, &v);
        }
        (1, _) => {
            let mut v: Vec<f64> = read_items(&a, items, n);
            sort_values(&mut v, reverse, |x, y| x < y);
            write_items(&a, items, &v);
        }
        _ => {
            let mut v: Vec<Ref> = read_items(&a, items, n);
            sort_values(&mut v, reverse, |x, y| str_lt(x, y));
            o::barrier_bulk(items);
            write_items(&a, items, &v);
        }
    }
}

/// `l.sort(reverse=r)` for a list of ints (or bools).
///
/// # Safety
/// `l` must be a valid list of ints.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_sort_int(l: Ref, reverse: bool) {
    sort_list(l, 0, reverse)
}

/// `l.sort(reverse=r)` for a list of floats.
///
/// # Safety
/// `l` must be a valid list of floats.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_sort_float(l: Ref, reverse: bool) {
    sort_list(l, 1, reverse)
}

/// `l.sort(reverse=r)` for a list of strs.
///
/// # Safety
/// `l` must be a valid list of strs.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_sort_str(l: Ref, reverse: bool) {
    sort_list(l, 2, reverse)
}

/// Reorders `l` (any item type) and `keys` by the permutation that stably
/// sorts `keys` (kind 0 int, 1 float, 2 str): `l.sort(key=..., reverse=r)`.
///
/// # Safety
/// `l` and `keys` must be valid lists of the same length.
#[no_mangle]
pub unsafe extern "C" fn rpy_list_sort_by_keys(l: Ref, keys: Ref, kind_: i64, reverse: bool) {
    let n = o::list_len(l).min(o::list_len(keys));
    let kitems = o::list_items(keys);
    let ka = Arr::of(kitems);
    let mut perm: Vec<usize> = (0..n).collect();
    match (kind_, ka.lay.item_size) {
        (0, 1) => {
            let k: Vec<i8> = read_items(&ka, kitems, n);
            sort_values(&mut perm, reverse, |&x, &y| k[x] < k[y]);
        }
        (0, _) => {
            let k: Vec<i64> = read_items(&ka, kitems, n);
            sort_values(&mut perm, reverse, |&x, &y| k[x] < k[y]);
        }
        (1, _) => {
            let k: Vec<f64> = read_items(&ka, kitems, n);
            sort_values(&mut perm, reverse, |&x, &y| k[x] < k[y]);
        }
        (2, _) => {
            let k: Vec<Ref> = read_items(&ka, kitems, n);
            sort_values(&mut perm, reverse, |&x, &y| str_lt(&k[x], &k[y]));
        }
        _ => {
            raise_str(kind::TYPE_ERROR, "unsupported sort key kind");
            return;
        }
    }
    for list in [l, keys] {
        let items = o::list_items(list);
        let a = Arr::of(items);
        let sz = a.lay.item_size;
        let old: Vec<u8> = std::slice::from_raw_parts(a.item(items, 0), n * sz).to_vec();
        if a.lay.items_have_ptrs {
            o::barrier_bulk(items);
        }
        for (i, &p) in perm.iter().enumerate() {
            std::ptr::copy_nonoverlapping(old.as_ptr().add(p * sz), a.item(items, i), sz);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable() {
        let mut v: Vec<(i32, usize)> = (0..1000).map(|i| ((i * 7919 % 13) as i32, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|p| p.0);
        merge_sort(&mut v, &|a: &(i32, usize), b: &(i32, usize)| a.0 < b.0);
        assert_eq!(v, want);
        let mut w: Vec<(i32, usize)> = (0..100).map(|i| ((i % 3) as i32, i)).collect();
        sort_values(&mut w, true, |a, b| a.0 < b.0);
        // reverse=True: descending keys, equal keys in original order.
        assert_eq!(&w[..3], &[(2, 2), (2, 5), (2, 8)]);
    }

    #[test]
    fn capacities() {
        assert_eq!(grown_capacity(0, 1), 4);
        assert_eq!(grown_capacity(4, 5), 8);
        assert_eq!(grown_capacity(8, 9), 16);
        assert_eq!(grown_capacity(0, 100), 100);
        assert_eq!(grown_capacity(0, 0), 0);
    }
}

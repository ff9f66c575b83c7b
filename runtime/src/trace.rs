//! Enumerates the GC-pointer slots of an object from its type descriptor.
//!
//! Only slots named by the type table are visited: arrays of numbers are
//! never scanned item by item.

use crate::header::ObjPtr;
use crate::types::{TypeDesc, TypeTable};

/// Calls `f` on each GC-pointer slot of the fixed part of `obj`.
///
/// # Safety
/// `obj` must be a valid object of type `d`.
#[inline(always)]
pub unsafe fn fixed(d: &TypeDesc, obj: ObjPtr, mut f: impl FnMut(*mut ObjPtr)) {
    for &off in d.ptr_offsets.iter() {
        f((obj as *mut u8).add(off as usize) as *mut ObjPtr);
    }
}

/// Calls `f` on each GC-pointer slot of items `from..to` of `obj`.
///
/// # Safety
/// `obj` must be a valid var-sized object of type `d` with at least `to` items.
#[inline(always)]
pub unsafe fn items(
    d: &TypeDesc,
    obj: ObjPtr,
    from: usize,
    to: usize,
    mut f: impl FnMut(*mut ObjPtr),
) {
    let base = (obj as *mut u8).add(d.size);
    if d.item_ptr_offsets.len() == 1 {
        let off = d.item_ptr_offsets[0] as usize;
        for i in from..to {
            f(base.add(i * d.item_size + off) as *mut ObjPtr);
        }
        return;
    }
    for i in from..to {
        let item = base.add(i * d.item_size);
        for &off in d.item_ptr_offsets.iter() {
            f(item.add(off as usize) as *mut ObjPtr);
        }
    }
}

/// Calls `f` on every GC-pointer slot of `obj`.
///
/// # Safety
/// `obj` must be a valid object of type `d`.
#[inline(always)]
pub unsafe fn all(d: &TypeDesc, obj: ObjPtr, mut f: impl FnMut(*mut ObjPtr)) {
    fixed(d, obj, &mut f);
    if d.items_have_ptrs() {
        let len = TypeTable::length_of(d, obj);
        items(d, obj, 0, len, f);
    }
}

/// True if objects of type `d` may hold GC pointers.
#[inline]
pub fn has_ptrs(d: &TypeDesc) -> bool {
    !d.ptr_offsets.is_empty() || d.items_have_ptrs()
}

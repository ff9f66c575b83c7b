//! The shadow stack: the only roots of the heap besides prebuilt objects.
//!
//! Compiled code stores each GC pointer that must survive a call that may
//! collect in a slot between `base` and `top`, and pops it after. Slots hold
//! null or the address of an object header; the collector rewrites slots
//! whose object moved. The top pointer lives in [`crate::Gc`] (and in the
//! exported global `rpy_shadowstack_top` for compiled code).

use crate::header::ObjPtr;
use crate::os;

pub struct ShadowStack {
    pub base: *mut ObjPtr,
    pub limit: *mut ObjPtr,
    bytes: usize,
}

impl ShadowStack {
    /// Reserves `slots` slots; pages are committed only when touched.
    pub fn new(slots: usize) -> Option<ShadowStack> {
        let bytes = (slots * 8 + 4095) & !4095;
        let base = os::map(bytes, true)? as *mut ObjPtr;
        // SAFETY: `base..base+bytes` is the mapping just made.
        let limit = unsafe { (base as *mut u8).add(bytes) as *mut ObjPtr };
        Some(ShadowStack { base, limit, bytes })
    }
}

impl Drop for ShadowStack {
    fn drop(&mut self) {
        // SAFETY: the mapping was made in `new` and is no longer referenced.
        unsafe { os::unmap(self.base as *mut u8, self.bytes) }
    }
}

//! The nursery: one zero-filled region where young objects are bump-allocated.
//!
//! Invariants: between collections, `[start, free)` holds young objects laid
//! end to end and `[free, end)` is all zero bytes, so a fresh object needs
//! only its header (and length) written. The bump pointers themselves live in
//! [`crate::Gc`] (mirrored into the exported globals for compiled code).

use crate::os;

pub struct Nursery {
    pub start: *mut u8,
    pub end: *mut u8,
    pub size: usize,
}

impl Nursery {
    /// Maps a nursery of `size` bytes (rounded up to 4 KiB).
    pub fn new(size: usize) -> Option<Nursery> {
        let size = (size + 4095) & !4095;
        let start = os::map(size, false)?;
        // SAFETY: `start..start+size` is the mapping just made.
        let end = unsafe { start.add(size) };
        Some(Nursery { start, end, size })
    }

    /// True if `p` points into the nursery.
    #[inline(always)]
    pub fn contains(&self, p: *const u8) -> bool {
        (p as usize).wrapping_sub(self.start as usize) < self.size
    }

    /// Zeroes `[start, used_end)` after its survivors were copied out.
    ///
    /// # Safety
    /// `used_end` must lie within the nursery and no live object may remain.
    pub unsafe fn clear(&mut self, used_end: *mut u8) {
        let used = used_end as usize - self.start as usize;
        std::ptr::write_bytes(self.start, 0, used);
    }
}

impl Drop for Nursery {
    fn drop(&mut self) {
        // SAFETY: the mapping was made in `new` and is no longer referenced.
        unsafe { os::unmap(self.start, self.size) }
    }
}

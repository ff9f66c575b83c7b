//! The large-object space: objects too big for size-class pages, each in
//! its own allocation from the system allocator, never moved.
//!
//! Block layout: the card table (if any, see [`crate::cards`]), a 16-byte
//! [`LosBlock`] record, then the object. Every object in the space is in
//! `objects`, or in `to_sweep` while a sweep is in progress; objects
//! allocated during a sweep go to `objects` and are not swept by it.

use crate::header::{flags, ObjPtr};
use std::alloc::{alloc, alloc_zeroed, dealloc, Layout};
use std::collections::HashSet;

#[repr(C)]
struct LosBlock {
    /// Bytes of the whole block.
    total: usize,
    /// Bytes of card table before this record.
    cards: usize,
}

const BLOCK: usize = std::mem::size_of::<LosBlock>();
const ALIGN: usize = 16;

#[derive(Default)]
pub struct Los {
    pub objects: Vec<ObjPtr>,
    to_sweep: Vec<ObjPtr>,
    /// Bytes of all blocks (objects, card tables and records).
    pub bytes: usize,
}

/// Result of sweeping part of the large-object space.
#[derive(Default, Debug, Clone, Copy)]
pub struct LosSweep {
    pub done: bool,
    pub live_bytes: usize,
    pub freed_bytes: usize,
}

impl Los {
    /// Allocates an object of `size` bytes with `card_bytes` of card table
    /// (zeroed). The object is zeroed if `zero`. `None` if out of memory.
    pub fn alloc(&mut self, size: usize, card_bytes: usize, zero: bool) -> Option<ObjPtr> {
        let total = BLOCK.checked_add(card_bytes)?.checked_add(size)?;
        let layout = Layout::from_size_align(total, ALIGN).ok()?;
        // SAFETY: the layout has a non-zero size.
        let block = unsafe {
            if zero {
                alloc_zeroed(layout)
            } else {
                alloc(layout)
            }
        };
        if block.is_null() {
            return None;
        }
        // SAFETY: `block` has `total` bytes.
        unsafe {
            (block.add(card_bytes) as *mut LosBlock).write(LosBlock {
                total,
                cards: card_bytes,
            });
            if !zero {
                std::ptr::write_bytes(block, 0, card_bytes);
            }
        }
        let obj = block.wrapping_add(BLOCK + card_bytes) as ObjPtr;
        self.objects.push(obj);
        self.bytes += total;
        Some(obj)
    }

    /// Size of the whole block of `obj`.
    ///
    /// # Safety
    /// `obj` must be an object of this space.
    pub unsafe fn block_size(obj: ObjPtr) -> usize {
        (*((obj as *mut u8).sub(BLOCK) as *const LosBlock)).total
    }

    unsafe fn free(&mut self, obj: ObjPtr) -> usize {
        let rec = (obj as *mut u8).sub(BLOCK) as *const LosBlock;
        let (total, cards) = ((*rec).total, (*rec).cards);
        let block = (obj as *mut u8).sub(BLOCK + cards);
        dealloc(block, Layout::from_size_align_unchecked(total, ALIGN));
        self.bytes -= total;
        total
    }

    pub fn start_sweep(&mut self) {
        self.to_sweep = std::mem::take(&mut self.objects);
    }

    /// Sweeps about `budget` objects: frees those without `VISITED`, clears
    /// `VISITED` on the others.
    pub fn sweep(&mut self, budget: usize) -> LosSweep {
        let mut prog = LosSweep::default();
        for _ in 0..budget {
            let Some(obj) = self.to_sweep.pop() else {
                break;
            };
            // SAFETY: every entry of `to_sweep` is a live block of this space.
            unsafe {
                if (*obj).word & flags::VISITED != 0 {
                    (*obj).word &= !flags::VISITED;
                    prog.live_bytes += Self::block_size(obj);
                    self.objects.push(obj);
                } else {
                    prog.freed_bytes += self.free(obj);
                }
            }
        }
        prog.done = self.to_sweep.is_empty();
        prog
    }

    /// Objects still waiting for the current sweep (verifier).
    pub fn unswept(&self) -> HashSet<usize> {
        self.to_sweep.iter().map(|&o| o as usize).collect()
    }

    /// Every object of the space (verifier).
    pub fn all(&self) -> impl Iterator<Item = ObjPtr> + '_ {
        self.objects.iter().chain(self.to_sweep.iter()).copied()
    }
}

impl Drop for Los {
    fn drop(&mut self) {
        let all: Vec<ObjPtr> = self.all().collect();
        for obj in all {
            // SAFETY: the space is being destroyed; each block is freed once.
            unsafe {
                self.free(obj);
            }
        }
    }
}

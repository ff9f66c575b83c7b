//! The write barrier's slow paths: the remembered set and card marking.
//!
//! Compiled code tests `TRACK_YOUNG_PTRS` in the header of the object it
//! stores a GC pointer into and calls these only when it is set (old and
//! prebuilt objects not yet remembered). Invariant kept, checked by the
//! verifier: an old object that points to a young one is in `remembered`
//! (flag clear), or is a card-marked array listed in `carded` whose card
//! covering that item is set.

use crate::cards;
use crate::gc::Gc;
use crate::header::{flags, ObjPtr};
use crate::types::TypeTable;

impl Gc {
    /// Barrier before a store into any field of `obj`: remembers the whole
    /// object until the next minor collection.
    ///
    /// # Safety
    /// `obj` must be a valid object of this heap or a prebuilt object.
    #[inline]
    pub unsafe fn write_barrier(&mut self, obj: ObjPtr) {
        let w = (*obj).word;
        if w & flags::TRACK_YOUNG_PTRS == 0 {
            return;
        }
        (*obj).word = w & !flags::TRACK_YOUNG_PTRS;
        self.remembered.push(obj);
        if w & (flags::PREBUILT | flags::PREBUILT_ROOT) == flags::PREBUILT {
            (*obj).word |= flags::PREBUILT_ROOT;
            self.prebuilt_roots.push(obj);
        }
    }

    /// Barrier before a store into item `index` of array `obj`: sets one
    /// card if the array has cards, else remembers the whole object.
    ///
    /// # Safety
    /// `obj` must be a valid array of this heap or a prebuilt array.
    #[inline]
    pub unsafe fn write_barrier_array(&mut self, obj: ObjPtr, index: i64) {
        let w = (*obj).word;
        if w & flags::TRACK_YOUNG_PTRS == 0 {
            return;
        }
        if w & flags::HAS_CARDS == 0 {
            self.write_barrier(obj);
            return;
        }
        let d = self.types.desc(w as u32);
        let len = TypeTable::length_of(d, obj);
        if index < 0 || index as usize >= len {
            self.write_barrier(obj);
            return;
        }
        cards::mark(obj, index as usize);
        if w & flags::CARDS_SET == 0 {
            (*obj).word = w | flags::CARDS_SET;
            self.carded.push(obj);
        }
    }
}

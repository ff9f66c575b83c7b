//! Identity hashes and ids that survive the move out of the nursery.
//!
//! An object's id is its address in the old generation (or its static
//! address if prebuilt). Old objects never move, so their id is their
//! address. For a young object the collector reserves its old-generation
//! copy now (a "shadow", as in PyPy), returns that address, and the next
//! minor collection moves the object exactly there.
//!
//! Invariant: a young object has `HAS_SHADOW` iff `shadows` maps it to a
//! reserved old slot; the map is empty after every minor collection.

use crate::gc::Gc;
use crate::header::{flags, ObjPtr};
use crate::types::TypeTable;

impl Gc {
    /// The object's id: stable for its whole life, unique among live objects.
    ///
    /// # Safety
    /// `obj` must be a valid object of this heap or a prebuilt object.
    pub unsafe fn id(&mut self, obj: ObjPtr) -> i64 {
        if !self.is_young(obj) {
            return obj as i64;
        }
        if (*obj).word & flags::HAS_SHADOW != 0 {
            if let Some(&s) = self.shadows.get(&(obj as usize)) {
                return s as i64;
            }
        }
        let types = std::rc::Rc::clone(&self.types);
        let tid = crate::header::tid(obj);
        let d = types.desc(tid);
        let len = TypeTable::length_of(d, obj);
        let size = d.alloc_size(len);
        let (shadow, loc) = self.alloc_old_copy(d, len, size);
        // The shadow is a valid (zeroed) object until the copy lands in it,
        // so a sweep or the verifier can look at it at any time.
        std::ptr::write_bytes(shadow as *mut u8, 0, size);
        let mut fl = flags::TRACK_YOUNG_PTRS | loc;
        if self.major.allocates_black() {
            fl |= flags::VISITED;
        }
        crate::gc::init_object(d, shadow, tid, len, fl);
        self.shadows.insert(obj as usize, shadow);
        (*obj).word |= flags::HAS_SHADOW;
        self.note_heap_size();
        shadow as i64
    }

    /// The identity hash (`hash()` of an instance without `__hash__`):
    /// the id rotated right by 4 bits, as CPython hashes pointers.
    ///
    /// # Safety
    /// As for [`Gc::id`].
    pub unsafe fn identity_hash(&mut self, obj: ObjPtr) -> i64 {
        (self.id(obj) as u64).rotate_right(4) as i64
    }
}

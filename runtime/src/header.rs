//! The one-word object header and its GC flag bits.
//!
//! Every GC object starts with a 64-bit word: the low 32 bits are the type id
//! (an index into the type table), the high 32 bits are GC flags. The bit
//! positions are part of the ABI (docs/runtime-abi.md): compiled code writes
//! headers of fresh objects and tests `TRACK_YOUNG_PTRS` / `CARDS_SET` inline.

/// Flag bit positions, as masks on the whole 64-bit header word.
pub mod flags {
    /// Old (or prebuilt) object not in the remembered set: a store of a GC
    /// pointer into it must first call the write barrier.
    pub const TRACK_YOUNG_PTRS: u64 = 1 << 32;
    /// Card-marked array already listed for the next minor collection: compiled
    /// code may set card bits inline instead of calling the array barrier.
    pub const CARDS_SET: u64 = 1 << 33;
    /// Large array of GC pointers with a card table just before its header.
    pub const HAS_CARDS: u64 = 1 << 34;
    /// Mark bit of the major collector (grey or black).
    pub const VISITED: u64 = 1 << 35;
    /// Static object emitted by the compiler: never moved, never freed.
    pub const PREBUILT: u64 = 1 << 36;
    /// Prebuilt object already recorded as a major-collection root.
    pub const PREBUILT_ROOT: u64 = 1 << 37;
    /// Young object whose old-generation copy is already reserved (identity hash).
    pub const HAS_SHADOW: u64 = 1 << 38;
    /// Young object already copied; the second word holds the new address.
    pub const FORWARDED: u64 = 1 << 39;
    /// Object living in the large-object space.
    pub const LARGE: u64 = 1 << 40;

    /// Flags the compiler puts in the header of every prebuilt object.
    pub const PREBUILT_INITIAL: u64 = PREBUILT | TRACK_YOUNG_PTRS;
    /// Every flag the runtime knows about.
    pub const ALL: u64 = TRACK_YOUNG_PTRS
        | CARDS_SET
        | HAS_CARDS
        | VISITED
        | PREBUILT
        | PREBUILT_ROOT
        | HAS_SHADOW
        | FORWARDED
        | LARGE;
}

/// An object header. Objects are handled as `*mut Header`: the address of the
/// header is the address of the object.
#[repr(C)]
#[derive(Debug)]
pub struct Header {
    pub word: u64,
}

impl Header {
    /// A header word for a fresh young object of type `tid`.
    #[inline]
    pub const fn new_word(tid: u32) -> u64 {
        tid as u64
    }

    #[inline]
    pub fn tid(&self) -> u32 {
        self.word as u32
    }

    #[inline]
    pub fn has(&self, flag: u64) -> bool {
        self.word & flag != 0
    }

    #[inline]
    pub fn set(&mut self, flag: u64) {
        self.word |= flag;
    }

    #[inline]
    pub fn clear(&mut self, flag: u64) {
        self.word &= !flag;
    }
}

/// Object pointer as handled everywhere in the runtime.
pub type ObjPtr = *mut Header;

/// Reads the header word of `obj`.
///
/// # Safety
/// `obj` must point at a readable object header.
#[inline]
pub unsafe fn word(obj: ObjPtr) -> u64 {
    (*obj).word
}

/// Reads the type id of `obj`.
///
/// # Safety
/// `obj` must point at a readable object header.
#[inline]
pub unsafe fn tid(obj: ObjPtr) -> u32 {
    (*obj).word as u32
}

/// Tests `flag` in the header of `obj`.
///
/// # Safety
/// `obj` must point at a readable object header.
#[inline]
pub unsafe fn has(obj: ObjPtr, flag: u64) -> bool {
    (*obj).word & flag != 0
}

/// Sets `flag` in the header of `obj`.
///
/// # Safety
/// `obj` must point at a writable object header.
#[inline]
pub unsafe fn set(obj: ObjPtr, flag: u64) {
    (*obj).word |= flag;
}

/// Clears `flag` in the header of `obj`.
///
/// # Safety
/// `obj` must point at a writable object header.
#[inline]
pub unsafe fn clear(obj: ObjPtr, flag: u64) {
    (*obj).word &= !flag;
}

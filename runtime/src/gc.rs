//! The collector instance: its state, allocation (fast and slow paths),
//! roots, prebuilt objects and heap accounting.
//!
//! Collections live in `minor.rs` (nursery), `major.rs` (incremental
//! mark-sweep of the old generation), `barrier.rs` (remembered set and
//! cards), `hash.rs` (identity hashes) and `verify.rs` (heap checks).
//!
//! Allocation never panics: a request the heap cap cannot satisfy, even
//! after a full collection, returns null and sets the out-of-memory flag.

use crate::config::GcConfig;
use crate::header::{flags, Header, ObjPtr};
use crate::los::Los;
use crate::major::Major;
use crate::nursery::Nursery;
use crate::pages::{SmallHeap, PAGE_SIZE, SMALL_MAX};
use crate::shadowstack::ShadowStack;
use crate::stats::Stats;
use crate::types::{TypeDesc, TypeTable};
use crate::{cards, types};
use std::collections::HashMap;
use std::rc::Rc;

/// Why a collector could not be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GcError {
    /// The system refused memory for the nursery or shadow stack.
    NoMemory,
}

/// One garbage-collected heap (single-threaded).
pub struct Gc {
    // Fast-path state, mirrored into the exported globals for the global
    // instance (see abi.rs).
    pub(crate) nursery_free: *mut u8,
    pub(crate) nursery_top: *mut u8,
    pub(crate) ss_top: *mut ObjPtr,

    pub(crate) types: Rc<TypeTable>,
    pub(crate) config: GcConfig,
    pub(crate) nursery: Nursery,
    pub(crate) shadowstack: ShadowStack,
    pub(crate) small: SmallHeap,
    pub(crate) los: Los,
    /// Objects larger than this are allocated in the old generation.
    pub(crate) large_object: usize,

    /// Old objects whose `TRACK_YOUNG_PTRS` was cleared by the barrier.
    pub(crate) remembered: Vec<ObjPtr>,
    /// Card-marked arrays with `CARDS_SET`.
    pub(crate) carded: Vec<ObjPtr>,
    /// Every registered prebuilt object (verifier roots).
    pub(crate) prebuilt: Vec<ObjPtr>,
    /// Prebuilt objects ever written through the barrier: major roots.
    pub(crate) prebuilt_roots: Vec<ObjPtr>,
    /// Static root slots outside the shadow stack (the runtime library's
    /// pending exception): scanned and updated like shadow-stack slots.
    pub(crate) static_roots: Vec<*mut ObjPtr>,
    /// Young objects with a reserved old copy (identity hash) -> that copy.
    pub(crate) shadows: HashMap<usize, ObjPtr>,
    /// Copies made by the current minor collection, still to be traced.
    pub(crate) scan: Vec<ObjPtr>,
    /// Scratch list of card runs (minor collections).
    pub(crate) card_runs: Vec<(usize, usize)>,

    /// Bytes of the nursery filled before the next minor collection (the
    /// whole nursery unless minor collections run over their time target),
    /// outside marking and during marking.
    pub(crate) nursery_fill: [usize; 2],

    pub(crate) major: Major,
    /// Bytes of old objects in size-class pages (slot sizes).
    pub(crate) small_bytes: usize,
    /// Old bytes allocated since the last major step (pacing).
    pub(crate) old_alloc_since_step: usize,
    pub(crate) oom: bool,
    pub(crate) in_collection: bool,
    pub(crate) stats: Stats,
}

impl Gc {
    /// Creates a collector for `types` with `config`.
    pub fn new(types: TypeTable, config: GcConfig) -> Result<Gc, GcError> {
        let nursery = Nursery::new(config.nursery_size).ok_or(GcError::NoMemory)?;
        let shadowstack = ShadowStack::new(config.shadowstack_slots).ok_or(GcError::NoMemory)?;
        let large_object = config
            .large_object
            .min(nursery.size / 4)
            .max(types::MIN_OBJECT_SIZE);
        let nursery_size = nursery.size;
        let mut gc = Gc {
            nursery_free: nursery.start,
            nursery_top: nursery.end,
            ss_top: shadowstack.base,
            types: Rc::new(types),
            nursery,
            shadowstack,
            small: SmallHeap::new(),
            los: Los::default(),
            large_object,
            remembered: Vec::new(),
            carded: Vec::new(),
            prebuilt: Vec::new(),
            prebuilt_roots: Vec::new(),
            static_roots: Vec::new(),
            shadows: HashMap::new(),
            scan: Vec::new(),
            card_runs: Vec::new(),
            // With a time target, minor collections during marking start
            // small: the first one has no rate of its own to go by.
            nursery_fill: [
                nursery_size,
                if config.minor_time_target.is_some() {
                    (nursery_size / 8).max(8) & !7
                } else {
                    nursery_size
                },
            ],
            major: Major::new(config.min_major_threshold),
            small_bytes: 0,
            old_alloc_since_step: 0,
            oom: false,
            in_collection: false,
            stats: Stats::default(),
            config,
        };
        if gc.config.stress {
            gc.nursery_top = gc.nursery_free;
        }
        gc.stats.usage = gc.config.stats && !gc.config.stress;
        gc.note_heap_size();
        Ok(gc)
    }

    pub fn config(&self) -> &GcConfig {
        &self.config
    }

    /// Turns stress mode (a collection at every allocation) on or off
    /// (tests: build several young objects, then stress the code that uses
    /// them).
    pub fn set_stress(&mut self, on: bool) {
        self.config.stress = on;
        self.stats.usage = self.config.stats && !on;
        self.reset_nursery_top();
    }

    pub fn types(&self) -> &TypeTable {
        &self.types
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Total heap: nursery, old-generation pages and large-object blocks.
    pub fn heap_bytes(&self) -> usize {
        self.nursery.size + self.small.pages_in_use * PAGE_SIZE + self.los.bytes
    }

    /// Bytes of old-generation objects (large ones with their records).
    pub fn old_bytes(&self) -> usize {
        self.small_bytes + self.los.bytes
    }

    pub(crate) fn note_heap_size(&mut self) {
        let h = self.heap_bytes();
        if h > self.stats.peak_heap {
            self.stats.peak_heap = h;
        }
    }

    /// True (and cleared) if an allocation failed since the last call.
    pub fn take_out_of_memory(&mut self) -> bool {
        std::mem::take(&mut self.oom)
    }

    /// True if `p` points into the nursery.
    #[inline]
    pub fn is_young(&self, p: ObjPtr) -> bool {
        self.nursery.contains(p as *const u8)
    }

    // ----- allocation -------------------------------------------------------

    /// Allocates a zeroed object of fixed type `tid`, header written.
    /// Null (with the out-of-memory flag set) if the heap cap is reached.
    #[inline]
    pub fn malloc(&mut self, tid: u32) -> ObjPtr {
        if let Some(d) = self.types.get(tid) {
            if !d.varsize {
                let size = d.alloc_size(0);
                let p = self.nursery_free;
                if (self.nursery_top as usize).wrapping_sub(p as usize) >= size {
                    self.nursery_free = p.wrapping_add(size);
                    let obj = p as ObjPtr;
                    // SAFETY: `[p, p+size)` is zeroed nursery memory we own.
                    unsafe { (*obj).word = Header::new_word(tid) };
                    return obj;
                }
            }
        }
        self.malloc_slow(tid, 0)
    }

    /// Allocates a zeroed array of type `tid` with `length` items, header and
    /// length written. Null (out-of-memory flag set) for a negative or
    /// impossible length or when the heap cap is reached.
    #[inline]
    pub fn malloc_varsize(&mut self, tid: u32, length: i64) -> ObjPtr {
        self.malloc_slow(tid, length)
    }

    /// Slow path shared by every allocation entry point.
    pub fn malloc_slow(&mut self, tid: u32, length: i64) -> ObjPtr {
        let types = Rc::clone(&self.types);
        let Some(d) = types.get(tid) else {
            crate::fatal(&format!("allocation of unknown type id {tid}"));
        };
        if d.varsize && (length < 0 || length > d.max_length()) {
            self.oom = true;
            return std::ptr::null_mut();
        }
        let len = if d.varsize { length as usize } else { 0 };
        let size = d.alloc_size(len);
        if size > self.large_object {
            self.stats.bytes_allocated += size as u64;
            return self.malloc_old(d, tid, len, size);
        }
        if self.config.stress || self.nursery_room() < size {
            self.collect_for_nursery();
            if self.over_cap(0) {
                self.collect_full();
                if self.over_cap(0) {
                    self.oom = true;
                    return std::ptr::null_mut();
                }
            }
        }
        let obj = self.nursery_free as ObjPtr;
        self.nursery_free = self.nursery_free.wrapping_add(size);
        if self.config.stress {
            self.nursery_top = self.nursery_free;
        }
        // SAFETY: `[obj, obj+size)` is zeroed nursery memory we own.
        unsafe { init_object(d, obj, tid, len, 0) };
        obj
    }

    /// Room left below the current fill limit.
    #[inline]
    fn nursery_room(&self) -> usize {
        (self.nursery_top as usize).saturating_sub(self.nursery_free as usize)
    }

    fn over_cap(&self, extra: usize) -> bool {
        self.config
            .max_heap
            .is_some_and(|cap| self.heap_bytes().saturating_add(extra) > cap)
    }

    /// Allocates a large object directly in the old generation.
    fn malloc_old(&mut self, d: &TypeDesc, tid: u32, len: usize, size: usize) -> ObjPtr {
        let cards = if cards::wants_cards(d.items_have_ptrs(), len) {
            cards::card_area(len)
        } else {
            0
        };
        let need = size + cards + 16;
        if self.over_cap(need) {
            self.collect_full();
            if self.over_cap(need) {
                self.oom = true;
                return std::ptr::null_mut();
            }
        }
        let Some(obj) = self.los.alloc(size, cards, true) else {
            self.oom = true;
            return std::ptr::null_mut();
        };
        let mut fl = flags::TRACK_YOUNG_PTRS | flags::LARGE;
        if cards != 0 {
            fl |= flags::HAS_CARDS;
        }
        if self.major.allocates_black() {
            fl |= flags::VISITED;
        }
        // SAFETY: `obj` is a fresh zeroed block of `size` bytes.
        unsafe { init_object(d, obj, tid, len, fl) };
        self.old_alloc_since_step += size;
        self.note_heap_size();
        if self.config.stress || self.major_wants_progress() {
            // Keep majors going for programs that allocate only big objects.
            // The new object is not yet rooted: root it across the collection.
            let slot = self.ss_top;
            if slot < self.shadowstack.limit {
                // SAFETY: `slot` is inside the shadow stack.
                unsafe { *slot = obj };
                self.ss_top = slot.wrapping_add(1);
                self.collect_for_nursery();
                self.ss_top = slot;
            }
        }
        obj
    }

    /// Allocates old-generation room for a copy of an object of `size`
    /// bytes (type `d`, `len` items): returns the address and the flags that
    /// tell where it lives. Contents undefined except the card table.
    pub(crate) fn alloc_old_copy(
        &mut self,
        d: &TypeDesc,
        len: usize,
        size: usize,
    ) -> (ObjPtr, u64) {
        let r = if size <= SMALL_MAX {
            self.small_bytes += size;
            self.small.alloc(size).map(|p| (p as ObjPtr, 0))
        } else {
            let with_cards = cards::wants_cards(d.items_have_ptrs(), len);
            let cb = if with_cards { cards::card_area(len) } else { 0 };
            let fl = flags::LARGE | if with_cards { flags::HAS_CARDS } else { 0 };
            self.los.alloc(size, cb, false).map(|p| (p, fl))
        };
        let Some(r) = r else {
            crate::fatal("out of memory while moving objects out of the nursery");
        };
        self.old_alloc_since_step += size;
        r
    }

    // ----- roots ------------------------------------------------------------

    /// Number of shadow-stack slots in use.
    pub fn root_count(&self) -> usize {
        (self.ss_top as usize - self.shadowstack.base as usize) / 8
    }

    /// Pushes a root; `false` if the shadow stack is full.
    pub fn push_root(&mut self, p: ObjPtr) -> bool {
        if self.ss_top >= self.shadowstack.limit {
            return false;
        }
        // SAFETY: `ss_top` is below the limit of the shadow-stack mapping.
        unsafe { *self.ss_top = p };
        self.ss_top = self.ss_top.wrapping_add(1);
        true
    }

    /// Pops the top root (null if the stack is empty).
    pub fn pop_root(&mut self) -> ObjPtr {
        if self.ss_top <= self.shadowstack.base {
            return std::ptr::null_mut();
        }
        self.ss_top = self.ss_top.wrapping_sub(1);
        // SAFETY: the slot is within the used part of the shadow stack.
        unsafe { *self.ss_top }
    }

    /// The root in slot `i` (0 = bottom). Panics if `i` is out of range.
    pub fn root(&self, i: usize) -> ObjPtr {
        assert!(i < self.root_count(), "root slot {i} out of range");
        // SAFETY: `i` is within the used part of the shadow stack.
        unsafe { *self.shadowstack.base.add(i) }
    }

    /// Overwrites the root in slot `i`. Panics if `i` is out of range.
    pub fn set_root(&mut self, i: usize, p: ObjPtr) {
        assert!(i < self.root_count(), "root slot {i} out of range");
        // SAFETY: `i` is within the used part of the shadow stack.
        unsafe { *self.shadowstack.base.add(i) = p };
    }

    /// Drops every root above the first `n`.
    pub fn truncate_roots(&mut self, n: usize) {
        if n < self.root_count() {
            self.ss_top = self.shadowstack.base.wrapping_add(n);
        }
    }

    /// Registers a static root slot: a global variable holding null or an
    /// object pointer, which every collection treats like a shadow-stack slot
    /// (and rewrites when its object moves). Registering a slot twice is a
    /// no-op.
    ///
    /// # Safety
    /// `slot` must stay valid and hold null or a valid object pointer
    /// whenever the collector runs, for the life of the collector.
    pub unsafe fn add_static_root(&mut self, slot: *mut ObjPtr) {
        if !self.static_roots.contains(&slot) {
            self.static_roots.push(slot);
        }
    }

    /// Records prebuilt objects (static objects of the program, headers
    /// carrying `PREBUILT | TRACK_YOUNG_PTRS`).
    ///
    /// # Safety
    /// Each pointer must be a writable prebuilt object that stays valid for
    /// the life of the collector.
    pub unsafe fn register_prebuilt(&mut self, objs: &[ObjPtr]) {
        self.prebuilt
            .extend(objs.iter().copied().filter(|p| !p.is_null()));
    }
}

/// Writes the header (and length) of a fresh zeroed object.
///
/// # Safety
/// `obj` must point at `d.alloc_size(len)` writable zeroed bytes.
#[inline]
pub(crate) unsafe fn init_object(d: &TypeDesc, obj: ObjPtr, tid: u32, len: usize, fl: u64) {
    (*obj).word = Header::new_word(tid) | fl;
    if d.varsize {
        *((obj as *mut u8).add(d.length_offset) as *mut i64) = len as i64;
    }
}

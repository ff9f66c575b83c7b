//! The C ABI used by compiled programs (docs/runtime-abi.md): exported
//! globals for the inline fast paths, and thin `extern "C"` wrappers around
//! one global [`Gc`] instance.
//!
//! Invariant: outside these wrappers, the exported globals are the truth for
//! the bump pointer, nursery limit and shadow-stack top; each wrapper copies
//! them into the instance on entry and back on exit. Single-threaded only.

use crate::config::GcConfig;
use crate::gc::Gc;
use crate::header::{Header, ObjPtr};
use crate::stats::RpyGcStats;
use crate::types::{TypeInfo, TypeTable};
use std::ptr::{addr_of, addr_of_mut, null_mut};

/// Next free byte of the nursery (inline allocation: load, add, compare, store).
#[no_mangle]
pub static mut rpy_nursery_free: *mut u8 = null_mut();
/// End of the usable nursery: allocate inline only if `free + size <= top`.
#[no_mangle]
pub static mut rpy_nursery_top: *mut u8 = null_mut();
/// Next free shadow-stack slot (push: store then add 8; pop: sub 8).
#[no_mangle]
pub static mut rpy_shadowstack_top: *mut ObjPtr = null_mut();
/// First shadow-stack slot.
#[no_mangle]
pub static mut rpy_shadowstack_base: *mut ObjPtr = null_mut();
/// One past the last shadow-stack slot (compiled code checks for overflow).
#[no_mangle]
pub static mut rpy_shadowstack_limit: *mut ObjPtr = null_mut();

static mut GLOBAL: *mut Gc = null_mut();

/// Runs `f` on the global instance with the fast-path globals synced.
#[inline]
unsafe fn with_gc<R>(f: impl FnOnce(&mut Gc) -> R) -> R {
    let g = *addr_of!(GLOBAL);
    if g.is_null() {
        crate::fatal("the GC is used before rpy_gc_init");
    }
    let gc = &mut *g;
    gc.nursery_free = *addr_of!(rpy_nursery_free);
    gc.nursery_top = *addr_of!(rpy_nursery_top);
    gc.ss_top = *addr_of!(rpy_shadowstack_top);
    let r = f(gc);
    *addr_of_mut!(rpy_nursery_free) = gc.nursery_free;
    *addr_of_mut!(rpy_nursery_top) = gc.nursery_top;
    *addr_of_mut!(rpy_shadowstack_top) = gc.ss_top;
    r
}

/// Creates the global collector for the compiler's type table, configured
/// from the `RPY_GC_*` environment variables. Returns 0 on success, -1 for
/// an invalid table, -2 if already initialised, -3 if out of memory.
///
/// # Safety
/// `table` must point at `n_types` valid descriptors that outlive the call.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_init(table: *const TypeInfo, n_types: u32) -> i32 {
    let (config, warnings) = GcConfig::from_env();
    for w in warnings {
        eprintln!("rpy gc: {w}");
    }
    rpy_gc_init_with(table, n_types, config)
}

/// [`rpy_gc_init`] with an explicit configuration (Rust callers, tests).
///
/// # Safety
/// As for [`rpy_gc_init`].
pub unsafe fn rpy_gc_init_with(table: *const TypeInfo, n_types: u32, config: GcConfig) -> i32 {
    if !(*addr_of!(GLOBAL)).is_null() {
        return -2;
    }
    let types = match TypeTable::from_raw(table, n_types) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rpy gc: invalid type table: {e}");
            return -1;
        }
    };
    let gc = match Gc::new(types, config) {
        Ok(gc) => Box::new(gc),
        Err(_) => return -3,
    };
    *addr_of_mut!(rpy_nursery_free) = gc.nursery_free;
    *addr_of_mut!(rpy_nursery_top) = gc.nursery_top;
    *addr_of_mut!(rpy_shadowstack_top) = gc.ss_top;
    *addr_of_mut!(rpy_shadowstack_base) = gc.shadowstack.base;
    *addr_of_mut!(rpy_shadowstack_limit) = gc.shadowstack.limit;
    *addr_of_mut!(GLOBAL) = Box::into_raw(gc);
    0
}

/// Registers `n` prebuilt objects (static objects whose headers carry
/// `PREBUILT | TRACK_YOUNG_PTRS`). May be called several times.
///
/// # Safety
/// `objs` must point at `n` pointers to writable static objects.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_register_prebuilt(objs: *const ObjPtr, n: usize) {
    if n == 0 || objs.is_null() {
        return;
    }
    let list = std::slice::from_raw_parts(objs, n);
    with_gc(|gc| gc.register_prebuilt(list));
}

/// Prints statistics if `RPY_GC_STATS` is set, then frees the whole heap.
/// Every object becomes invalid. Does nothing if the GC is not initialised.
///
/// # Safety
/// No GC pointer may be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_shutdown() {
    let g = *addr_of!(GLOBAL);
    if g.is_null() {
        return;
    }
    with_gc(|_| ());
    let gc = Box::from_raw(g);
    if gc.config().stats {
        eprint!("{}", gc.stats().report(gc.config().incremental));
    }
    *addr_of_mut!(GLOBAL) = null_mut();
    *addr_of_mut!(rpy_nursery_free) = null_mut();
    *addr_of_mut!(rpy_nursery_top) = null_mut();
    *addr_of_mut!(rpy_shadowstack_top) = null_mut();
    *addr_of_mut!(rpy_shadowstack_base) = null_mut();
    *addr_of_mut!(rpy_shadowstack_limit) = null_mut();
    drop(gc);
}

/// Allocates a zeroed fixed-size object of type `tid`, header written: the
/// slow path of inline allocation, also callable directly. May collect.
/// Returns null on out of memory (then `rpy_gc_out_of_memory()` is 1).
///
/// # Safety
/// The GC must be initialised; `tid` must be a fixed-size type.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_malloc(tid: u32) -> *mut Header {
    with_gc(|gc| gc.malloc_slow(tid, 0))
}

/// Allocates a zeroed array of type `tid` with `length` items, header and
/// length written. May collect. Null on out of memory or a negative length.
///
/// # Safety
/// The GC must be initialised; `tid` must be a var-sized type.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_malloc_array(tid: u32, length: i64) -> *mut Header {
    with_gc(|gc| gc.malloc_slow(tid, length))
}

/// Write-barrier slow path: call before storing a GC pointer into `obj`
/// when its header has `TRACK_YOUNG_PTRS`. Never collects.
///
/// # Safety
/// `obj` must be a valid heap or prebuilt object.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_write_barrier(obj: *mut Header) {
    with_gc(|gc| gc.write_barrier(obj))
}

/// Array write-barrier slow path: call before storing a GC pointer into
/// item `index` of array `obj` when its header has `TRACK_YOUNG_PTRS`
/// (and not `CARDS_SET`, if the caller marks cards inline). Never collects.
///
/// # Safety
/// `obj` must be a valid heap or prebuilt array.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_write_barrier_array(obj: *mut Header, index: i64) {
    with_gc(|gc| gc.write_barrier_array(obj, index))
}

/// A full collection (`gc.collect()`).
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_collect() {
    with_gc(|gc| gc.collect_full())
}

/// A minor collection plus one incremental major step.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_collect_minor() {
    with_gc(|gc| gc.collect_minor())
}

/// Identity hash of `obj`, stable for its whole life. Never collects.
///
/// # Safety
/// `obj` must be a valid heap or prebuilt object.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_identityhash(obj: *mut Header) -> i64 {
    with_gc(|gc| gc.identity_hash(obj))
}

/// `id()` of `obj`: stable for its whole life, unique among live objects.
///
/// # Safety
/// `obj` must be a valid heap or prebuilt object.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_id(obj: *mut Header) -> i64 {
    with_gc(|gc| gc.id(obj))
}

/// 1 if an allocation returned null since the last call (the program should
/// raise `MemoryError`), else 0. Clears the flag.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_out_of_memory() -> i32 {
    with_gc(|gc| gc.take_out_of_memory() as i32)
}

/// Checks the whole heap now; prints the problem and returns 1 if broken.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_verify() -> i32 {
    with_gc(|gc| match gc.verify() {
        Ok(_) => 0,
        Err(e) => {
            eprintln!("rpy gc: {e}");
            1
        }
    })
}

/// The `RPY_GC_STATS` report of the global collector, with the per-phase
/// breakdown (a Rust-only helper for the benchmarks; not a C symbol).
///
/// # Safety
/// The GC must be initialised.
pub unsafe fn stats_report() -> String {
    with_gc(|gc| gc.stats().report(gc.config().incremental))
}

/// Size of the global collector's nursery in bytes (a Rust-only helper for
/// the benchmarks; not a C symbol).
///
/// # Safety
/// The GC must be initialised.
pub unsafe fn nursery_bytes() -> usize {
    with_gc(|gc| gc.nursery.size)
}

/// Copies the statistics into `*out`.
///
/// # Safety
/// `out` must be writable.
#[no_mangle]
pub unsafe extern "C" fn rpy_gc_get_stats(out: *mut RpyGcStats) {
    let s = with_gc(|gc| {
        let s = gc.stats();
        RpyGcStats {
            minor_collections: s.minor_collections,
            major_collections: s.major_collections,
            major_steps: s.major_steps,
            full_collections: s.full_collections,
            bytes_allocated: s.bytes_allocated + (gc.nursery_free as u64 - gc.nursery.start as u64),
            bytes_promoted: s.bytes_promoted,
            peak_heap: s.peak_heap as u64,
            heap_now: gc.heap_bytes() as u64,
            last_live: s.last_live as u64,
            total_pause_ns: s.total_pause.as_nanos() as u64,
            max_pause_ns: s.max_pause.as_nanos() as u64,
            pauses: s.pauses,
        }
    });
    *out = s;
}

/// What the runtime library needs to know about one type of the global
/// table (a Rust-only accessor; not a C symbol).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeLayout {
    /// Fixed size, or offset of item 0 for a var-sized type.
    pub size: usize,
    pub varsize: bool,
    /// Bytes per item (var-sized types).
    pub item_size: usize,
    /// Offset of the item count (var-sized types).
    pub length_offset: usize,
    /// The items hold GC pointers.
    pub items_have_ptrs: bool,
}

/// The layout of type `tid` in the global collector's table, or `None` if
/// the collector is not initialised or `tid` is out of range.
///
/// # Safety
/// Single-threaded use, like every ABI function.
pub unsafe fn type_layout(tid: u32) -> Option<TypeLayout> {
    let g = *addr_of!(GLOBAL);
    if g.is_null() {
        return None;
    }
    let d = (*g).types().get(tid)?;
    Some(TypeLayout {
        size: d.size,
        varsize: d.varsize,
        item_size: d.item_size,
        length_offset: d.length_offset,
        items_have_ptrs: d.items_have_ptrs(),
    })
}

/// True between a successful `rpy_gc_init` and `rpy_gc_shutdown`.
pub fn is_initialised() -> bool {
    // SAFETY: a plain read of the global pointer (single-threaded).
    unsafe { !(*addr_of!(GLOBAL)).is_null() }
}

/// Registers a static root slot (a global holding null or an object
/// pointer, such as the pending exception) with the global collector: every
/// collection scans it and rewrites it when its object moves. Does nothing
/// if the collector is not initialised.
///
/// # Safety
/// `slot` must stay valid for the life of the collector and hold null or a
/// valid object pointer whenever a collection runs.
pub unsafe fn add_static_root(slot: *mut ObjPtr) {
    if is_initialised() {
        with_gc(|gc| gc.add_static_root(slot));
    }
}

/// Turns stress mode on or off and returns the previous setting (tests;
/// not a C symbol). Does nothing if the collector is not initialised.
///
/// # Safety
/// Single-threaded use.
pub unsafe fn set_stress(on: bool) -> bool {
    if !is_initialised() {
        return false;
    }
    with_gc(|gc| {
        let was = gc.config().stress;
        gc.set_stress(on);
        was
    })
}

//! The C ABI, exercised the way compiled code uses it: inline bump
//! allocation on the exported globals, shadow-stack pushes and pops, the
//! inline barrier flag test, inline card marking, prebuilt objects and
//! identity hashes. One test function: the global collector is per process.

use rpy_runtime::abi::*;
use rpy_runtime::consts::{CARD_OFFSET, CARD_SHIFT};
use rpy_runtime::{flags, GcConfig, Header, ObjPtr, TypeInfo, VerifyFailure};
use std::mem::{offset_of, size_of};

static NODE_PTRS: [u32; 2] = [16, 24];
static ITEM_PTR: [u32; 1] = [0];

const T_NODE: u32 = 0; // hdr, id, left*, right*
const T_ARRAY: u32 = 1; // hdr, len, items*
const T_FLOATS: u32 = 2; // hdr, len, f64 items

fn table() -> [TypeInfo; 3] {
    [
        TypeInfo {
            size: 32,
            flags: 0,
            item_size: 0,
            length_offset: 0,
            n_ptr_offsets: 2,
            n_item_ptr_offsets: 0,
            ptr_offsets: NODE_PTRS.as_ptr(),
            item_ptr_offsets: std::ptr::null(),
        },
        TypeInfo {
            size: 16,
            flags: rpy_runtime::types::TYPE_VARSIZE,
            item_size: 8,
            length_offset: 8,
            n_ptr_offsets: 0,
            n_item_ptr_offsets: 1,
            ptr_offsets: std::ptr::null(),
            item_ptr_offsets: ITEM_PTR.as_ptr(),
        },
        TypeInfo {
            size: 16,
            flags: rpy_runtime::types::TYPE_VARSIZE,
            item_size: 8,
            length_offset: 8,
            n_ptr_offsets: 0,
            n_item_ptr_offsets: 0,
            ptr_offsets: std::ptr::null(),
            item_ptr_offsets: std::ptr::null(),
        },
    ]
}

/// A prebuilt node, as the compiler would emit it in .data.
#[repr(C)]
struct StaticNode {
    header: u64,
    id: u64,
    left: ObjPtr,
    right: ObjPtr,
}
static mut PREBUILT: StaticNode = StaticNode {
    header: T_NODE as u64 | flags::PREBUILT_INITIAL,
    id: 999,
    left: std::ptr::null_mut(),
    right: std::ptr::null_mut(),
};

unsafe fn field(obj: ObjPtr, off: usize) -> *mut u64 {
    (obj as *mut u8).add(off) as *mut u64
}

/// Inline allocation fast path: load, add, compare, store; call if full.
unsafe fn alloc_node() -> ObjPtr {
    let p = rpy_nursery_free;
    let n = p.wrapping_add(32);
    if n > rpy_nursery_top {
        return rpy_gc_malloc(T_NODE);
    }
    rpy_nursery_free = n;
    (*(p as *mut Header)).word = T_NODE as u64;
    p as ObjPtr
}

unsafe fn push(p: ObjPtr) {
    *rpy_shadowstack_top = p;
    rpy_shadowstack_top = rpy_shadowstack_top.add(1);
}
unsafe fn pop() -> ObjPtr {
    rpy_shadowstack_top = rpy_shadowstack_top.sub(1);
    *rpy_shadowstack_top
}

/// Store of a GC pointer into a field, with the inline barrier test.
unsafe fn store(obj: ObjPtr, off: usize, v: ObjPtr) {
    if (*obj).word & flags::TRACK_YOUNG_PTRS != 0 {
        rpy_gc_write_barrier(obj);
    }
    *field(obj, off) = v as u64;
}

/// Store into an array item, with inline card marking when allowed.
unsafe fn store_item(arr: ObjPtr, i: usize, v: ObjPtr) {
    let w = (*arr).word;
    if w & flags::TRACK_YOUNG_PTRS != 0 {
        if w & flags::CARDS_SET != 0 {
            let card = i >> CARD_SHIFT;
            *(arr as *mut u8).sub(CARD_OFFSET + 1 + (card >> 3)) |= 1 << (card & 7);
        } else {
            rpy_gc_write_barrier_array(arr, i as i64);
        }
    }
    *field(arr, 16 + 8 * i) = v as u64;
}

/// Builds a complete tree of `depth`, ids numbered from `*next`.
unsafe fn tree(depth: u32, next: &mut u64) -> ObjPtr {
    if depth == 0 {
        let n = alloc_node();
        *field(n, 8) = *next;
        *next += 1;
        return n;
    }
    let l = tree(depth - 1, next);
    push(l);
    let r = tree(depth - 1, next);
    push(r);
    let n = alloc_node();
    let r = pop();
    let l = pop();
    *field(n, 8) = *next;
    *next += 1;
    store(n, 16, l);
    store(n, 24, r);
    n
}

unsafe fn check(n: ObjPtr, depth: u32) -> u64 {
    assert_eq!((*n).word as u32, T_NODE);
    if depth == 0 {
        return 1;
    }
    1 + check(*field(n, 16) as ObjPtr, depth - 1) + check(*field(n, 24) as ObjPtr, depth - 1)
}

#[test]
fn c_abi_end_to_end() {
    // The type-table layout compiled code emits.
    assert_eq!(size_of::<TypeInfo>(), 40);
    assert_eq!(offset_of!(TypeInfo, item_size), 8);
    assert_eq!(offset_of!(TypeInfo, n_ptr_offsets), 16);
    assert_eq!(offset_of!(TypeInfo, ptr_offsets), 24);
    assert_eq!(offset_of!(TypeInfo, item_ptr_offsets), 32);
    assert_eq!(flags::TRACK_YOUNG_PTRS, 1 << 32);

    let t = table();
    unsafe {
        let config = GcConfig {
            nursery_size: 64 << 10,
            large_object: 8 << 10,
            min_major_threshold: 256 << 10,
            increment_step: 4096,
            verify: true,
            on_verify_failure: VerifyFailure::Panic,
            ..GcConfig::default()
        };
        assert_eq!(rpy_gc_init_with(t.as_ptr(), 3, config.clone()), 0);
        assert_eq!(rpy_gc_init_with(t.as_ptr(), 3, config.clone()), -2);
        let pre = std::ptr::addr_of_mut!(PREBUILT) as ObjPtr;
        rpy_gc_register_prebuilt(&pre, 1);
        let base = rpy_shadowstack_top;
        let ss_base = rpy_shadowstack_base;
        assert_eq!(base, ss_base);

        // A young object hashed, then moved: same hash and id.
        let young = alloc_node();
        let h = rpy_gc_identityhash(young);
        let id = rpy_gc_id(young);
        push(young);
        // The prebuilt object points to the heap.
        store(pre, 16, young);

        // Trees, with minor and major collections in between.
        let mut next = 0;
        let long_lived = tree(12, &mut next);
        push(long_lived);
        for round in 0..30 {
            let t = tree(8, &mut next);
            assert_eq!(check(t, 8), 511);
            if round % 10 == 9 {
                rpy_gc_collect();
            }
        }
        let long_lived = pop();
        assert_eq!(check(long_lived, 12), 8191);
        let young = pop();
        assert_eq!(rpy_gc_identityhash(young), h);
        assert_eq!(rpy_gc_id(young), id);
        assert_eq!(young as i64, id, "the object moved to its reserved address");
        let left = (*std::ptr::addr_of!(PREBUILT)).left;
        assert_eq!(left, young, "prebuilt field updated");

        // A large array of pointers: cards, some marked inline.
        let arr = rpy_gc_malloc_array(T_ARRAY, 10_000);
        assert!((*arr).word & flags::HAS_CARDS != 0);
        push(arr);
        for i in (0..10_000).step_by(97) {
            let n = alloc_node();
            *field(n, 8) = i as u64;
            let arr = *base;
            store_item(arr, i, n);
        }
        assert_eq!(rpy_gc_verify(), 0);
        rpy_gc_collect_minor();
        let arr = *base;
        for i in (0..10_000).step_by(97) {
            let n = *field(arr, 16 + 8 * i) as ObjPtr;
            assert_eq!(*field(n, 8), i as u64);
        }
        // Numbers that look like pointers (here: the array's own young
        // address) are never scanned, so never "updated" when it moves.
        let floats = rpy_gc_malloc_array(T_FLOATS, 1000);
        let fake = floats as u64;
        for i in 0..1000 {
            *field(floats, 16 + 8 * i) = fake + 8 * (i as u64 % 3);
        }
        push(floats);
        rpy_gc_collect();
        let floats = pop();
        assert_ne!(floats as u64, fake, "the array moved");
        for i in 0..1000 {
            assert_eq!(*field(floats, 16 + 8 * i), fake + 8 * (i as u64 % 3));
        }
        let _ = pop();

        // Negative length: a MemoryError, not a crash.
        assert!(rpy_gc_malloc_array(T_FLOATS, -5).is_null());
        assert_eq!(rpy_gc_out_of_memory(), 1);
        assert_eq!(rpy_gc_out_of_memory(), 0);

        let mut s = rpy_runtime::stats::RpyGcStats::default();
        rpy_gc_get_stats(&mut s);
        assert!(s.minor_collections > 5 && s.full_collections == 4, "{s:?}");
        assert!(s.bytes_allocated > 30 * 511 * 32);
        assert!(s.max_pause_ns > 0 && s.total_pause_ns >= s.max_pause_ns);
        let top = rpy_shadowstack_top;
        assert_eq!(top, base);
        rpy_gc_shutdown();
        assert!(rpy_nursery_free.is_null());
        // The collector can be created again.
        PREBUILT.left = std::ptr::null_mut();
        PREBUILT.header = T_NODE as u64 | flags::PREBUILT_INITIAL;
        assert_eq!(rpy_gc_init_with(t.as_ptr(), 3, config), 0);
        let n = alloc_node();
        assert!(!n.is_null());
        rpy_gc_shutdown();
    }
}

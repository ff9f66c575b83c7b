//! Out of memory is a value, never a crash: past the heap cap, allocation
//! returns null and raises the out-of-memory flag (the program then raises
//! its MemoryError), and the program can go on once memory is freed.

mod common;
use common::*;
use rpy_runtime::{GcConfig, ObjPtr, VerifyFailure};

fn capped(cap: usize) -> GcConfig {
    GcConfig {
        nursery_size: 256 << 10,
        max_heap: Some(cap),
        verify: false,
        on_verify_failure: VerifyFailure::Panic,
        shadowstack_slots: 1024,
        ..GcConfig::default()
    }
}

/// Builds a linked list (root 0) until allocation fails; returns its length.
fn fill(m: &mut Mutator) -> usize {
    m.gc.push_root(std::ptr::null_mut());
    let mut n = 0;
    loop {
        let node = m.gc.malloc(T_NODE);
        if node.is_null() {
            return n;
        }
        let head = m.gc.root(0);
        unsafe { wr(node, 16, head as u64) }; // young object: no barrier
        m.gc.set_root(0, node);
        n += 1;
    }
}

#[test]
fn allocation_past_the_cap_returns_null() {
    let cap = 8 << 20;
    let mut m = Mutator::new(1, capped(cap));
    let n = fill(&mut m);
    assert!(n > 100_000, "only {n} nodes fit");
    assert!(m.gc.take_out_of_memory());
    assert!(!m.gc.take_out_of_memory(), "the flag is cleared once read");
    // The cap holds, up to one nursery of survivors.
    assert!(
        m.gc.stats().peak_heap <= cap + (256 << 10),
        "peak {}",
        m.gc.stats().peak_heap
    );
    // The list is intact.
    let mut p = m.gc.root(0);
    let mut count = 0;
    while !p.is_null() {
        count += 1;
        p = unsafe { rd(p, 16) } as ObjPtr;
    }
    assert_eq!(count, n);
    m.gc.verify().unwrap();

    // Dropping the list makes room again (the MemoryError was caught).
    m.gc.set_root(0, std::ptr::null_mut());
    assert!(!m.gc.malloc(T_NODE).is_null());
    let again = fill(&mut m);
    assert!(again * 10 > n * 9, "{again} vs {n}");
}

#[test]
fn huge_or_negative_arrays_are_memory_errors() {
    let mut m = Mutator::new(2, capped(8 << 20));
    assert!(m.gc.malloc_varsize(T_NUMS, 10 << 20).is_null()); // 80 MB > cap
    assert!(m.gc.take_out_of_memory());
    assert!(m.gc.malloc_varsize(T_NUMS, -1).is_null());
    assert!(m.gc.take_out_of_memory());
    assert!(m.gc.malloc_varsize(T_PTRS, i64::MAX).is_null());
    assert!(m.gc.take_out_of_memory());
    // Below the cap, big arrays still work.
    assert!(!m.gc.malloc_varsize(T_NUMS, 100_000).is_null());
    assert!(!m.gc.take_out_of_memory());
}

#[test]
fn big_arrays_until_the_cap() {
    let mut m = Mutator::new(3, capped(32 << 20));
    let mut kept = 0;
    loop {
        let a = m.gc.malloc_varsize(T_NUMS, 100_000); // 800 KB each
        if a.is_null() {
            break;
        }
        m.gc.push_root(a);
        kept += 1;
        assert!(kept < 1000, "the cap is not enforced");
    }
    assert!(m.gc.take_out_of_memory());
    assert!(
        (36..=42).contains(&kept),
        "{kept} arrays of 800 KB under a 32 MB cap"
    );
    m.gc.truncate_roots(0);
    assert!(!m.gc.malloc_varsize(T_NUMS, 100_000).is_null());
}

/// `RPY_GC_MAX_HEAP` read by `rpy_gc_init`, in a child process so that the
/// environment and the global collector are its own.
#[test]
fn env_max_heap_gives_memory_error() {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "child_global_oom",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("RPY_GC_MAX_HEAP", "16MB")
        .env("RPY_GC_OOM_CHILD", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child crashed: {:?}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("MemoryError after"), "{stdout}");
}

#[test]
#[ignore = "run in a child process by env_max_heap_gives_memory_error"]
fn child_global_oom() {
    use rpy_runtime::abi::*;
    if std::env::var("RPY_GC_OOM_CHILD").is_err() {
        return;
    }
    static PTRS: [u32; 2] = [16, 24];
    let table = [rpy_runtime::TypeInfo {
        size: 40,
        flags: 0,
        item_size: 0,
        length_offset: 0,
        n_ptr_offsets: 2,
        n_item_ptr_offsets: 0,
        ptr_offsets: PTRS.as_ptr(),
        item_ptr_offsets: std::ptr::null(),
    }];
    unsafe {
        assert_eq!(rpy_gc_init(table.as_ptr(), 1), 0);
        // One shadow-stack slot holds the list head, as compiled code would.
        let slot = rpy_shadowstack_top;
        *slot = std::ptr::null_mut();
        rpy_shadowstack_top = slot.add(1);
        let mut n = 0u64;
        loop {
            let node = rpy_gc_malloc(0);
            if node.is_null() {
                break;
            }
            *((node as *mut u8).add(16) as *mut ObjPtr) = *slot;
            *slot = node;
            n += 1;
        }
        assert_eq!(rpy_gc_out_of_memory(), 1);
        println!("MemoryError after {n} nodes");
        rpy_shadowstack_top = slot;
        rpy_gc_shutdown();
    }
}

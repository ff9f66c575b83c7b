//! Deliberately broken mutators: a skipped write barrier, a missed root and
//! an unmarked card must each be caught by the verifier, first in small
//! hand-written scenarios, then in randomized runs that commit the fault.

mod common;
use common::*;
use rpy_runtime::{flags, GcConfig, ObjPtr, VerifyErrorKind, VerifyFailure};

fn config() -> GcConfig {
    GcConfig {
        nursery_size: 64 << 10,
        large_object: 4096,
        min_major_threshold: 1 << 30,
        verify: false,
        on_verify_failure: VerifyFailure::Panic,
        shadowstack_slots: 1024,
        ..GcConfig::default()
    }
}

/// Allocates a node and makes it old; leaves it as root 0.
fn old_node(m: &mut Mutator) -> ObjPtr {
    m.alloc(T_NODE, 0);
    m.gc.collect_minor();
    let a = m.gc.root(0);
    assert!(!m.gc.is_young(a));
    a
}

#[test]
fn skipped_barrier_is_caught() {
    for broken in [false, true] {
        let mut m = Mutator::new(1, config());
        let a = old_node(&mut m);
        let young = m.gc.malloc(T_NODE);
        unsafe {
            wr(young, 8, 4242);
            assert!((*a).word & flags::TRACK_YOUNG_PTRS != 0);
            if !broken {
                m.gc.write_barrier(a);
            }
            wr(a, 16, young as u64);
        }
        let r = m.gc.verify();
        if broken {
            let e = r.unwrap_err();
            assert_eq!(e.kind, VerifyErrorKind::MissingBarrier, "{e}");
            // With RPY_GC_VERIFY on, the collection itself refuses to run.
            let mut cfg = config();
            cfg.verify = true;
            let mut m2 = Mutator::new(1, cfg);
            let a = old_node(&mut m2);
            let young = m2.gc.malloc(T_NODE);
            unsafe { wr(a, 16, young as u64) };
            let p =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| m2.gc.collect_minor()));
            let msg = *p.unwrap_err().downcast::<String>().unwrap();
            assert!(msg.contains("MissingBarrier"), "{msg}");
        } else {
            r.unwrap();
            m.gc.collect_minor();
            let a = m.gc.root(0);
            let y = unsafe { rd(a, 16) } as ObjPtr;
            assert!(!m.gc.is_young(y));
            assert_eq!(unsafe { rd(y, 8) }, 4242);
        }
    }
}

#[test]
fn missed_root_is_caught() {
    for broken in [false, true] {
        let mut m = Mutator::new(2, config());
        old_node(&mut m);
        let mut lost = m.gc.malloc(T_NODE);
        unsafe { wr(lost, 8, 777) };
        if !broken {
            m.gc.push_root(lost);
        }
        m.gc.collect_minor(); // `lost` is not copied when it is not a root
        if !broken {
            lost = m.gc.pop_root();
        }
        let a = m.gc.root(0);
        unsafe {
            m.gc.write_barrier(a);
            wr(a, 16, lost as u64);
        }
        let r = m.gc.verify();
        if broken {
            let e = r.unwrap_err();
            assert_eq!(e.kind, VerifyErrorKind::BadPointer, "{e}");
            assert!(e.message.contains("nursery"), "{e}");
        } else {
            r.unwrap();
            assert_eq!(unsafe { rd(lost, 8) }, 777);
        }
    }
}

#[test]
fn unmarked_card_is_caught() {
    for broken in [false, true] {
        let mut m = Mutator::new(3, config());
        m.alloc(T_PTRS, 5000); // 40 KB: straight to the old generation, with cards
        let arr = m.gc.root(0);
        unsafe {
            assert!(!m.gc.is_young(arr));
            assert!((*arr).word & flags::HAS_CARDS != 0);
        }
        let young = m.gc.malloc(T_LEAF);
        unsafe {
            // Broken: the barrier is called, but for the wrong item.
            let index = if broken { 10 } else { 3000 };
            m.gc.write_barrier_array(arr, index);
            wr(arr, 24 + 8 * 3000, young as u64);
        }
        let r = m.gc.verify();
        if broken {
            let e = r.unwrap_err();
            assert_eq!(e.kind, VerifyErrorKind::UnmarkedCard, "{e}");
        } else {
            r.unwrap();
            m.gc.collect_minor();
            let y = unsafe { rd(m.gc.root(0), 24 + 8 * 3000) } as ObjPtr;
            assert!(!m.gc.is_young(y) && !y.is_null());
        }
    }
}

/// Randomized broken mutators: every committed fault must make the run
/// fail with a verifier report (never a crash, never silence).
fn faulty_runs(fault: Fault, seeds: std::ops::Range<u64>) {
    let mut committed_runs = 0;
    for seed in seeds {
        let mut cfg = config_for(seed);
        cfg.large_object = 1024; // make card-marked arrays common
        let mut m = Mutator::new(seed, cfg);
        m.fault = fault;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            for _ in 0..1500 {
                m.step();
                if m.committed > 0 {
                    break;
                }
            }
        }));
        let committed = m.committed > 0;
        match r {
            Ok(()) => assert!(
                !committed,
                "seed {seed}: {fault:?} committed but not caught"
            ),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                assert!(committed, "seed {seed}: failure without a fault: {msg}");
                assert!(
                    msg.contains("heap verification failed"),
                    "seed {seed}: {msg}"
                );
                committed_runs += 1;
            }
        }
        std::mem::forget(m); // its heap may be corrupt: do not even free it
    }
    assert!(
        committed_runs >= 10,
        "{fault:?}: only {committed_runs} runs committed the fault"
    );
}

#[test]
fn random_skipped_barriers_are_caught() {
    faulty_runs(Fault::SkipBarrier, 0..60);
}

#[test]
fn random_missed_roots_are_caught() {
    faulty_runs(Fault::MissRoot, 0..60);
}

#[test]
fn random_unmarked_cards_are_caught() {
    faulty_runs(Fault::WrongCard, 0..150);
}

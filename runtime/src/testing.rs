//! Test support (not part of the ABI): runs a closure on a freshly started
//! runtime (the global collector with the fixed types, stdout captured),
//! one test at a time, and helpers to pass Rust values to entry points and
//! read results back while respecting the rooting rules.
//!
//! What this module keeps true: the runtime is shut down after each
//! closure, even if it panics; a closure must leave the shadow stack as it
//! found it (checked).

use crate::abi::rpy_shadowstack_top;
use crate::config::{GcConfig, VerifyFailure};
use crate::objects::{self as o, Ref};
use std::ptr::{addr_of, addr_of_mut};
use std::sync::Mutex;

static LOCK: Mutex<()> = Mutex::new(());

/// A small heap, optionally collecting at every allocation with the heap
/// verifier on (so that a missing root shows up at once).
pub fn config(stress: bool) -> GcConfig {
    GcConfig {
        nursery_size: 256 << 10,
        large_object: 16 << 10,
        min_major_threshold: 1 << 20,
        increment_step: 16 << 10,
        stress,
        verify: stress,
        on_verify_failure: VerifyFailure::Panic,
        ..GcConfig::default()
    }
}

struct Running;

impl Drop for Running {
    fn drop(&mut self) {
        crate::io::capture_take();
        // SAFETY: the closure is over; its references are dead.
        unsafe { crate::entry::shutdown_runtime() };
    }
}

/// Runs `f` on a started runtime. Returns its result and what it wrote to
/// stdout.
pub fn with_runtime<R>(config: GcConfig, f: impl FnOnce() -> R) -> (R, Vec<u8>) {
    let _lock = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let t = &o::FIXED_TYPES.0;
    // SAFETY: the fixed table is valid; no prebuilt objects.
    unsafe {
        crate::entry::init_runtime(
            t.as_ptr(),
            t.len() as u32,
            Some(config),
            std::ptr::null(),
            0,
        )
    }
    .expect("runtime init");
    let running = Running;
    crate::io::capture_start();
    // SAFETY: reads of the global (single-threaded under the lock).
    let base = unsafe { *addr_of!(rpy_shadowstack_top) };
    let r = f();
    let top = unsafe { *addr_of!(rpy_shadowstack_top) };
    assert_eq!(top, base, "the shadow stack is unbalanced");
    let out = crate::io::capture_take();
    crate::io::capture_start();
    drop(running);
    (r, out)
}

/// An argument for an entry point.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    StrList(Vec<&'a str>),
    IntList(Vec<i64>),
    FloatList(Vec<f64>),
    Null,
}

/// Allocates `args` (each rooted while the next is made), then calls `f`
/// with them. They are popped before the call: entry points root their own
/// arguments. `f` must not keep references past an allocation. In stress
/// mode the arguments are all built without a collection, so that they are
/// all young (movable) when `f` runs: a callee that forgets to root one
/// then reads a moved object.
///
/// # Safety
/// The runtime must be started.
pub unsafe fn with_args<R>(args: &[Arg], f: impl FnOnce(&[Ref]) -> R) -> R {
    let stress = crate::abi::set_stress(false);
    let base = *addr_of!(rpy_shadowstack_top);
    for a in args {
        let r = match a {
            Arg::Str(s) => o::new_str(s).expect("alloc"),
            Arg::StrList(v) => {
                let owned: Vec<String> = v.iter().map(|s| s.to_string()).collect();
                crate::entry::str_list(&owned).expect("alloc")
            }
            Arg::IntList(v) => {
                let l = o::new_list(o::TID_I64_ARRAY, v.len(), v.len()).expect("alloc");
                for (i, x) in v.iter().enumerate() {
                    *o::field::<i64>(o::list_items(l), o::array::ITEMS + 8 * i) = *x;
                }
                l
            }
            Arg::FloatList(v) => {
                let l = o::new_list(o::TID_F64_ARRAY, v.len(), v.len()).expect("alloc");
                for (i, x) in v.iter().enumerate() {
                    *o::field::<f64>(o::list_items(l), o::array::ITEMS + 8 * i) = *x;
                }
                l
            }
            Arg::Null => std::ptr::null_mut(),
        };
        let top = *addr_of!(rpy_shadowstack_top);
        *top = r;
        *addr_of_mut!(rpy_shadowstack_top) = top.add(1);
    }
    let refs: Vec<Ref> = (0..args.len()).map(|i| *base.add(i)).collect();
    *addr_of_mut!(rpy_shadowstack_top) = base;
    crate::abi::set_stress(stress);
    f(&refs)
}

/// The text of a str result, checking its invariants (UTF-8, charlen).
///
/// # Safety
/// `s` must be a valid str.
pub unsafe fn text(s: Ref) -> String {
    assert!(!s.is_null(), "null str");
    assert_eq!(o::tid_of(s), o::TID_STR, "not a str");
    let b = o::str_bytes(s);
    let t = std::str::from_utf8(b).expect("str holds invalid UTF-8");
    assert_eq!(
        o::str_charlen(s),
        t.chars().count(),
        "wrong charlen for {t:?}"
    );
    t.to_string()
}

/// The items of a list[str].
///
/// # Safety
/// `l` must be a valid list of strs.
pub unsafe fn str_items(l: Ref) -> Vec<String> {
    let items = o::list_items(l);
    (0..o::list_len(l))
        .map(|i| text(o::array_ref(items, i)))
        .collect()
}

/// The items of a list of i64 or f64 (as raw words).
///
/// # Safety
/// `l` must be a valid list with 8-byte items.
pub unsafe fn word_items<T: Copy>(l: Ref) -> Vec<T> {
    let items = o::list_items(l);
    (0..o::list_len(l))
        .map(|i| *o::field::<T>(items, o::array::ITEMS + 8 * i))
        .collect()
}

/// Takes the pending exception as (class name, message).
///
/// # Safety
/// The runtime must be started.
pub unsafe fn take_exc() -> Option<(String, String)> {
    crate::exc::take_pending().map(|(k, m)| (crate::exc::kind_name(k), m))
}

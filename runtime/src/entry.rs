//! The program entry: `rpy_main`, called by the `main` the compiler emits.
//! It checks the type table against the runtime's fixed types, starts the
//! collector, registers prebuilt objects and static roots, builds `argv`
//! as a `list[str]`, runs the program's entry function, and turns the
//! outcome into an exit status: main's return value, SystemExit's code, or
//! 1 after printing the traceback of an uncaught exception. stdout is
//! flushed before anything goes to stderr and before returning.
//!
//! What this module keeps true: nothing here panics; a table that does not
//! start with the fixed types aborts with a message naming the first
//! differing type id, before any other work.

use crate::abi::{rpy_gc_init, rpy_gc_init_with, rpy_gc_shutdown};
use crate::config::GcConfig;
use crate::objects::{self as o, RResult, Ref, Roots};
use crate::types::TypeInfo;
use std::ffi::{c_char, CStr};

/// Starts the runtime: checks the fixed types, initialises the collector
/// (`config`: None reads the environment), registers the program's and
/// the runtime's prebuilt objects and the static roots.
///
/// # Safety
/// `types` must point at `n_types` descriptors; `prebuilt` at
/// `n_prebuilt` pointers to writable prebuilt objects (or be null).
pub unsafe fn init_runtime(
    types: *const TypeInfo,
    n_types: u32,
    config: Option<GcConfig>,
    prebuilt: *const Ref,
    n_prebuilt: usize,
) -> Result<(), String> {
    o::check_fixed_types(types, n_types)?;
    let rc = match config {
        Some(c) => rpy_gc_init_with(types, n_types, c),
        None => rpy_gc_init(types, n_types),
    };
    match rc {
        0 => {}
        -1 => return Err("the program's type table is invalid".into()),
        -2 => return Err("the runtime is already initialised".into()),
        _ => return Err("out of memory while starting the collector".into()),
    }
    crate::exc::reset();
    if !prebuilt.is_null() && n_prebuilt > 0 {
        crate::abi::rpy_gc_register_prebuilt(prebuilt, n_prebuilt);
    }
    o::register_with_gc();
    Ok(())
}

/// Flushes stdout, forgets the pending exception and frees the heap.
///
/// # Safety
/// No GC reference may be used afterwards.
pub unsafe fn shutdown_runtime() {
    crate::io::flush_stdout();
    crate::exc::reset();
    rpy_gc_shutdown();
}

/// A new `list[str]` of `items`. May collect.
///
/// # Safety
/// The runtime must be initialised.
pub unsafe fn str_list(items: &[String]) -> RResult<Ref> {
    let l = o::new_list(o::TID_REF_ARRAY, items.len(), items.len())?;
    let roots = Roots::new([l]);
    for (i, it) in items.iter().enumerate() {
        let s = o::new_str(it)?;
        o::store_item_ref(o::list_items(roots.get(0)), i, s);
    }
    Ok(roots.get(0))
}

/// The program entry. `entry` runs the module initialisation and `main`,
/// given `argv` as a `list[str]`, and returns main's result. Returns the
/// process exit status.
///
/// # Safety
/// Called once, from the compiler's `main`, with the C arguments and the
/// program's tables.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn rpy_main(
    argc: i32,
    argv: *const *const c_char,
    entry: extern "C" fn(Ref) -> i64,
    types: *const TypeInfo,
    n_types: u32,
    prebuilt: *const Ref,
    n_prebuilt: usize,
    file_name: *const c_char,
) -> i32 {
    let stack_mark = 0u8;
    crate::exc::set_c_stack_base(std::ptr::addr_of!(stack_mark) as usize);
    if let Err(msg) = init_runtime(types, n_types, None, prebuilt, n_prebuilt) {
        crate::io::write_stderr(format!("rpy runtime: fatal error: {msg}\n").as_bytes());
        std::process::abort();
    }
    if !file_name.is_null() {
        crate::exc::set_file_name(&CStr::from_ptr(file_name).to_string_lossy());
    }
    let mut args = Vec::with_capacity(argc.max(0) as usize);
    for i in 0..argc.max(0) as usize {
        let p = *argv.add(i);
        if !p.is_null() {
            args.push(CStr::from_ptr(p).to_string_lossy().into_owned());
        }
    }
    let code = match str_list(&args) {
        Ok(list) => {
            let r = entry(list);
            if crate::exc::pending() {
                crate::exc::report_uncaught()
            } else {
                r as i32
            }
        }
        Err(_) => crate::exc::report_uncaught(),
    };
    shutdown_runtime();
    code
}

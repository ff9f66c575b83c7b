//! Exceptions, RPython style: a raising function stores the exception in the
//! global `rpy_exc_current` and returns a dummy value; compiled code tests
//! the global after every call that may raise.
//!
//! What this module keeps true:
//! - `rpy_exc_current` is null or a valid exception object. It is a static
//!   root of the collector (rewritten when its object moves), as is the
//!   last fetched exception (kept to give its traceback back on a re-raise).
//! - `MemoryError` can always be raised: it is a prebuilt object and raising
//!   it allocates nothing.
//! - The traceback records frames of the pending exception, innermost
//!   first; fetching the exception moves them aside (a re-raise of the same
//!   object takes them back), raising any other exception clears them.
//! - Uncaught exceptions print like CPython's last lines (after flushing
//!   stdout) and give exit status 1; an uncaught `SystemExit` exits silently
//!   with its code.

use crate::header::flags;
use crate::objects::{self as o, kind, Raised, Ref, Roots};
use std::ptr::{addr_of, addr_of_mut, null_mut};

/// The pending exception, or null. Compiled code tests it after calls that
/// may raise; only the runtime writes it.
#[no_mangle]
pub static mut rpy_exc_current: Ref = null_mut();

/// The exception most recently taken by `rpy_exc_fetch` (a static root).
static mut LAST_FETCHED: Ref = null_mut();

/// One traceback entry: the function name (a prebuilt str, kept as a
/// pointer, or a copy of a heap str) and the line.
enum Frame {
    Prebuilt(Ref, i64),
    Owned(String, i64),
}

/// Frames of the pending exception, innermost first.
static mut TRACEBACK: Vec<Frame> = Vec::new();
/// Frames of `LAST_FETCHED`.
static mut FETCHED_TRACEBACK: Vec<Frame> = Vec::new();

/// The program's file name, for tracebacks (set by `rpy_main`).
static mut FILE_NAME: String = String::new();

/// The prebuilt MemoryError.
#[repr(C)]
struct StaticExc {
    header: u64,
    kind: i64,
    msg: Ref,
    code: i64,
}

static mut MEMORY_ERROR: StaticExc = StaticExc {
    header: o::TID_EXC as u64 | flags::PREBUILT_INITIAL,
    kind: kind::MEMORY_ERROR,
    msg: null_mut(),
    code: 0,
};

/// The prebuilt MemoryError instance.
pub fn memory_error_obj() -> Ref {
    addr_of_mut!(MEMORY_ERROR) as Ref
}

/// Registers the static roots of this module with the global collector.
///
/// # Safety
/// The global collector must be initialised.
pub unsafe fn register_roots() {
    crate::abi::add_static_root(addr_of_mut!(rpy_exc_current));
    crate::abi::add_static_root(addr_of_mut!(LAST_FETCHED));
}

/// Forgets every exception and traceback (start-up, shutdown, tests).
///
/// # Safety
/// Single-threaded use.
pub unsafe fn reset() {
    *addr_of_mut!(rpy_exc_current) = null_mut();
    *addr_of_mut!(LAST_FETCHED) = null_mut();
    (*addr_of_mut!(TRACEBACK)).clear();
    (*addr_of_mut!(FETCHED_TRACEBACK)).clear();
}

/// Sets the file name printed in tracebacks.
pub fn set_file_name(name: &str) {
    // SAFETY: single-threaded use.
    unsafe { *addr_of_mut!(FILE_NAME) = name.to_string() }
}

/// True if an exception is pending.
#[inline]
pub fn pending() -> bool {
    // SAFETY: a read of the global.
    unsafe { !(*addr_of!(rpy_exc_current)).is_null() }
}

/// Raises `exc` (non-null). A re-raise of the exception fetched last takes
/// back its traceback; any other exception starts an empty one.
unsafe fn set_pending(exc: Ref) {
    let tb = &mut *addr_of_mut!(TRACEBACK);
    tb.clear();
    if exc == *addr_of!(LAST_FETCHED) {
        std::ptr::swap(tb, addr_of_mut!(FETCHED_TRACEBACK));
        *addr_of_mut!(LAST_FETCHED) = null_mut();
    }
    *addr_of_mut!(rpy_exc_current) = exc;
}

/// Makes the (non-null) exception object pending.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C" fn rpy_raise(exc: Ref) {
    if exc.is_null() {
        rpy_raise_memory_error();
        return;
    }
    set_pending(exc);
}

/// Makes the prebuilt MemoryError pending.
///
/// # Safety
/// Single-threaded use.
#[no_mangle]
pub unsafe extern "C" fn rpy_raise_memory_error() {
    set_pending(memory_error_obj());
}

/// Allocates an exception of `k` with message `msg` (may be null) and makes
/// it pending. May collect.
///
/// # Safety
/// The GC must be initialised; `msg` null or a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_raise_kind(k: i64, msg: Ref) {
    if let Ok(e) = o::new_exc(k, msg) {
        set_pending(e);
    }
}

/// Allocates an exception of `k` with message `msg` (may be null) without
/// raising it. May collect (MemoryError: returns null).
///
/// # Safety
/// As for [`rpy_raise_kind`].
#[no_mangle]
pub unsafe extern "C" fn rpy_exc_new(k: i64, msg: Ref) -> Ref {
    o::new_exc(k, msg).unwrap_or(null_mut())
}

/// Takes the pending exception (clearing it) and returns it; its traceback
/// is put aside in case the same object is raised again.
///
/// # Safety
/// Single-threaded use.
#[no_mangle]
pub unsafe extern "C" fn rpy_exc_fetch() -> Ref {
    let e = *addr_of!(rpy_exc_current);
    *addr_of_mut!(rpy_exc_current) = null_mut();
    let fetched = &mut *addr_of_mut!(FETCHED_TRACEBACK);
    fetched.clear();
    std::ptr::swap(fetched, addr_of_mut!(TRACEBACK));
    *addr_of_mut!(LAST_FETCHED) = e;
    e
}

/// `isinstance(exc, k)` for a built-in kind `k`.
///
/// # Safety
/// `exc` must be null or a valid exception object.
#[no_mangle]
pub unsafe extern "C" fn rpy_exc_matches(exc: Ref, k: i64) -> bool {
    !exc.is_null() && kind::is_subclass(o::get_i64(exc, o::exc::KIND), k)
}

/// `str(exc)`: its message, or "" when it has none. Never allocates.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C" fn rpy_exc_str(exc: Ref) -> Ref {
    if exc.is_null() {
        return o::empty_str();
    }
    let m = o::get_ref(exc, o::exc::MSG);
    if m.is_null() {
        o::empty_str()
    } else {
        m
    }
}

/// Records that the pending exception propagates out of function `name`
/// (a str, normally prebuilt) at `line`. Never collects.
///
/// # Safety
/// `name` must be null or a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_traceback_add(name: Ref, line: i64) {
    let tb = &mut *addr_of_mut!(TRACEBACK);
    // Deep recursion can propagate through a million frames: keep the
    // innermost ones and the outermost ones, as CPython's output would be
    // unreadable anyway.
    if tb.len() >= 1 << 20 {
        return;
    }
    let frame = if name.is_null() {
        Frame::Owned("?".to_string(), line)
    } else if (*name).word & flags::PREBUILT != 0 {
        Frame::Prebuilt(name, line)
    } else {
        Frame::Owned(o::str_as_str(name).to_string(), line)
    };
    tb.push(frame);
}

/// Raises `SystemExit(code)` (`str()` of it is the code). May collect.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_sys_exit(code: i64) {
    let Ok(msg) = crate::fmt_int::int_to_str_obj(code) else {
        return;
    };
    if let Ok(e) = o::new_exc(kind::SYSTEM_EXIT, msg) {
        o::set_i64(e, o::exc::CODE, code);
        set_pending(e);
    }
}

/// Lowest C stack address the program may use before RecursionError
/// (0: unknown, not checked).
static mut C_STACK_LIMIT: usize = 0;

/// Records the C stack bounds: `base` is an address near the top of the
/// main thread's stack (a local of `rpy_main`).
pub fn set_c_stack_base(base: usize) {
    let size = crate::os::stack_rlimit().unwrap_or(8 << 20).min(1 << 30);
    // Keep 256 KiB (or a quarter of a small stack) for the runtime itself
    // and for the frames between two checks.
    let margin = (256 << 10).min(size / 4);
    // SAFETY: single-threaded use.
    unsafe { *addr_of_mut!(C_STACK_LIMIT) = base.saturating_sub(size - margin) }
}

/// Raises RecursionError ("maximum recursion depth exceeded") when the
/// shadow stack or the C stack is nearly full; returns true if it raised.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_check_recursion() -> bool {
    let top = *addr_of!(crate::abi::rpy_shadowstack_top) as usize;
    let limit = *addr_of!(crate::abi::rpy_shadowstack_limit) as usize;
    let local = 0u8;
    let sp = addr_of!(local) as usize;
    if limit.wrapping_sub(top) < o::RESERVED_SLOTS * 8 || sp < *addr_of!(C_STACK_LIMIT) {
        raise_str(kind::RECURSION_ERROR, "maximum recursion depth exceeded");
        return true;
    }
    false
}

/// Raises `k` with a message given as Rust text. Returns `Raised`, for
/// `return Err(raise_str(...))`.
pub fn raise_str(k: i64, msg: &str) -> Raised {
    // SAFETY: the runtime is initialised whenever an entry point runs.
    unsafe {
        if let Ok(m) = o::new_str(msg) {
            rpy_raise_kind(k, m);
        }
    }
    Raised
}

/// The kind and message of an exception (for printing and tests).
///
/// # Safety
/// `exc` must be a valid exception object.
pub unsafe fn describe(exc: Ref) -> (i64, String) {
    let m = o::get_ref(exc, o::exc::MSG);
    let text = if m.is_null() {
        String::new()
    } else {
        o::str_as_str(m).to_string()
    };
    (o::get_i64(exc, o::exc::KIND), text)
}

/// Takes the pending exception as (kind, message) (tests).
///
/// # Safety
/// The runtime must be initialised.
pub unsafe fn take_pending() -> Option<(i64, String)> {
    let e = rpy_exc_fetch();
    if e.is_null() {
        None
    } else {
        Some(describe(e))
    }
}

/// The class name printed for kind `k`. User exception classes are not
/// known to the runtime (the contract gives no names for them).
pub fn kind_name(k: i64) -> String {
    match kind::name(k) {
        Some(n) => n.to_string(),
        None => "Exception".to_string(),
    }
}

/// The text CPython prints on stderr for an uncaught exception.
///
/// # Safety
/// `exc` must be a valid exception object.
pub unsafe fn traceback_text(exc: Ref) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    let file = &*addr_of!(FILE_NAME);
    for f in (*addr_of!(TRACEBACK)).iter().rev() {
        let (name, line) = match f {
            Frame::Prebuilt(p, line) => (o::str_as_str(*p), *line),
            Frame::Owned(s, line) => (s.as_str(), *line),
        };
        out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
    }
    let (k, msg) = describe(exc);
    out.push_str(&kind_name(k));
    if !msg.is_empty() {
        out.push_str(": ");
        out.push_str(&msg);
    }
    out.push('\n');
    out
}

/// Handles an exception that reached the top: SystemExit gives its code
/// silently; anything else prints the traceback on stderr (after flushing
/// stdout) and gives 1.
///
/// # Safety
/// The runtime must be initialised.
pub unsafe fn report_uncaught() -> i32 {
    let e = *addr_of!(rpy_exc_current);
    if e.is_null() {
        return 0;
    }
    crate::io::flush_stdout();
    if o::get_i64(e, o::exc::KIND) == kind::SYSTEM_EXIT {
        return o::get_i64(e, o::exc::CODE) as i32;
    }
    let text = traceback_text(e);
    crate::io::write_stderr(text.as_bytes());
    1
}

/// Keeps `r` alive across `f` (which may collect) and returns it reloaded.
///
/// # Safety
/// `r` must be null or a valid object.
pub unsafe fn keep<T>(r: Ref, f: impl FnOnce() -> T) -> (Ref, T) {
    let roots = Roots::new([r]);
    let v = f();
    (roots.get(0), v)
}

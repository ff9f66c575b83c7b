//! Program output: stdout through one large buffer (CPython writes fully
//! buffered to pipes and files; byte-identical output is what matters),
//! stderr unbuffered.
//!
//! What this module keeps true:
//! - stdout is flushed when the buffer is full, at exit, and before any
//!   stderr output of the runtime, so the two streams keep CPython's order
//!   whenever CPython itself would have flushed.
//! - A broken pipe on stdout ends the program quietly (exit status 120, as
//!   CPython when its final flush fails), without a message.
//! - None of these functions allocates in the GC heap.

use crate::objects::{self as o, Ref};
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::ptr::addr_of_mut;

/// Size of the stdout buffer.
pub const BUF_SIZE: usize = 64 << 10;

static mut OUT: Vec<u8> = Vec::new();
/// Tests: flushed output goes here instead of file descriptor 1.
static mut CAPTURE: Option<Vec<u8>> = None;

#[inline(always)]
fn out() -> &'static mut Vec<u8> {
    // SAFETY: single-threaded use; the buffer is only touched here.
    unsafe { &mut *addr_of_mut!(OUT) }
}

/// Writes all of `bytes` to file descriptor `fd` (retrying on EINTR).
fn write_fd(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    // SAFETY: the descriptor is borrowed, never closed (ManuallyDrop).
    let mut f = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.write_all(bytes)
}

fn write_stdout_now(bytes: &[u8]) {
    // SAFETY: single-threaded use.
    if let Some(c) = unsafe { (*addr_of_mut!(CAPTURE)).as_mut() } {
        c.extend_from_slice(bytes);
        return;
    }
    if let Err(e) = write_fd(1, bytes) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(120);
        }
        // Other errors (stdout closed): the output is lost, as it would
        // be with CPython's ignored flush errors.
    }
}

/// Writes the buffered stdout bytes.
pub fn flush_stdout() {
    let buf = out();
    if !buf.is_empty() {
        let bytes = std::mem::take(buf);
        write_stdout_now(&bytes);
        let mut bytes = bytes;
        bytes.clear();
        *out() = bytes;
    }
}

/// Appends bytes to stdout.
#[inline]
pub fn write_bytes(b: &[u8]) {
    let buf = out();
    if buf.len() + b.len() > BUF_SIZE {
        flush_stdout();
        if b.len() >= BUF_SIZE {
            write_stdout_now(b);
            return;
        }
    }
    let buf = out();
    if buf.capacity() == 0 {
        buf.reserve(BUF_SIZE);
    }
    buf.extend_from_slice(b);
}

/// Writes to stderr, after flushing stdout.
pub fn write_stderr(b: &[u8]) {
    flush_stdout();
    let _ = write_fd(2, b);
}

/// Tests: from now on, stdout goes to memory.
pub fn capture_start() {
    flush_stdout();
    // SAFETY: single-threaded use.
    unsafe { *addr_of_mut!(CAPTURE) = Some(Vec::new()) }
}

/// Tests: everything written since `capture_start`, and stop capturing.
pub fn capture_take() -> Vec<u8> {
    flush_stdout();
    // SAFETY: single-threaded use.
    unsafe { (*addr_of_mut!(CAPTURE)).take().unwrap_or_default() }
}

/// Writes the str to stdout.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_write_str(s: Ref) {
    if !s.is_null() {
        write_bytes(o::str_bytes(s));
    }
}

/// Writes `str(i)`.
#[no_mangle]
pub extern "C" fn rpy_write_int(i: i64) {
    let mut buf = [0u8; 24];
    let n = crate::fmt_int::write_decimal(&mut buf, i);
    write_bytes(&buf[24 - n..]);
}

/// Writes `str(f)` (CPython's repr form).
#[no_mangle]
pub extern "C" fn rpy_write_float(f: f64) {
    let mut s = crate::fmt_float::StackStr::new();
    crate::fmt_float::write_repr(&mut s, f);
    write_bytes(s.as_bytes());
}

/// Writes `True` / `False`.
#[no_mangle]
pub extern "C" fn rpy_write_bool(b: bool) {
    write_bytes(if b { b"True" } else { b"False" });
}

/// Writes one byte.
#[no_mangle]
pub extern "C" fn rpy_write_byte(b: i64) {
    write_bytes(&[b as u8]);
}

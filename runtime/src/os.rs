//! The few operating-system services the collector needs: anonymous memory
//! mappings (zero-filled, returned to the system on release), the L2 cache
//! size for the default nursery, and the resident-set size for statistics.
//!
//! All `unsafe` FFI of the crate lives here.

use std::ffi::c_void;

const PROT_READ: i32 = 1;
const PROT_WRITE: i32 = 2;
const MAP_PRIVATE: i32 = 0x02;
#[cfg(target_os = "linux")]
const MAP_ANONYMOUS: i32 = 0x20;
#[cfg(target_os = "linux")]
const MAP_NORESERVE: i32 = 0x4000;
#[cfg(not(target_os = "linux"))]
const MAP_ANONYMOUS: i32 = 0x1000;
#[cfg(not(target_os = "linux"))]
const MAP_NORESERVE: i32 = 0;

extern "C" {
    fn mmap(addr: *mut c_void, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
        -> *mut c_void;
    fn munmap(addr: *mut c_void, len: usize) -> i32;
}

/// Maps `len` bytes of zeroed read-write memory; `None` if the system refuses.
/// With `lazy`, no swap is reserved (for the shadow stack's large reserve).
pub fn map(len: usize, lazy: bool) -> Option<*mut u8> {
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | if lazy { MAP_NORESERVE } else { 0 };
    // SAFETY: an anonymous private mapping at an address the kernel chooses
    // touches no existing memory.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ | PROT_WRITE,
            flags,
            -1,
            0,
        )
    };
    if p as isize == -1 || p.is_null() {
        None
    } else {
        Some(p as *mut u8)
    }
}

/// Releases a mapping made by [`map`].
///
/// # Safety
/// `(p, len)` must be exactly a mapping returned by [`map`], no longer used.
pub unsafe fn unmap(p: *mut u8, len: usize) {
    munmap(p as *mut c_void, len);
}

/// Size of the L2 cache of cpu0, read from sysfs (Linux only).
pub fn l2_cache_size() -> Option<usize> {
    for i in 0..8 {
        let dir = format!("/sys/devices/system/cpu/cpu0/cache/index{i}");
        let level = std::fs::read_to_string(format!("{dir}/level")).ok()?;
        if level.trim() != "2" {
            continue;
        }
        let size = std::fs::read_to_string(format!("{dir}/size")).ok()?;
        return crate::config::parse_size(&size);
    }
    None
}

/// Peak resident set size of this process in bytes (`VmHWM`), if known.
pub fn peak_rss() -> Option<usize> {
    status_kb("VmHWM:")
}

/// Resident set size of this process now, in bytes (`VmRSS`), if known.
pub fn current_rss() -> Option<usize> {
    status_kb("VmRSS:")
}

/// A `kB` field of `/proc/self/status`, in bytes.
fn status_kb(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// `RLIMIT_STACK` on Linux.
#[cfg(target_os = "linux")]
const RLIMIT_STACK: i32 = 3;
#[cfg(not(target_os = "linux"))]
const RLIMIT_STACK: i32 = 3;

#[repr(C)]
struct RLimit {
    cur: u64,
    max: u64,
}

extern "C" {
    fn getrlimit(resource: i32, rlim: *mut RLimit) -> i32;
}

/// The soft limit of the main thread's stack size, if finite.
pub fn stack_rlimit() -> Option<usize> {
    let mut r = RLimit { cur: 0, max: 0 };
    // SAFETY: `getrlimit` writes one `struct rlimit` (two 64-bit words).
    if unsafe { getrlimit(RLIMIT_STACK, &mut r) } != 0 || r.cur == u64::MAX {
        return None;
    }
    usize::try_from(r.cur).ok()
}

/// What the calling thread used so far: CPU time (user + system), minor
/// page faults and involuntary context switches (Linux `RUSAGE_THREAD`).
/// Lets the statistics tell a pause that did work from one that waited for
/// the CPU (preempted) or for the kernel (page faults).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ThreadUsage {
    pub cpu_ns: u64,
    pub minor_faults: u64,
    pub preemptions: u64,
}

#[cfg(target_os = "linux")]
extern "C" {
    fn getrusage(who: i32, usage: *mut [i64; 18]) -> i32;
    fn clock_gettime(clock: i32, ts: *mut [i64; 2]) -> i32;
}

/// The calling thread's [`ThreadUsage`], if the system tells it.
#[cfg(target_os = "linux")]
pub fn thread_usage() -> Option<ThreadUsage> {
    const RUSAGE_THREAD: i32 = 1;
    // struct rusage on 64-bit Linux: two timevals (ru_utime, ru_stime), then
    // 14 longs: maxrss ixrss idrss isrss minflt majflt nswap inblock oublock
    // msgsnd msgrcv nsignals nvcsw nivcsw.
    let mut u = [0i64; 18];
    // SAFETY: `getrusage` writes one `struct rusage` (18 64-bit words here).
    if unsafe { getrusage(RUSAGE_THREAD, &mut u) } != 0 {
        return None;
    }
    // The CPU time from `getrusage` is only brought up to date at clock
    // ticks; `CLOCK_THREAD_CPUTIME_ID` is exact.
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = [0i64; 2];
    // SAFETY: `clock_gettime` writes one `struct timespec` (two 64-bit words).
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } != 0 {
        return None;
    }
    Some(ThreadUsage {
        cpu_ns: ts[0].max(0) as u64 * 1_000_000_000 + ts[1].max(0) as u64,
        minor_faults: u[8].max(0) as u64,
        preemptions: u[17].max(0) as u64,
    })
}

/// The calling thread's [`ThreadUsage`], if the system tells it.
#[cfg(not(target_os = "linux"))]
pub fn thread_usage() -> Option<ThreadUsage> {
    None
}

//! rpy runtime: the garbage collector and the runtime library linked into
//! every translated program.
//!
//! A precise, generational, moving collector in the style of PyPy's
//! incminimark (docs/gc.md): a bump-pointer nursery, minor collections that
//! copy survivors into a non-moving old generation (size-class pages plus a
//! large-object space), incremental mark-sweep major collections, a write
//! barrier with a remembered set and card marking, a shadow stack of roots,
//! prebuilt objects, identity hashes and a heap cap.
//!
//! The runtime knows program types only through the type table the compiler
//! registers ([`types`]). [`Gc`] is one heap; tests create as many as they
//! like. Compiled code uses the C ABI of [`abi`] (docs/runtime-abi.md), which
//! wraps one global instance.
//!
//! The runtime library (docs/runtime-abi.md, "Runtime library") is what
//! compiled code calls besides the GC: [`objects`] (layouts, allocation,
//! rooting), [`exc`] (the pending exception, tracebacks), [`io`] (buffered
//! stdout), [`fmt_int`], [`fmt_float`], [`format_spec`], [`strings`],
//! [`numparse`], [`lists`], [`mathfn`] and [`entry`] (`rpy_main`). Every
//! entry point is listed in `compiler/src/lir/runtime_fn.rs`.

pub mod abi;
mod barrier;
pub mod cards;
pub mod config;
pub mod entry;
pub mod exc;
pub mod fmt_float;
pub mod fmt_int;
pub mod format_spec;
mod gc;
mod hash;
pub mod header;
pub mod io;
pub mod lists;
mod los;
mod major;
pub mod mathfn;
mod minor;
pub mod numparse;
mod nursery;
pub mod objects;
mod os;
mod pages;
mod shadowstack;
pub mod stats;
pub mod strings;
#[doc(hidden)]
pub mod testing;
mod trace;
pub mod types;
pub mod unicode;
mod unicode_tables;
mod verify;

pub use config::{GcConfig, VerifyFailure};
pub use gc::{Gc, GcError};
pub use header::{flags, Header, ObjPtr};
pub use major::Phase;
pub use stats::Stats;
pub use types::{TypeDesc, TypeInfo, TypeTable};
pub use verify::{VerifyError, VerifyErrorKind, VerifyReport};

/// Constants of the ABI that compiled code hard-codes.
pub mod consts {
    pub use crate::cards::{CARD_ITEMS, CARD_OFFSET, CARD_SHIFT};
    pub use crate::pages::SMALL_MAX;
    pub use crate::types::MIN_OBJECT_SIZE;
}

/// Peak resident set size of this process, in bytes (benchmarks).
pub fn peak_rss() -> Option<usize> {
    os::peak_rss()
}

/// Resident set size of this process now, in bytes (benchmarks: the
/// baseline before a workload starts).
pub fn current_rss() -> Option<usize> {
    os::current_rss()
}

/// Reports an unrecoverable runtime error and aborts the process.
#[cold]
pub(crate) fn fatal(msg: &str) -> ! {
    eprintln!("rpy runtime: fatal error: {msg}");
    std::process::abort()
}

impl Gc {
    /// The current major-collection phase.
    pub fn phase(&self) -> Phase {
        self.major.phase
    }
}

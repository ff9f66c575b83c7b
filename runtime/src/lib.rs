//! rpy runtime: the garbage collector linked into every translated program.
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

pub mod abi;
mod barrier;
pub mod cards;
pub mod config;
mod gc;
mod hash;
pub mod header;
mod los;
mod major;
mod minor;
mod nursery;
mod os;
mod pages;
mod shadowstack;
pub mod stats;
mod trace;
pub mod types;
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

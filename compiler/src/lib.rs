//! rpy: a translation toolchain for RPy, a restricted subset of Python 3.
//!
//! Each stage of the pipeline lives in its own module; see docs/architecture.md.

pub mod diagnostics;
pub mod syntax;

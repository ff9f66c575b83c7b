//! rpy: a translation toolchain for RPy, a restricted subset of Python 3.
//!
//! Each stage of the pipeline lives in its own module; see docs/architecture.md.

pub mod annotate;
pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod flow;
pub mod lir;
pub mod lower;
pub mod syntax;

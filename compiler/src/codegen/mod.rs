//! codegen: LIR to a native executable (docs/codegen.md).
//!
//! - [`llvm`] translates a verified [`lir::Module`] to an LLVM module
//!   (functions, the GC type table, prebuilt objects, the C `main`), with the
//!   inline fast paths of docs/runtime-abi.md;
//! - [`roots`] decides which references live in shadow-stack slots and checks
//!   that decision;
//! - [`data`] emits the type table and the prebuilt objects;
//! - [`ptr`] holds every builder call that depends on typed pointers;
//! - [`emit`] runs LLVM's pipeline and writes an object file or IR text;
//! - [`link`] links the object with `cc` against the runtime staticlib, which
//!   is embedded in the `rpy` binary.
//!
//! Invariant: nothing here panics on a bad input module; every failure is a
//! [`CodegenError`]. The LIR is verified (`lir::verify`) before translation,
//! and LLVM's verifier runs on the result before any pass.

pub(crate) mod data;
pub mod emit;
pub mod link;
pub mod llvm;
pub(crate) mod ptr;
pub mod roots;

use std::fmt;
use std::path::Path;

use crate::lir;

/// What to build.
#[derive(Clone, Debug)]
pub struct Options {
    /// 0 (LLVM's `default<O0>`) or 2 (`default<O2>`); other values act as 2.
    pub opt_level: u8,
    /// The source file name, reported in tracebacks by the runtime.
    pub file_name: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level: 2,
            file_name: String::from("<unknown>"),
        }
    }
}

/// Why a module could not be compiled or linked.
#[derive(Debug)]
pub enum CodegenError {
    /// The LIR module failed verification (one line per failure).
    InvalidLir(Vec<String>),
    /// The LIR is well formed but cannot be compiled as is (a missing entry,
    /// a bad type table or prebuilt object, a root-plan violation).
    Unsupported(String),
    /// LLVM's verifier rejected the generated module: the message and the IR.
    LlvmVerify { message: String, ir: String },
    /// The target machine or an LLVM pass failed.
    Llvm(String),
    /// A file could not be written or read.
    Io(String),
    /// No C compiler to link with.
    NoCompiler,
    /// The runtime library is missing.
    NoRuntime(String),
    /// The linker failed (its command line and output).
    Link(String),
    /// A bug in codegen itself.
    Internal(String),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::InvalidLir(errs) => {
                writeln!(f, "invalid LIR ({} errors):", errs.len())?;
                for e in errs {
                    writeln!(f, "  {e}")?;
                }
                Ok(())
            }
            CodegenError::Unsupported(m) => write!(f, "cannot compile: {m}"),
            CodegenError::LlvmVerify { message, ir } => {
                write!(
                    f,
                    "LLVM rejected the generated code: {message}\n--- generated IR ---\n{ir}"
                )
            }
            CodegenError::Llvm(m) => write!(f, "LLVM error: {m}"),
            CodegenError::Io(m) => write!(f, "{m}"),
            CodegenError::NoCompiler => {
                write!(f, "rpy needs a C compiler (`cc`) to link: install gcc")
            }
            CodegenError::NoRuntime(m) => write!(f, "{m}"),
            CodegenError::Link(m) => write!(f, "linking failed: {m}"),
            CodegenError::Internal(m) => write!(f, "internal codegen error: {m}"),
        }
    }
}

impl std::error::Error for CodegenError {}

impl From<inkwell::builder::BuilderError> for CodegenError {
    fn from(e: inkwell::builder::BuilderError) -> CodegenError {
        CodegenError::Internal(format!("LLVM builder: {e}"))
    }
}

/// Compiles `m` and links it into the executable `exe`.
pub fn build_executable(m: &lir::Module, opts: &Options, exe: &Path) -> Result<(), CodegenError> {
    let dir = link::TempDir::new()?;
    let obj = dir.path().join("program.o");
    emit::emit_object(m, opts, &obj)?;
    link::link(&obj, exe)
}

/// The LLVM IR of `m` after the pipeline of `opts.opt_level`
/// (`rpy build --emit=llvm`).
pub fn emit_llvm_text(m: &lir::Module, opts: &Options) -> Result<String, CodegenError> {
    emit::emit_llvm_text(m, opts)
}

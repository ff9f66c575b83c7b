//! From an LLVM module to an object file or IR text.
//!
//! The module is verified by LLVM before any pass (a failure is a
//! [`CodegenError::LlvmVerify`] carrying the printed IR), then optimised with
//! the new pass manager (`default<O0>` or `default<O2>`), for the host CPU
//! and its features, with position-independent code (`RelocMode::PIC`: the
//! type table holds pointers, and the executable is a PIE).

use std::path::Path;
use std::sync::Once;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::OptimizationLevel;

use super::{llvm, CodegenError, Options};
use crate::lir;

/// A target machine for the host.
fn host_machine(opt_level: u8) -> Result<TargetMachine, CodegenError> {
    static INIT: Once = Once::new();
    let mut init_err = None;
    INIT.call_once(|| {
        if let Err(e) = Target::initialize_native(&InitializationConfig::default()) {
            init_err = Some(e);
        }
    });
    if let Some(e) = init_err {
        return Err(CodegenError::Llvm(format!(
            "cannot initialise the native target: {e}"
        )));
    }
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| CodegenError::Llvm(e.to_string()))?;
    let cpu = TargetMachine::get_host_cpu_name();
    let features = TargetMachine::get_host_cpu_features();
    let level = if opt_level == 0 {
        OptimizationLevel::None
    } else {
        OptimizationLevel::Default
    };
    target
        .create_target_machine(
            &triple,
            cpu.to_str().unwrap_or("generic"),
            features.to_str().unwrap_or(""),
            level,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| {
            CodegenError::Llvm(format!(
                "no target machine for {}",
                triple.as_str().to_string_lossy()
            ))
        })
}

/// Translates, verifies and optimises `m`; calls `then` with the result.
fn with_optimised_module<R>(
    m: &lir::Module,
    opts: &Options,
    then: impl FnOnce(&Module<'_>, &TargetMachine) -> Result<R, CodegenError>,
) -> Result<R, CodegenError> {
    let machine = host_machine(opts.opt_level)?;
    let ctx = Context::create();
    let module = llvm::translate(&ctx, m, opts)?;
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    if let Err(e) = module.verify() {
        return Err(CodegenError::LlvmVerify {
            message: e.to_string(),
            ir: module.print_to_string().to_string(),
        });
    }
    let pipeline = if opts.opt_level == 0 {
        "default<O0>"
    } else {
        "default<O2>"
    };
    module
        .run_passes(pipeline, &machine, PassBuilderOptions::create())
        .map_err(|e| CodegenError::Llvm(format!("{pipeline}: {e}")))?;
    then(&module, &machine)
}

/// Writes the object file of `m` to `path`.
pub fn emit_object(m: &lir::Module, opts: &Options, path: &Path) -> Result<(), CodegenError> {
    with_optimised_module(m, opts, |module, machine| {
        machine
            .write_to_file(module, FileType::Object, path)
            .map_err(|e| CodegenError::Io(format!("cannot write {}: {e}", path.display())))
    })
}

/// The IR of `m` after the pipeline of `opts.opt_level`.
pub fn emit_llvm_text(m: &lir::Module, opts: &Options) -> Result<String, CodegenError> {
    with_optimised_module(m, opts, |module, _| {
        Ok(module.print_to_string().to_string())
    })
}

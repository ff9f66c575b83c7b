//! Every builder call whose meaning depends on LLVM 14's typed pointers.
//!
//! The rest of codegen sees GC references and raw pointers as `i8*` and
//! addresses memory by byte offsets; only this module bitcasts an `i8*` to a
//! field's pointer type to load or store it, loads and stores globals, and
//! casts constants to `i8*`. Moving to LLVM 15+ (opaque pointers) should only
//! touch this file: `build_load`/`build_gep` take the pointee type there and
//! every bitcast below disappears.

use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::types::{BasicType, BasicTypeEnum, PointerType};
use inkwell::values::{
    BasicValue, BasicValueEnum, FunctionValue, GlobalValue, IntValue, PointerValue,
};
use inkwell::AddressSpace;

use super::CodegenError;

/// `i8*`: the LLVM type of `ref` and `raw` values.
pub(crate) fn i8_ptr(ctx: &Context) -> PointerType<'_> {
    ctx.i8_type().ptr_type(AddressSpace::default())
}

/// A pointer to `ty`.
pub(crate) fn ptr_to<'ctx>(ty: impl BasicType<'ctx>) -> PointerType<'ctx> {
    ty.ptr_type(AddressSpace::default())
}

/// `base + offset` in bytes (`offset` is an `i64`).
pub(crate) fn byte_gep<'ctx>(
    ctx: &'ctx Context,
    b: &Builder<'ctx>,
    base: PointerValue<'ctx>,
    offset: IntValue<'ctx>,
    name: &str,
) -> Result<PointerValue<'ctx>, CodegenError> {
    let _ = ctx;
    // SAFETY: a GEP on i8* with one index is well formed; whether the address
    // is in bounds is the LIR's business (no `inbounds` is claimed).
    Ok(unsafe { b.build_gep(base, &[offset], name)? })
}

/// Loads a `ty` from the byte address `addr` (an `i8*`).
pub(crate) fn load<'ctx>(
    ctx: &'ctx Context,
    b: &Builder<'ctx>,
    addr: PointerValue<'ctx>,
    ty: BasicTypeEnum<'ctx>,
    align: u32,
    name: &str,
) -> Result<BasicValueEnum<'ctx>, CodegenError> {
    let _ = ctx;
    let typed = b.build_pointer_cast(addr, ptr_to(ty), "")?;
    let v = b.build_load(typed, name)?;
    if let Some(i) = v.as_instruction_value() {
        i.set_alignment(align)
            .map_err(|e| CodegenError::Internal(format!("load alignment: {e:?}")))?;
    }
    Ok(v)
}

/// Stores `v` at the byte address `addr` (an `i8*`).
pub(crate) fn store<'ctx>(
    b: &Builder<'ctx>,
    addr: PointerValue<'ctx>,
    v: BasicValueEnum<'ctx>,
    align: u32,
) -> Result<(), CodegenError> {
    let typed = b.build_pointer_cast(addr, ptr_to(v.get_type()), "")?;
    let st = b.build_store(typed, v)?;
    st.set_alignment(align)
        .map_err(|e| CodegenError::Internal(format!("store alignment: {e:?}")))?;
    Ok(())
}

/// Stores `v` at the byte address `addr`, returning the store instruction
/// (to attach metadata to it).
pub(crate) fn store_inst<'ctx>(
    b: &Builder<'ctx>,
    addr: PointerValue<'ctx>,
    v: BasicValueEnum<'ctx>,
    align: u32,
) -> Result<inkwell::values::InstructionValue<'ctx>, CodegenError> {
    let typed = b.build_pointer_cast(addr, ptr_to(v.get_type()), "")?;
    let st = b.build_store(typed, v)?;
    st.set_alignment(align)
        .map_err(|e| CodegenError::Internal(format!("store alignment: {e:?}")))?;
    Ok(st)
}

/// Loads the value of a global variable.
pub(crate) fn load_global<'ctx>(
    b: &Builder<'ctx>,
    g: GlobalValue<'ctx>,
    name: &str,
) -> Result<BasicValueEnum<'ctx>, CodegenError> {
    Ok(b.build_load(g.as_pointer_value(), name)?)
}

/// Stores into a global variable.
pub(crate) fn store_global<'ctx>(
    b: &Builder<'ctx>,
    g: GlobalValue<'ctx>,
    v: BasicValueEnum<'ctx>,
) -> Result<(), CodegenError> {
    b.build_store(g.as_pointer_value(), v)?;
    Ok(())
}

/// The address of a global as a constant `i8*`.
pub(crate) fn global_as_i8_ptr<'ctx>(
    ctx: &'ctx Context,
    g: GlobalValue<'ctx>,
) -> PointerValue<'ctx> {
    g.as_pointer_value().const_cast(i8_ptr(ctx))
}

/// The address of a global as a constant pointer of type `ty`.
pub(crate) fn global_as<'ctx>(g: GlobalValue<'ctx>, ty: PointerType<'ctx>) -> PointerValue<'ctx> {
    g.as_pointer_value().const_cast(ty)
}

/// The address of a function as a constant pointer.
pub(crate) fn function_ptr(f: FunctionValue<'_>) -> PointerValue<'_> {
    f.as_global_value().as_pointer_value()
}

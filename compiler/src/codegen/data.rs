//! The static data of a program: the GC type table (an array of the
//! runtime's 40-byte `rpy_type_info`), the prebuilt objects and the table of
//! their addresses, and the source file name.
//!
//! What it keeps true (docs/runtime-abi.md): prebuilt objects are mutable,
//! 8-byte aligned globals whose header is `tid | PREBUILT | TRACK_YOUNG_PTRS`
//! and whose size is the allocated size the runtime would compute
//! (`max(16, round_up(raw, 8))`); `str` constants follow `layout::str_`
//! (hash 0, length in code points, length in bytes, UTF-8 bytes); no prebuilt
//! object holds a non-zero number where its type says there is a GC pointer.

use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, GlobalValue, PointerValue};

use super::{ptr, CodegenError};
use crate::lir::{self, layout, PrebuiltData, PrebuiltField};

/// Header flag bits (docs/runtime-abi.md, "Header flags").
pub(crate) const TRACK_YOUNG_PTRS: u64 = 1 << 32;
pub(crate) const CARDS_SET: u64 = 1 << 33;
pub(crate) const PREBUILT: u64 = 1 << 36;
/// `rpy_type_info.flags` of var-sized types.
const TYPE_VARSIZE: u32 = 1;

/// Allocated size of an object whose raw size is `raw` bytes.
pub(crate) fn alloc_size(raw: u64) -> u64 {
    raw.div_ceil(8).saturating_mul(8).max(16)
}

/// The emitted data: the type table and the prebuilt objects.
pub(crate) struct Data<'ctx> {
    /// `rpy_type_info[n]` (as `i8*`), or null when the table is empty.
    pub types: PointerValue<'ctx>,
    pub n_types: u32,
    /// One global per prebuilt object.
    pub prebuilt: Vec<GlobalValue<'ctx>>,
    /// `void *[n]` of all prebuilt objects (as `i8*`), or null.
    pub prebuilt_table: PointerValue<'ctx>,
    /// The file name as a C string.
    pub file_name: PointerValue<'ctx>,
}

pub(crate) fn emit_data<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    m: &lir::Module,
    file_name: &str,
) -> Result<Data<'ctx>, CodegenError> {
    let i8p = ptr::i8_ptr(ctx);
    let types = emit_type_table(ctx, module, m)?;
    let n_types = u32::try_from(m.types.len())
        .map_err(|_| CodegenError::Unsupported("too many GC types".into()))?;
    let prebuilt = emit_prebuilt(ctx, module, m)?;
    let prebuilt_table = if prebuilt.is_empty() {
        i8p.const_null()
    } else {
        let ptrs: Vec<PointerValue> = prebuilt
            .iter()
            .map(|&g| ptr::global_as_i8_ptr(ctx, g))
            .collect();
        let arr = i8p.const_array(&ptrs);
        let g = module.add_global(arr.get_type(), None, "rpy.prebuilt_table");
        g.set_linkage(Linkage::Internal);
        g.set_constant(true);
        g.set_alignment(8);
        g.set_initializer(&arr);
        ptr::global_as_i8_ptr(ctx, g)
    };
    let name: Vec<u8> = file_name.bytes().filter(|&c| c != 0).collect();
    let s = ctx.const_string(&name, true);
    let g = module.add_global(s.get_type(), None, "rpy.file_name");
    g.set_linkage(Linkage::Internal);
    g.set_constant(true);
    g.set_initializer(&s);
    Ok(Data {
        types,
        n_types,
        prebuilt,
        prebuilt_table,
        file_name: ptr::global_as_i8_ptr(ctx, g),
    })
}

/// `%rpy_type_info = { i32 size, i32 flags, i32 item_size, i32 length_offset,
/// i32 n_ptr_offsets, i32 n_item_ptr_offsets, i32* ptr_offsets, i32*
/// item_ptr_offsets }` (40 bytes on a 64-bit target).
fn type_info_type(ctx: &Context) -> StructType<'_> {
    let i32t = ctx.i32_type();
    let p = ptr::ptr_to(i32t);
    let st = ctx.opaque_struct_type("rpy_type_info");
    st.set_body(
        &[
            i32t.into(),
            i32t.into(),
            i32t.into(),
            i32t.into(),
            i32t.into(),
            i32t.into(),
            p.into(),
            p.into(),
        ],
        false,
    );
    st
}

fn emit_type_table<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    m: &lir::Module,
) -> Result<PointerValue<'ctx>, CodegenError> {
    let i32t = ctx.i32_type();
    let i32p = ptr::ptr_to(i32t);
    let st = type_info_type(ctx);
    let offsets = |name: String, offs: &[u32]| -> PointerValue<'ctx> {
        if offs.is_empty() {
            return i32p.const_null();
        }
        let vals: Vec<_> = offs
            .iter()
            .map(|&o| i32t.const_int(o as u64, false))
            .collect();
        let arr = i32t.const_array(&vals);
        let g = module.add_global(arr.get_type(), None, &name);
        g.set_linkage(Linkage::Internal);
        g.set_constant(true);
        g.set_alignment(4);
        g.set_initializer(&arr);
        ptr::global_as(g, i32p)
    };
    let mut entries = Vec::with_capacity(m.types.len());
    for (i, t) in m.types.iter().enumerate() {
        let (flags, item_size, len_off) = match t.varsize {
            Some((item, len)) => (TYPE_VARSIZE, item, len),
            None => (0, 0, 0),
        };
        let c = |v: u32| -> BasicValueEnum<'ctx> { i32t.const_int(v as u64, false).into() };
        let n_ptrs = u32::try_from(t.ptr_offsets.len()).unwrap_or(u32::MAX);
        let n_items = u32::try_from(t.item_ptr_offsets.len()).unwrap_or(u32::MAX);
        entries.push(st.const_named_struct(&[
            c(t.size),
            c(flags),
            c(item_size),
            c(len_off),
            c(n_ptrs),
            c(n_items),
            offsets(format!("rpy.types.{i}.ptrs"), &t.ptr_offsets).into(),
            offsets(format!("rpy.types.{i}.item_ptrs"), &t.item_ptr_offsets).into(),
        ]));
    }
    if entries.is_empty() {
        return Ok(ptr::i8_ptr(ctx).const_null());
    }
    let arr = st.const_array(&entries);
    let g = module.add_global(arr.get_type(), None, "rpy.types");
    g.set_linkage(Linkage::Internal);
    g.set_constant(true);
    g.set_alignment(8);
    g.set_initializer(&arr);
    Ok(ptr::global_as_i8_ptr(ctx, g))
}

/// One 8-byte word of a prebuilt object.
#[derive(Clone, Copy)]
enum Word {
    Int(u64),
    Float(f64),
    Ref(lir::PrebuiltId),
}

/// The words of a prebuilt object, and its trailing bytes (`str` only).
fn layout_prebuilt(
    m: &lir::Module,
    i: usize,
    p: &PrebuiltData,
) -> Result<(Vec<Word>, Vec<u8>), CodegenError> {
    let bad = |msg: String| CodegenError::Unsupported(format!("prebuilt object pre{i}: {msg}"));
    match p {
        PrebuiltData::Str(s) => {
            let bytes = s.as_bytes();
            let raw = layout::str_::BYTES as u64 + bytes.len() as u64;
            let mut tail = bytes.to_vec();
            tail.resize((alloc_size(raw) - layout::str_::BYTES as u64) as usize, 0);
            let header = layout::TID_STR.0 as u64 | PREBUILT | TRACK_YOUNG_PTRS;
            let words = vec![
                Word::Int(header),
                Word::Int(0),
                Word::Int(s.chars().count() as u64),
                Word::Int(bytes.len() as u64),
            ];
            debug_assert_eq!(words.len() * 8, layout::str_::BYTES as usize);
            Ok((words, tail))
        }
        PrebuiltData::Object { tid, fields } => {
            let t = m
                .types
                .get(tid.index())
                .ok_or_else(|| bad(format!("unknown type {tid}")))?;
            if t.varsize.is_some() {
                return Err(bad(format!("type {} is var-sized", t.name)));
            }
            let n_words = (alloc_size(t.size as u64) / 8) as usize;
            let mut words = vec![Word::Int(0); n_words];
            words[0] = Word::Int(tid.0 as u64 | PREBUILT | TRACK_YOUNG_PTRS);
            for (off, field) in fields {
                if off % 8 != 0 || *off < 8 || off + 8 > t.size {
                    return Err(bad(format!(
                        "field at offset {off} is not an aligned 8-byte field of {}",
                        t.name
                    )));
                }
                let w = match *field {
                    PrebuiltField::I64(v) => Word::Int(v as u64),
                    PrebuiltField::F64(v) => Word::Float(v),
                    PrebuiltField::Ref(r) => {
                        if r.index() >= m.prebuilt.len() {
                            return Err(bad(format!(
                                "field at offset {off} refers to missing {r}"
                            )));
                        }
                        Word::Ref(r)
                    }
                };
                let is_ptr = t.ptr_offsets.contains(off);
                let zero =
                    matches!(w, Word::Int(0)) || matches!(w, Word::Float(x) if x.to_bits() == 0);
                if is_ptr && !zero && !matches!(w, Word::Ref(_)) {
                    return Err(bad(format!(
                        "offset {off} of {} is a GC pointer but holds a number",
                        t.name
                    )));
                }
                words[(off / 8) as usize] = w;
            }
            Ok((words, Vec::new()))
        }
    }
}

fn emit_prebuilt<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    m: &lir::Module,
) -> Result<Vec<GlobalValue<'ctx>>, CodegenError> {
    let i64t = ctx.i64_type();
    let f64t = ctx.f64_type();
    let i8p = ptr::i8_ptr(ctx);
    let mut layouts = Vec::with_capacity(m.prebuilt.len());
    let mut globals = Vec::with_capacity(m.prebuilt.len());
    // Globals first (they may point at each other), initializers after.
    for (i, p) in m.prebuilt.iter().enumerate() {
        let (words, tail) = layout_prebuilt(m, i, p)?;
        let mut tys: Vec<BasicTypeEnum> = words
            .iter()
            .map(|w| match w {
                Word::Int(_) => i64t.into(),
                Word::Float(_) => f64t.into(),
                Word::Ref(_) => i8p.into(),
            })
            .collect();
        if matches!(p, PrebuiltData::Str(_)) {
            tys.push(ctx.i8_type().array_type(tail.len() as u32).into());
        }
        let st = ctx.struct_type(&tys, false);
        let name = match p {
            PrebuiltData::Str(_) => format!("rpy.str.{i}"),
            PrebuiltData::Object { .. } => format!("rpy.obj.{i}"),
        };
        let g = module.add_global(st, None, &name);
        g.set_linkage(Linkage::Internal);
        g.set_constant(false);
        g.set_alignment(8);
        layouts.push((st, words, tail, matches!(p, PrebuiltData::Str(_))));
        globals.push(g);
    }
    for (g, (st, words, tail, is_str)) in globals.iter().zip(layouts) {
        let mut vals: Vec<BasicValueEnum> = words
            .iter()
            .map(|w| match *w {
                Word::Int(v) => i64t.const_int(v, false).into(),
                Word::Float(v) => f64t.const_float(v).into(),
                Word::Ref(r) => ptr::global_as_i8_ptr(ctx, globals[r.index()]).into(),
            })
            .collect();
        if is_str {
            vals.push(ctx.const_string(&tail, false).into());
        }
        g.set_initializer(&st.const_named_struct(&vals));
    }
    Ok(globals)
}

#[cfg(test)]
mod tests {
    use super::alloc_size;

    #[test]
    fn sizes() {
        assert_eq!(alloc_size(0), 16);
        assert_eq!(alloc_size(9), 16);
        assert_eq!(alloc_size(17), 24);
        assert_eq!(alloc_size(32), 32);
        assert_eq!(alloc_size(33), 40);
    }
}

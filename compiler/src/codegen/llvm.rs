//! LIR to LLVM IR.
//!
//! [`translate`] builds one LLVM module from a verified [`lir::Module`]:
//! the static data ([`super::data`]), one LLVM function per LIR function
//! (internal linkage except the entry), and a C `main(argc, argv)` that hands
//! everything to the runtime's `rpy_main`.
//!
//! Invariants kept here:
//! - `ref` and `raw` values are `i8*`; memory is addressed by byte offsets
//!   (all typed-pointer work goes through [`super::ptr`]); a `bool` is `i1`
//!   in registers and one byte (0 or 1) in memory;
//! - block parameters become phi nodes; every LIR block reachable from the
//!   entry becomes one LLVM block (plus the blocks of inline fast paths),
//!   after a prologue block that reserves the shadow-stack frame;
//! - references follow the plan of [`super::roots`]: stored to their slot
//!   when defined, reloaded after any operation that may collect, and the
//!   frame is popped before every return;
//! - allocation of fixed-size objects (and arrays of constant length) is the
//!   inline bump-pointer path of docs/runtime-abi.md with `rpy_gc_malloc*` as
//!   the slow path; a `ref` store with `barrier` tests the header flag inline
//!   and calls the barrier (or marks the card) only when it is set; the
//!   barrier is skipped for values that never move (null, prebuilt objects).

use std::collections::HashMap;

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValue, BasicValueEnum, CallSiteValue, FunctionValue, GlobalValue,
    IntValue, PhiValue,
};
use inkwell::{FloatPredicate, IntPredicate};

use super::data::{self, Data};
use super::roots::{self, Frame, RootPlan};
use super::{ptr, CodegenError, Options};
use crate::lir::{self, BinOp, Cast, Cmp, Const, Op, OvfOp, RtFn, Terminator, Ty, Value};

/// Arrays of a constant length are allocated inline up to this raw size.
const MAX_INLINE_ARRAY: u64 = 4096;
/// Card marking constants (docs/runtime-abi.md, "The write barrier").
const CARD_SHIFT: u64 = 3;
const CARD_OFFSET: u64 = 16;

/// Builds the LLVM module for `m`. The LIR is verified first.
pub fn translate<'ctx>(
    ctx: &'ctx Context,
    m: &lir::Module,
    opts: &Options,
) -> Result<Module<'ctx>, CodegenError> {
    lir::verify::verify_module(m).map_err(CodegenError::InvalidLir)?;
    let entry = m
        .entry
        .ok_or_else(|| CodegenError::Unsupported("the module has no entry function".into()))?;
    let entry_fn = m
        .funcs
        .get(entry.index())
        .ok_or_else(|| CodegenError::Unsupported(format!("the entry {entry} does not exist")))?;
    if entry_fn.params != [Ty::Ref] || entry_fn.ret != Some(Ty::I64) {
        return Err(CodegenError::Unsupported(format!(
            "the entry function {} must have the signature (ref) -> i64",
            entry_fn.symbol
        )));
    }
    for f in &m.funcs {
        roots::check_may_collect(m, f).map_err(CodegenError::Unsupported)?;
    }

    let module = ctx.create_module("rpy_program");
    let i8p = ptr::i8_ptr(ctx);
    let i32t = ctx.i32_type();
    let i64t = ctx.i64_type();
    let nounwind = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("nounwind"), 0);

    // Symbols that must keep their names come first: the C `main`, the
    // runtime's globals and functions. LIR functions added later are renamed
    // by LLVM if they clash (they are internal, or called through a pointer).
    let main_ty = i32t.fn_type(&[i32t.into(), ptr::ptr_to(i8p).into()], false);
    let c_main = module.add_function("main", main_ty, None);
    let rpy_main_ty = i32t.fn_type(
        &[
            i32t.into(),
            ptr::ptr_to(i8p).into(),
            i8p.into(),
            i8p.into(),
            i32t.into(),
            i8p.into(),
            i64t.into(),
            i8p.into(),
        ],
        false,
    );
    let rpy_main = module.add_function("rpy_main", rpy_main_ty, Some(Linkage::External));
    let global = |name: &str| {
        let g = module.add_global(i8p, None, name);
        g.set_linkage(Linkage::External);
        g
    };
    let globals = Globals {
        nursery_free: global("rpy_nursery_free"),
        nursery_top: global("rpy_nursery_top"),
        ss_top: global("rpy_shadowstack_top"),
        exc_current: global("rpy_exc_current"),
    };
    let mut used_rt: Vec<RtFn> = vec![
        RtFn::GcMalloc,
        RtFn::GcMallocArray,
        RtFn::GcWriteBarrier,
        RtFn::GcWriteBarrierArray,
    ];
    for f in &m.funcs {
        for b in &f.blocks {
            for inst in &b.insts {
                if let Op::CallRt(rt, _) = &inst.op {
                    if !used_rt.contains(rt) {
                        used_rt.push(*rt);
                    }
                }
            }
        }
    }
    let mut rt = HashMap::new();
    for r in used_rt {
        let fv = module.add_function(
            r.symbol(),
            fn_type(ctx, r.params(), r.ret()),
            Some(Linkage::External),
        );
        fv.add_attribute(AttributeLoc::Function, nounwind);
        // Raising is the rare path: `cold` moves it out of the hot code.
        if matches!(
            r,
            RtFn::Raise
                | RtFn::RaiseKind
                | RtFn::RaiseMemoryError
                | RtFn::TracebackAdd
                | RtFn::SysExit
        ) {
            let cold = ctx.create_enum_attribute(
                inkwell::attributes::Attribute::get_named_enum_kind_id("cold"),
                0,
            );
            fv.add_attribute(AttributeLoc::Function, cold);
        }
        add_zeroext(ctx, fv, r.params(), r.ret());
        rt.insert(r, fv);
    }

    let data = data::emit_data(ctx, &module, m, &opts.file_name)?;

    let mut funcs = Vec::with_capacity(m.funcs.len());
    for (i, f) in m.funcs.iter().enumerate() {
        let linkage = if i == entry.index() {
            Linkage::External
        } else {
            Linkage::Internal
        };
        let fv = module.add_function(&f.symbol, fn_type(ctx, &f.params, f.ret), Some(linkage));
        fv.add_attribute(AttributeLoc::Function, nounwind);
        funcs.push(fv);
    }

    let cx = Cx {
        ctx,
        b: ctx.create_builder(),
        lir: m,
        module: &module,
        funcs,
        rt,
        globals,
        data,
    };
    for i in 0..m.funcs.len() {
        cx.emit_function(i)?;
    }
    cx.emit_main(c_main, rpy_main, entry.index())?;
    Ok(module)
}

fn llty(ctx: &Context, t: Ty) -> BasicTypeEnum<'_> {
    match t {
        Ty::Bool => ctx.bool_type().into(),
        Ty::I8 => ctx.i8_type().into(),
        Ty::I32 => ctx.i32_type().into(),
        Ty::I64 => ctx.i64_type().into(),
        Ty::F64 => ctx.f64_type().into(),
        Ty::Ref | Ty::Raw => ptr::i8_ptr(ctx).into(),
    }
}

/// The type of a value of `t` in memory (`bool` is a byte).
fn memty(ctx: &Context, t: Ty) -> BasicTypeEnum<'_> {
    match t {
        Ty::Bool => ctx.i8_type().into(),
        _ => llty(ctx, t),
    }
}

fn fn_type<'ctx>(
    ctx: &'ctx Context,
    params: &[Ty],
    ret: Option<Ty>,
) -> inkwell::types::FunctionType<'ctx> {
    let ps: Vec<BasicMetadataTypeEnum> = params.iter().map(|&t| llty(ctx, t).into()).collect();
    match ret {
        Some(t) => llty(ctx, t).fn_type(&ps, false),
        None => ctx.void_type().fn_type(&ps, false),
    }
}

/// `zeroext` on `bool` parameters and results (Rust's `bool` in the C ABI).
fn add_zeroext(ctx: &Context, f: FunctionValue<'_>, params: &[Ty], ret: Option<Ty>) {
    let zext = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("zeroext"), 0);
    for (i, &t) in params.iter().enumerate() {
        if t == Ty::Bool {
            f.add_attribute(AttributeLoc::Param(i as u32), zext);
        }
    }
    if ret == Some(Ty::Bool) {
        f.add_attribute(AttributeLoc::Return, zext);
    }
}

fn add_zeroext_call(ctx: &Context, c: CallSiteValue<'_>, params: &[Ty], ret: Option<Ty>) {
    let zext = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("zeroext"), 0);
    for (i, &t) in params.iter().enumerate() {
        if t == Ty::Bool {
            c.add_attribute(AttributeLoc::Param(i as u32), zext);
        }
    }
    if ret == Some(Ty::Bool) {
        c.add_attribute(AttributeLoc::Return, zext);
    }
}

/// The runtime's exported globals used by the inline fast paths.
struct Globals<'ctx> {
    nursery_free: GlobalValue<'ctx>,
    nursery_top: GlobalValue<'ctx>,
    ss_top: GlobalValue<'ctx>,
    exc_current: GlobalValue<'ctx>,
}

struct Cx<'ctx, 'a> {
    ctx: &'ctx Context,
    b: Builder<'ctx>,
    lir: &'a lir::Module,
    module: &'a Module<'ctx>,
    funcs: Vec<FunctionValue<'ctx>>,
    rt: HashMap<RtFn, FunctionValue<'ctx>>,
    globals: Globals<'ctx>,
    data: Data<'ctx>,
}

/// The state of one function being emitted.
struct FnState<'ctx, 'a> {
    f: &'a lir::Function,
    llf: FunctionValue<'ctx>,
    plan: RootPlan,
    frame: Option<Frame<'ctx>>,
    /// The LLVM value of each LIR value: always set for unslotted values once
    /// defined; for slotted values, a register copy valid until the next
    /// operation that may collect or the end of the block.
    regs: Vec<Option<BasicValueEnum<'ctx>>>,
    /// The slotted values that have a register copy in `regs`.
    cached: Vec<Value>,
    /// Constant `i64` values (inline allocation of arrays).
    const_i64: HashMap<Value, i64>,
    /// Values that never move: null and prebuilt objects (no barrier).
    never_moves: roots::BitSet,
    blocks: Vec<Option<BasicBlock<'ctx>>>,
    phis: Vec<Vec<PhiValue<'ctx>>>,
}

fn int(v: BasicValueEnum<'_>) -> IntValue<'_> {
    v.into_int_value()
}

fn int_pred(c: Cmp, signed: bool) -> IntPredicate {
    match (c, signed) {
        (Cmp::Eq, _) => IntPredicate::EQ,
        (Cmp::Ne, _) => IntPredicate::NE,
        (Cmp::Lt, true) => IntPredicate::SLT,
        (Cmp::Le, true) => IntPredicate::SLE,
        (Cmp::Gt, true) => IntPredicate::SGT,
        (Cmp::Ge, true) => IntPredicate::SGE,
        (Cmp::Lt, false) => IntPredicate::ULT,
        (Cmp::Le, false) => IntPredicate::ULE,
        (Cmp::Gt, false) => IntPredicate::UGT,
        (Cmp::Ge, false) => IntPredicate::UGE,
    }
}

fn float_pred(c: Cmp) -> FloatPredicate {
    match c {
        Cmp::Eq => FloatPredicate::OEQ,
        Cmp::Ne => FloatPredicate::UNE,
        Cmp::Lt => FloatPredicate::OLT,
        Cmp::Le => FloatPredicate::OLE,
        Cmp::Gt => FloatPredicate::OGT,
        Cmp::Ge => FloatPredicate::OGE,
    }
}

/// Alignment of an access of `size` bytes at `offset` from a `ref` (objects
/// are 8-byte aligned) or a `raw` pointer (no alignment known).
fn align_of(base_ty: Ty, offset: i64, size: u32) -> u32 {
    if base_ty != Ty::Ref {
        return 1;
    }
    let off_align = if offset == 0 {
        8
    } else {
        1u32 << (offset.trailing_zeros().min(3))
    };
    off_align.min(size.max(1))
}

/// Blocks reachable from the entry.
fn reachable(f: &lir::Function) -> Vec<bool> {
    let mut seen = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    if !f.blocks.is_empty() {
        seen[0] = true;
    }
    while let Some(b) = work.pop() {
        for (s, _) in f.blocks[b].term.successors() {
            if !seen[s.index()] {
                seen[s.index()] = true;
                work.push(s.index());
            }
        }
    }
    seen
}

impl<'ctx, 'a> Cx<'ctx, 'a> {
    fn emit_function(&self, fi: usize) -> Result<(), CodegenError> {
        let ctx = self.ctx;
        let f = &self.lir.funcs[fi];
        let llf = self.funcs[fi];
        let plan = roots::plan(self.lir, f, true);
        roots::check(self.lir, f, &plan).map_err(|e| {
            CodegenError::Internal(format!("shadow-stack plan of {}: {e}", f.symbol))
        })?;

        let live = reachable(f);
        let prologue = ctx.append_basic_block(llf, "entry");
        let mut blocks = Vec::with_capacity(f.blocks.len());
        for (bi, &r) in live.iter().enumerate() {
            blocks.push(if r {
                Some(ctx.append_basic_block(llf, &format!("block{bi}")))
            } else {
                None
            });
        }
        let mut phis = Vec::with_capacity(f.blocks.len());
        for (bi, b) in f.blocks.iter().enumerate() {
            let mut ps = Vec::new();
            if let Some(bb) = blocks[bi] {
                self.b.position_at_end(bb);
                for &p in &b.params {
                    ps.push(self.b.build_phi(llty(ctx, f.ty(p)), &p.to_string())?);
                }
            }
            phis.push(ps);
        }

        let mut const_i64 = HashMap::new();
        for b in &f.blocks {
            for inst in &b.insts {
                if let (Op::Const(Const::I64(k)), [r]) = (&inst.op, inst.results.as_slice()) {
                    const_i64.insert(*r, *k);
                }
            }
        }
        let never_moves = roots::never_moves(f);

        self.b.position_at_end(prologue);
        let frame = Frame::enter(ctx, &self.b, self.globals.ss_top, plan.n_slots)?;
        let block0 = blocks[0].ok_or_else(|| CodegenError::Internal("no entry block".into()))?;
        for (phi, param) in phis[0].iter().zip(llf.get_param_iter()) {
            phi.add_incoming(&[(&param, prologue)]);
        }
        self.b.build_unconditional_branch(block0)?;

        let mut st = FnState {
            f,
            llf,
            regs: vec![None; f.values.len()],
            cached: Vec::new(),
            plan,
            frame,
            const_i64,
            never_moves,
            blocks,
            phis,
        };
        // Reverse postorder: every block comes after its dominators, so each
        // value is defined before the blocks that use it are emitted.
        for bi in reverse_postorder(f) {
            if let Some(bb) = st.blocks[bi] {
                self.emit_block(&mut st, bi, bb)?;
            }
        }
        Ok(())
    }

    /// The LLVM value of `v` at the current point (reloaded from its slot if
    /// it is slotted and has no valid register copy).
    fn get(
        &self,
        st: &mut FnState<'ctx, 'a>,
        v: Value,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        if let Some(r) = st.regs[v.index()] {
            return Ok(r);
        }
        match (st.plan.slot_of(v), &st.frame) {
            (Some(s), Some(frame)) => {
                let r = frame.load(self.ctx, &self.b, s, &v.to_string())?;
                st.regs[v.index()] = Some(r);
                st.cached.push(v);
                Ok(r)
            }
            _ => Err(CodegenError::Internal(format!(
                "{}: {v} used before its definition",
                st.f.symbol
            ))),
        }
    }

    /// Records the definition of `v` (and stores it to its slot).
    fn define(
        &self,
        st: &mut FnState<'ctx, 'a>,
        v: Value,
        r: BasicValueEnum<'ctx>,
    ) -> Result<(), CodegenError> {
        if r.as_instruction_value().is_some() {
            set_name(r, &v.to_string());
        }
        st.regs[v.index()] = Some(r);
        if let Some(s) = st.plan.slot_of(v) {
            let frame = st
                .frame
                .as_ref()
                .ok_or_else(|| CodegenError::Internal("slot without a frame".into()))?;
            frame.store(self.ctx, &self.b, s, r)?;
            st.cached.push(v);
        }
        Ok(())
    }

    /// Forgets the register copies of slotted values (a collection may have
    /// moved their objects).
    fn clobber(st: &mut FnState<'ctx, 'a>) {
        for v in st.cached.drain(..) {
            st.regs[v.index()] = None;
        }
    }

    fn emit_block(
        &self,
        st: &mut FnState<'ctx, 'a>,
        bi: usize,
        bb: BasicBlock<'ctx>,
    ) -> Result<(), CodegenError> {
        let f = st.f;
        let block = &f.blocks[bi];
        Self::clobber(st);
        self.b.position_at_end(bb);
        for (i, &p) in block.params.iter().enumerate() {
            let phi = st.phis[bi][i];
            self.define(st, p, phi.as_basic_value())?;
        }
        for inst in &block.insts {
            self.emit_inst(st, inst)?;
        }
        self.emit_term(st, &block.term)
    }

    fn emit_inst(&self, st: &mut FnState<'ctx, 'a>, inst: &lir::Inst) -> Result<(), CodegenError> {
        let ctx = self.ctx;
        let b = &self.b;
        let f = st.f;
        let i64t = ctx.i64_type();
        let results: Vec<BasicValueEnum<'ctx>> = match &inst.op {
            Op::Const(c) => vec![match *c {
                Const::Bool(v) => ctx.bool_type().const_int(v as u64, false).into(),
                Const::I8(v) => ctx.i8_type().const_int(v as u8 as u64, false).into(),
                Const::I32(v) => ctx.i32_type().const_int(v as u32 as u64, false).into(),
                Const::I64(v) => i64t.const_int(v as u64, false).into(),
                Const::F64(v) => ctx.f64_type().const_float(v).into(),
                Const::Null => ptr::i8_ptr(ctx).const_null().into(),
            }],
            Op::Prebuilt(p) => {
                let g = self.data.prebuilt.get(p.index()).ok_or_else(|| {
                    CodegenError::Unsupported(format!("{}: missing prebuilt {p}", f.symbol))
                })?;
                vec![ptr::global_as_i8_ptr(ctx, *g).into()]
            }
            Op::Bin(op, x, y) => {
                let (x, y) = (self.get(st, *x)?, self.get(st, *y)?);
                vec![match op {
                    BinOp::FAdd => b
                        .build_float_add(x.into_float_value(), y.into_float_value(), "")?
                        .into(),
                    BinOp::FSub => b
                        .build_float_sub(x.into_float_value(), y.into_float_value(), "")?
                        .into(),
                    BinOp::FMul => b
                        .build_float_mul(x.into_float_value(), y.into_float_value(), "")?
                        .into(),
                    BinOp::FDiv => b
                        .build_float_div(x.into_float_value(), y.into_float_value(), "")?
                        .into(),
                    _ => {
                        let (x, y) = (int(x), int(y));
                        match op {
                            BinOp::IAdd => b.build_int_add(x, y, "")?,
                            BinOp::ISub => b.build_int_sub(x, y, "")?,
                            BinOp::IMul => b.build_int_mul(x, y, "")?,
                            BinOp::SDiv => b.build_int_signed_div(x, y, "")?,
                            BinOp::SRem => b.build_int_signed_rem(x, y, "")?,
                            BinOp::And => b.build_and(x, y, "")?,
                            BinOp::Or => b.build_or(x, y, "")?,
                            BinOp::Xor => b.build_xor(x, y, "")?,
                            BinOp::Shl => b.build_left_shift(x, y, "")?,
                            BinOp::AShr => b.build_right_shift(x, y, true, "")?,
                            BinOp::LShr => b.build_right_shift(x, y, false, "")?,
                            BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv => {
                                unreachable!("handled above")
                            }
                        }
                        .into()
                    }
                }]
            }
            Op::Ovf(op, x, y) => {
                let (x, y) = (self.get(st, *x)?, self.get(st, *y)?);
                let name = match op {
                    OvfOp::Add => "llvm.sadd.with.overflow",
                    OvfOp::Sub => "llvm.ssub.with.overflow",
                    OvfOp::Mul => "llvm.smul.with.overflow",
                };
                let intr = Intrinsic::find(name)
                    .and_then(|i| i.get_declaration(self.module, &[i64t.into()]))
                    .ok_or_else(|| CodegenError::Internal(format!("no intrinsic {name}")))?;
                let pair = b
                    .build_call(intr, &[x.into(), y.into()], "")?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| CodegenError::Internal(format!("{name} returned nothing")))?
                    .into_struct_value();
                vec![
                    b.build_extract_value(pair, 0, "")?,
                    b.build_extract_value(pair, 1, "")?,
                ]
            }
            Op::FNeg(x) => {
                let x = self.get(st, *x)?;
                vec![b.build_float_neg(x.into_float_value(), "")?.into()]
            }
            Op::FSqrt(x) | Op::FAbs(x) => {
                let x = self.get(st, *x)?;
                let name = if matches!(inst.op, Op::FSqrt(_)) {
                    "llvm.sqrt"
                } else {
                    "llvm.fabs"
                };
                let f64t = ctx.f64_type();
                let intr = Intrinsic::find(name)
                    .and_then(|i| i.get_declaration(self.module, &[f64t.into()]))
                    .ok_or_else(|| CodegenError::Internal(format!("no intrinsic {name}")))?;
                vec![b
                    .build_call(intr, &[x.into()], "")?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| CodegenError::Internal(format!("{name} returned nothing")))?]
            }
            Op::ICmp(c, x, y) => {
                // Signed for integers; unsigned for bool (so False < True) and
                // pointers.
                let signed = !matches!(f.ty(*x), Ty::Bool | Ty::Ref | Ty::Raw);
                let (x, y) = (self.get(st, *x)?, self.get(st, *y)?);
                let pred = int_pred(*c, signed);
                vec![match (x, y) {
                    (BasicValueEnum::PointerValue(x), BasicValueEnum::PointerValue(y)) => {
                        b.build_int_compare(pred, x, y, "")?.into()
                    }
                    (x, y) => b.build_int_compare(pred, int(x), int(y), "")?.into(),
                }]
            }
            Op::FCmp(c, x, y) => {
                let (x, y) = (self.get(st, *x)?, self.get(st, *y)?);
                vec![b
                    .build_float_compare(
                        float_pred(*c),
                        x.into_float_value(),
                        y.into_float_value(),
                        "",
                    )?
                    .into()]
            }
            Op::Select(c, x, y) => {
                let (c, x, y) = (self.get(st, *c)?, self.get(st, *x)?, self.get(st, *y)?);
                vec![b.build_select(int(c), x, y, "")?]
            }
            Op::Cast(kind, x, to) => {
                let from = f.ty(*x);
                let x = self.get(st, *x)?;
                vec![self.cast(*kind, x, from, *to)?]
            }
            Op::Load { ty, base, offset } => {
                let base_ty = f.ty(*base);
                let base = self.get(st, *base)?.into_pointer_value();
                let addr = ptr::byte_gep(
                    ctx,
                    b,
                    base,
                    i64t.const_int(*offset as i64 as u64, true),
                    "",
                )?;
                let align = align_of(base_ty, *offset as i64, ty.size());
                vec![self.load_mem(addr, *ty, align)?]
            }
            Op::Store {
                base,
                offset,
                value,
                barrier,
            } => {
                let base_ty = f.ty(*base);
                let needs_barrier =
                    *barrier && f.ty(*value) == Ty::Ref && !st.never_moves.contains(value.index());
                if needs_barrier && base_ty != Ty::Ref {
                    return Err(CodegenError::Unsupported(format!(
                        "{}: store with a write barrier into a raw pointer",
                        f.symbol
                    )));
                }
                let (vty, bv) = (f.ty(*value), *base);
                let base = self.get(st, bv)?.into_pointer_value();
                let value = self.get(st, *value)?;
                if needs_barrier {
                    self.write_barrier(st, base)?;
                }
                let addr = ptr::byte_gep(
                    ctx,
                    b,
                    base,
                    i64t.const_int(*offset as i64 as u64, true),
                    "",
                )?;
                self.store_mem(
                    addr,
                    vty,
                    value,
                    align_of(base_ty, *offset as i64, vty.size()),
                )?;
                vec![]
            }
            Op::LoadItem {
                ty,
                base,
                items_offset,
                index,
            } => {
                let base_ty = f.ty(*base);
                let base = self.get(st, *base)?.into_pointer_value();
                let index = int(self.get(st, *index)?);
                let addr = self.item_addr(base, *items_offset, index, ty.size())?;
                vec![self.load_mem(
                    addr,
                    *ty,
                    align_of(base_ty, *items_offset as i64, ty.size()),
                )?]
            }
            Op::StoreItem {
                base,
                items_offset,
                index,
                value,
                barrier,
            } => {
                let base_ty = f.ty(*base);
                let vty = f.ty(*value);
                let needs_barrier =
                    *barrier && vty == Ty::Ref && !st.never_moves.contains(value.index());
                if needs_barrier && base_ty != Ty::Ref {
                    return Err(CodegenError::Unsupported(format!(
                        "{}: store with a write barrier into a raw pointer",
                        f.symbol
                    )));
                }
                let base = self.get(st, *base)?.into_pointer_value();
                let index = int(self.get(st, *index)?);
                let value = self.get(st, *value)?;
                if needs_barrier {
                    self.array_write_barrier(st, base, index)?;
                }
                let addr = self.item_addr(base, *items_offset, index, vty.size())?;
                self.store_mem(
                    addr,
                    vty,
                    value,
                    align_of(base_ty, *items_offset as i64, vty.size()),
                )?;
                vec![]
            }
            Op::New(tid) => {
                let t = self.lir.types.get(tid.index()).ok_or_else(|| {
                    CodegenError::Unsupported(format!(
                        "{}: allocation of unknown type {tid}",
                        f.symbol
                    ))
                })?;
                if t.varsize.is_some() {
                    return Err(CodegenError::Unsupported(format!(
                        "{}: `new` of the var-sized type {} (use new_array)",
                        f.symbol, t.name
                    )));
                }
                let size = data::alloc_size(t.size as u64);
                vec![self.alloc_inline(st, tid.0, size, None)?]
            }
            Op::NewArray(tid, len) => {
                let t = self.lir.types.get(tid.index()).ok_or_else(|| {
                    CodegenError::Unsupported(format!(
                        "{}: allocation of unknown type {tid}",
                        f.symbol
                    ))
                })?;
                let Some((item_size, len_off)) = t.varsize else {
                    return Err(CodegenError::Unsupported(format!(
                        "{}: `new_array` of the fixed-size type {} (use new)",
                        f.symbol, t.name
                    )));
                };
                let constant = st.const_i64.get(len).copied().filter(|&k| {
                    k >= 0
                        && (t.size as u64)
                            .saturating_add((k as u64).saturating_mul(item_size as u64))
                            <= MAX_INLINE_ARRAY
                });
                match constant {
                    Some(k) => {
                        let size = data::alloc_size(t.size as u64 + k as u64 * item_size as u64);
                        vec![self.alloc_inline(st, tid.0, size, Some((len_off, k)))?]
                    }
                    None => {
                        let len = self.get(st, *len)?;
                        let tidv = ctx.i32_type().const_int(tid.0 as u64, false);
                        vec![self
                            .call_rt(RtFn::GcMallocArray, &[tidv.into(), len])?
                            .ok_or_else(|| {
                                CodegenError::Internal("rpy_gc_malloc_array returns nothing".into())
                            })?]
                    }
                }
            }
            Op::Call(fid, args) => {
                let callee = *self.funcs.get(fid.index()).ok_or_else(|| {
                    CodegenError::Unsupported(format!("{}: call of missing {fid}", f.symbol))
                })?;
                let args = args
                    .iter()
                    .map(|&a| self.get(st, a).map(Into::into))
                    .collect::<Result<Vec<_>, _>>()?;
                let call = b.build_call(callee, &args, "")?;
                call.try_as_basic_value().basic().into_iter().collect()
            }
            Op::CallRt(rt, args) => {
                let args = args
                    .iter()
                    .map(|&a| self.get(st, a))
                    .collect::<Result<Vec<_>, _>>()?;
                self.call_rt(*rt, &args)?.into_iter().collect()
            }
            Op::ExcPending => {
                let cur =
                    ptr::load_global(b, self.globals.exc_current, "exc")?.into_pointer_value();
                vec![b.build_is_not_null(cur, "")?.into()]
            }
        };
        if inst.op.may_collect(self.lir) {
            Self::clobber(st);
        }
        if results.len() != inst.results.len() {
            return Err(CodegenError::Internal(format!(
                "{}: {:?} gave {} results, the LIR has {}",
                f.symbol,
                inst.op,
                results.len(),
                inst.results.len()
            )));
        }
        for (&v, r) in inst.results.iter().zip(results) {
            self.define(st, v, r)?;
        }
        Ok(())
    }

    fn cast(
        &self,
        kind: Cast,
        x: BasicValueEnum<'ctx>,
        from: Ty,
        to: Ty,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        let ctx = self.ctx;
        let b = &self.b;
        Ok(match kind {
            Cast::SIToF => b
                .build_signed_int_to_float(int(x), ctx.f64_type(), "")?
                .into(),
            Cast::FToSI => b
                .build_float_to_signed_int(x.into_float_value(), ctx.i64_type(), "")?
                .into(),
            Cast::Bitcast => b.build_bit_cast(x, llty(ctx, to), "")?,
            Cast::ZExt | Cast::SExt | Cast::Trunc => {
                let x = int(x);
                let (fw, tw) = (bits(from), bits(to));
                let target = if to == Ty::Raw {
                    ctx.i64_type()
                } else {
                    llty(ctx, to).into_int_type()
                };
                let v = if tw == fw {
                    x
                } else if tw < fw {
                    b.build_int_truncate(x, target, "")?
                } else if kind == Cast::SExt {
                    b.build_int_s_extend(x, target, "")?
                } else {
                    b.build_int_z_extend(x, target, "")?
                };
                if to == Ty::Raw {
                    b.build_int_to_ptr(v, ptr::i8_ptr(ctx), "")?.into()
                } else {
                    v.into()
                }
            }
        })
    }

    /// Loads a LIR value of type `ty` from the byte address `addr`.
    fn load_mem(
        &self,
        addr: inkwell::values::PointerValue<'ctx>,
        ty: Ty,
        align: u32,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        let v = ptr::load(self.ctx, &self.b, addr, memty(self.ctx, ty), align, "")?;
        if let Some(i) = v.as_instruction_value() {
            self.tag(i, ty)?;
        }
        if ty == Ty::Bool {
            let zero = self.ctx.i8_type().const_zero();
            return Ok(self
                .b
                .build_int_compare(IntPredicate::NE, int(v), zero, "")?
                .into());
        }
        Ok(v)
    }

    fn store_mem(
        &self,
        addr: inkwell::values::PointerValue<'ctx>,
        ty: Ty,
        v: BasicValueEnum<'ctx>,
        align: u32,
    ) -> Result<(), CodegenError> {
        let v = if ty == Ty::Bool {
            self.b
                .build_int_z_extend(int(v), self.ctx.i8_type(), "")?
                .into()
        } else {
            v
        };
        let st = ptr::store_inst(&self.b, addr, v, align)?;
        self.tag(st, ty)
    }

    /// Type-based alias information for a LIR memory access: every memory
    /// location of the program is only ever accessed with one LIR type (a
    /// list's `f64` items are never read as a `ref`), so accesses of
    /// different types cannot alias. This lets LLVM keep a list's length and
    /// item pointer in registers across stores to its float items. Header
    /// words, shadow-stack slots and the runtime's globals stay untagged
    /// (they may alias anything).
    fn tag(
        &self,
        inst: inkwell::values::InstructionValue<'ctx>,
        ty: Ty,
    ) -> Result<(), CodegenError> {
        let ctx = self.ctx;
        let name = match ty {
            Ty::Bool | Ty::I8 => "rpy i8",
            Ty::I32 => "rpy i32",
            Ty::I64 => "rpy i64",
            Ty::F64 => "rpy f64",
            Ty::Ref => "rpy ref",
            Ty::Raw => "rpy raw",
        };
        let root = ctx.metadata_node(&[ctx.metadata_string("rpy tbaa").into()]);
        let zero = ctx.i64_type().const_zero();
        let node = ctx.metadata_node(&[ctx.metadata_string(name).into(), root.into(), zero.into()]);
        let access = ctx.metadata_node(&[node.into(), node.into(), zero.into()]);
        inst.set_metadata(access, ctx.get_kind_id("tbaa"))
            .map_err(|e| CodegenError::Internal(format!("tbaa: {e:?}")))
    }

    /// `base + items_offset + index * size`.
    fn item_addr(
        &self,
        base: inkwell::values::PointerValue<'ctx>,
        items_offset: i32,
        index: IntValue<'ctx>,
        size: u32,
    ) -> Result<inkwell::values::PointerValue<'ctx>, CodegenError> {
        let i64t = self.ctx.i64_type();
        let index = if index.get_type().get_bit_width() < 64 {
            self.b.build_int_s_extend(index, i64t, "")?
        } else {
            index
        };
        let scaled = self
            .b
            .build_int_nsw_mul(index, i64t.const_int(size as u64, false), "")?;
        let off = self.b.build_int_nsw_add(
            scaled,
            i64t.const_int(items_offset as i64 as u64, true),
            "",
        )?;
        ptr::byte_gep(self.ctx, &self.b, base, off, "")
    }

    /// A conditional branch whose `then` side is rarely taken.
    fn branch_unlikely(
        &self,
        cond: IntValue<'ctx>,
        unlikely: BasicBlock<'ctx>,
        likely: BasicBlock<'ctx>,
    ) -> Result<(), CodegenError> {
        let br = self.b.build_conditional_branch(cond, unlikely, likely)?;
        let i32t = self.ctx.i32_type();
        let md = self.ctx.metadata_node(&[
            self.ctx.metadata_string("branch_weights").into(),
            BasicMetadataValueEnum::IntValue(i32t.const_int(1, false)),
            BasicMetadataValueEnum::IntValue(i32t.const_int(2000, false)),
        ]);
        br.set_metadata(md, self.ctx.get_kind_id("prof"))
            .map_err(|e| CodegenError::Internal(format!("branch weights: {e:?}")))?;
        Ok(())
    }

    fn new_block(&self, st: &FnState<'ctx, 'a>, name: &str) -> BasicBlock<'ctx> {
        self.ctx.append_basic_block(st.llf, name)
    }

    /// Loads the header word of `obj`.
    fn header(
        &self,
        obj: inkwell::values::PointerValue<'ctx>,
    ) -> Result<IntValue<'ctx>, CodegenError> {
        Ok(int(ptr::load(
            self.ctx,
            &self.b,
            obj,
            self.ctx.i64_type().into(),
            8,
            "hdr",
        )?))
    }

    fn flag_set(&self, word: IntValue<'ctx>, flag: u64) -> Result<IntValue<'ctx>, CodegenError> {
        let i64t = self.ctx.i64_type();
        let bit = self.b.build_and(word, i64t.const_int(flag, false), "")?;
        Ok(self
            .b
            .build_int_compare(IntPredicate::NE, bit, i64t.const_zero(), "")?)
    }

    /// `if (obj->word & TRACK_YOUNG_PTRS) rpy_gc_write_barrier(obj);`
    fn write_barrier(
        &self,
        st: &FnState<'ctx, 'a>,
        obj: inkwell::values::PointerValue<'ctx>,
    ) -> Result<(), CodegenError> {
        let w = self.header(obj)?;
        let c = self.flag_set(w, data::TRACK_YOUNG_PTRS)?;
        let slow = self.new_block(st, "wb.slow");
        let cont = self.new_block(st, "wb.cont");
        self.branch_unlikely(c, slow, cont)?;
        self.b.position_at_end(slow);
        self.call_rt(RtFn::GcWriteBarrier, &[obj.into()])?;
        self.b.build_unconditional_branch(cont)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// The array barrier with inline card marking (docs/runtime-abi.md).
    fn array_write_barrier(
        &self,
        st: &FnState<'ctx, 'a>,
        arr: inkwell::values::PointerValue<'ctx>,
        index: IntValue<'ctx>,
    ) -> Result<(), CodegenError> {
        let ctx = self.ctx;
        let b = &self.b;
        let i64t = ctx.i64_type();
        let index = if index.get_type().get_bit_width() < 64 {
            b.build_int_s_extend(index, i64t, "")?
        } else {
            index
        };
        let w = self.header(arr)?;
        let tracked = self.flag_set(w, data::TRACK_YOUNG_PTRS)?;
        let slow = self.new_block(st, "wba.tracked");
        let cards = self.new_block(st, "wba.card");
        let call = self.new_block(st, "wba.call");
        let cont = self.new_block(st, "wba.cont");
        self.branch_unlikely(tracked, slow, cont)?;

        b.position_at_end(slow);
        let has_cards = self.flag_set(w, data::CARDS_SET)?;
        b.build_conditional_branch(has_cards, cards, call)?;

        // c = (u64)i >> CARD_SHIFT; byte[arr - CARD_OFFSET - 1 - (c >> 3)] |= 1 << (c & 7)
        b.position_at_end(cards);
        let c = b.build_right_shift(index, i64t.const_int(CARD_SHIFT, false), false, "card")?;
        let byte_index = b.build_right_shift(c, i64t.const_int(3, false), false, "")?;
        let neg = b.build_int_sub(
            i64t.const_int((-(CARD_OFFSET as i64) - 1) as u64, true),
            byte_index,
            "",
        )?;
        let addr = ptr::byte_gep(ctx, b, arr, neg, "card.byte")?;
        let old = int(ptr::load(ctx, b, addr, ctx.i8_type().into(), 1, "")?);
        let bit = b.build_and(c, i64t.const_int(7, false), "")?;
        let mask = b.build_left_shift(i64t.const_int(1, false), bit, "")?;
        let mask8 = b.build_int_truncate(mask, ctx.i8_type(), "")?;
        let new = b.build_or(old, mask8, "")?;
        ptr::store(b, addr, new.into(), 1)?;
        b.build_unconditional_branch(cont)?;

        b.position_at_end(call);
        self.call_rt(RtFn::GcWriteBarrierArray, &[arr.into(), index.into()])?;
        b.build_unconditional_branch(cont)?;

        b.position_at_end(cont);
        Ok(())
    }

    /// The inline bump-pointer allocation of `size` bytes (a multiple of 8,
    /// at least 16) with `rpy_gc_malloc*` as the slow path. For arrays,
    /// `array` gives the length field's offset and the length.
    fn alloc_inline(
        &self,
        st: &FnState<'ctx, 'a>,
        tid: u32,
        size: u64,
        array: Option<(u32, i64)>,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        let ctx = self.ctx;
        let b = &self.b;
        let i64t = ctx.i64_type();
        let free = ptr::load_global(b, self.globals.nursery_free, "free")?.into_pointer_value();
        let top = ptr::load_global(b, self.globals.nursery_top, "top")?.into_pointer_value();
        let next = ptr::byte_gep(ctx, b, free, i64t.const_int(size, false), "next")?;
        let full = b.build_int_compare(IntPredicate::UGT, next, top, "full")?;
        let slow = self.new_block(st, "alloc.slow");
        let fast = self.new_block(st, "alloc.fast");
        let join = self.new_block(st, "alloc.join");
        self.branch_unlikely(full, slow, fast)?;

        b.position_at_end(fast);
        ptr::store_global(b, self.globals.nursery_free, next.into())?;
        ptr::store(b, free, i64t.const_int(tid as u64, false).into(), 8)?;
        if let Some((len_off, len)) = array {
            let addr = ptr::byte_gep(ctx, b, free, i64t.const_int(len_off as u64, false), "")?;
            ptr::store(b, addr, i64t.const_int(len as u64, false).into(), 8)?;
        }
        b.build_unconditional_branch(join)?;

        b.position_at_end(slow);
        let tidv: BasicValueEnum = ctx.i32_type().const_int(tid as u64, false).into();
        let slow_obj = match array {
            None => self.call_rt(RtFn::GcMalloc, &[tidv])?,
            Some((_, len)) => self.call_rt(
                RtFn::GcMallocArray,
                &[tidv, i64t.const_int(len as u64, true).into()],
            )?,
        }
        .ok_or_else(|| CodegenError::Internal("rpy_gc_malloc returns nothing".into()))?;
        let slow_end = b
            .get_insert_block()
            .ok_or_else(|| CodegenError::Internal("builder not positioned".into()))?;
        b.build_unconditional_branch(join)?;

        b.position_at_end(join);
        let phi = b.build_phi(ptr::i8_ptr(ctx), "obj")?;
        phi.add_incoming(&[(&free, fast), (&slow_obj, slow_end)]);
        Ok(phi.as_basic_value())
    }

    /// Calls a runtime entry point; returns its result.
    fn call_rt(
        &self,
        rt: RtFn,
        args: &[BasicValueEnum<'ctx>],
    ) -> Result<Option<BasicValueEnum<'ctx>>, CodegenError> {
        let fv = *self
            .rt
            .get(&rt)
            .ok_or_else(|| CodegenError::Internal(format!("{} was not declared", rt.symbol())))?;
        let args: Vec<BasicMetadataValueEnum> = args.iter().map(|&a| a.into()).collect();
        let call = self.b.build_call(fv, &args, "")?;
        add_zeroext_call(self.ctx, call, rt.params(), rt.ret());
        Ok(call.try_as_basic_value().basic())
    }

    fn emit_term(&self, st: &mut FnState<'ctx, 'a>, t: &Terminator) -> Result<(), CodegenError> {
        let b = &self.b;
        match t {
            Terminator::Jump(target, args) => {
                let from = b
                    .get_insert_block()
                    .ok_or_else(|| CodegenError::Internal("builder not positioned".into()))?;
                self.pass_args(st, *target, args, from)?;
                b.build_unconditional_branch(self.block(st, *target)?)?;
            }
            Terminator::Branch {
                cond,
                then_block,
                then_args,
                else_block,
                else_args,
            } => {
                let c = int(self.get(st, *cond)?);
                let from = b
                    .get_insert_block()
                    .ok_or_else(|| CodegenError::Internal("builder not positioned".into()))?;
                let then_bb = self.block(st, *then_block)?;
                let else_bb = self.block(st, *else_block)?;
                if then_block == else_block {
                    // Two edges to one block: route the else edge through its
                    // own block so each phi sees two distinct predecessors.
                    let tramp = self.new_block(st, "edge");
                    self.pass_args(st, *then_block, then_args, from)?;
                    b.build_conditional_branch(c, then_bb, tramp)?;
                    b.position_at_end(tramp);
                    self.pass_args(st, *else_block, else_args, tramp)?;
                    b.build_unconditional_branch(else_bb)?;
                } else {
                    self.pass_args(st, *then_block, then_args, from)?;
                    self.pass_args(st, *else_block, else_args, from)?;
                    b.build_conditional_branch(c, then_bb, else_bb)?;
                }
            }
            Terminator::Return(v) => {
                let v = match v {
                    Some(v) => Some(self.get(st, *v)?),
                    None => None,
                };
                if let Some(frame) = &st.frame {
                    frame.leave(b, self.globals.ss_top)?;
                }
                match v {
                    Some(v) => b.build_return(Some(&v))?,
                    None => b.build_return(None)?,
                };
            }
            Terminator::Unreachable => {
                b.build_unreachable()?;
            }
        }
        Ok(())
    }

    fn block(
        &self,
        st: &FnState<'ctx, 'a>,
        blk: lir::Block,
    ) -> Result<BasicBlock<'ctx>, CodegenError> {
        st.blocks
            .get(blk.index())
            .copied()
            .flatten()
            .ok_or_else(|| {
                CodegenError::Internal(format!("{}: jump to unemitted {blk}", st.f.symbol))
            })
    }

    /// Adds the incoming values of an edge `from -> target`.
    fn pass_args(
        &self,
        st: &mut FnState<'ctx, 'a>,
        target: lir::Block,
        args: &[Value],
        from: BasicBlock<'ctx>,
    ) -> Result<(), CodegenError> {
        let vals = args
            .iter()
            .map(|&a| self.get(st, a))
            .collect::<Result<Vec<_>, _>>()?;
        for (phi, v) in st.phis[target.index()].iter().zip(vals) {
            phi.add_incoming(&[(&v, from)]);
        }
        Ok(())
    }

    /// `main(argc, argv)`: `return rpy_main(argc, argv, entry, types,
    /// n_types, prebuilt, n_prebuilt, file_name);`
    fn emit_main(
        &self,
        c_main: FunctionValue<'ctx>,
        rpy_main: FunctionValue<'ctx>,
        entry: usize,
    ) -> Result<(), CodegenError> {
        let ctx = self.ctx;
        let b = &self.b;
        let bb = ctx.append_basic_block(c_main, "entry");
        b.position_at_end(bb);
        let argc = c_main
            .get_nth_param(0)
            .ok_or_else(|| CodegenError::Internal("main has no argc".into()))?;
        let argv = c_main
            .get_nth_param(1)
            .ok_or_else(|| CodegenError::Internal("main has no argv".into()))?;
        let entry_ptr = ptr::function_ptr(self.funcs[entry]).const_cast(ptr::i8_ptr(ctx));
        let args: Vec<BasicMetadataValueEnum> = vec![
            argc.into(),
            argv.into(),
            entry_ptr.into(),
            self.data.types.into(),
            ctx.i32_type()
                .const_int(self.data.n_types as u64, false)
                .into(),
            self.data.prebuilt_table.into(),
            ctx.i64_type()
                .const_int(self.data.prebuilt.len() as u64, false)
                .into(),
            self.data.file_name.into(),
        ];
        let r = b
            .build_call(rpy_main, &args, "status")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| CodegenError::Internal("rpy_main returns nothing".into()))?;
        b.build_return(Some(&r))?;
        Ok(())
    }
}

fn bits(t: Ty) -> u32 {
    match t {
        Ty::Bool => 1,
        Ty::I8 => 8,
        Ty::I32 => 32,
        Ty::I64 | Ty::F64 | Ty::Ref | Ty::Raw => 64,
    }
}

fn set_name(v: BasicValueEnum<'_>, name: &str) {
    match v {
        BasicValueEnum::IntValue(x) => x.set_name(name),
        BasicValueEnum::FloatValue(x) => x.set_name(name),
        BasicValueEnum::PointerValue(x) => x.set_name(name),
        BasicValueEnum::StructValue(x) => x.set_name(name),
        BasicValueEnum::ArrayValue(x) => x.set_name(name),
        BasicValueEnum::VectorValue(x) => x.set_name(name),
        _ => {}
    }
}

/// The blocks of `f` reachable from the entry, in reverse postorder.
fn reverse_postorder(f: &lir::Function) -> Vec<usize> {
    let n = f.blocks.len();
    let mut visited = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // Iterative DFS: (block, index of the next successor to visit).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    if n > 0 {
        visited[0] = true;
        stack.push((0, 0));
    }
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succs = f.blocks[b].term.successors();
        if *next < succs.len() {
            let s = succs[*next].0.index();
            *next += 1;
            if s < n && !visited[s] {
                visited[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

//! The shadow-stack discipline: which GC references of a function live in
//! shadow-stack slots, and a checker for the result.
//!
//! A collection may move every young object, so a `ref` held in a register
//! across an operation that may collect ([`Op::may_collect`]) would be stale
//! afterwards. [`plan`] computes liveness of the `ref` values of a LIR
//! function and gives a slot to each `ref` that is live across such an
//! operation (live after it and not one of its results; the operation's own
//! arguments are rooted by the callee). Values whose live ranges never
//! overlap may share a slot (greedy colouring of the interference graph, which
//! is exact enough for SSA).
//!
//! The emitter (`llvm.rs`, through [`Frame`]) then keeps these invariants:
//! - the function reserves its slots at entry (`rpy_shadowstack_top += n*8`)
//!   and zeroes them, so a collection never scans garbage;
//! - a slotted value is stored to its slot right after its definition (block
//!   parameters at the start of their block);
//! - a use of a slotted value after an operation that may collect reloads it
//!   from the slot (within a block, the register copy is reused until the
//!   next such operation);
//! - every return restores `rpy_shadowstack_top` to its value at entry.
//!
//! [`check`] verifies a plan independently of the liveness that produced it: a
//! forward pass that tracks which registers a collection made stale and which
//! value each slot holds, and rejects any use of a stale unslotted `ref` or of
//! a slotted value whose slot may hold something else.

use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::values::{BasicValueEnum, GlobalValue, PointerValue};

use super::ptr;
use super::CodegenError;
use crate::lir::verify::uses;
use crate::lir::{Function, Module, Op, Terminator, Ty, Value};

/// A fixed-size set of small integers (value indices).
#[derive(Clone, PartialEq, Eq)]
pub struct BitSet(Vec<u64>);

impl BitSet {
    pub fn new(n: usize) -> BitSet {
        BitSet(vec![0; n.div_ceil(64)])
    }
    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    pub fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    /// `self |= other`; true if `self` changed.
    fn union_with(&mut self, other: &BitSet) -> bool {
        let mut changed = false;
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            let n = *w | o;
            changed |= n != *w;
            *w = n;
        }
        changed
    }
    fn intersect_with(&mut self, other: &BitSet) {
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            *w &= o;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + b)
            })
        })
    }
}

/// Past this many interference edges (a huge function), slots are not
/// shared: the graph would cost more memory than the slots save.
const MAX_INTERFERENCE_EDGES: usize = 1 << 22;

/// Where each value of a function lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RootPlan {
    /// The shadow-stack slot of each value (indexed by `Value`); `None` for
    /// values kept in registers.
    pub slot: Vec<Option<u32>>,
    /// Number of slots the function reserves.
    pub n_slots: u32,
}

impl RootPlan {
    pub fn slot_of(&self, v: Value) -> Option<u32> {
        self.slot[v.index()]
    }
}

/// The `ref` values a terminator reads.
fn term_uses(t: &Terminator) -> Vec<Value> {
    match t {
        Terminator::Jump(_, args) => args.clone(),
        Terminator::Branch {
            cond,
            then_args,
            else_args,
            ..
        } => std::iter::once(*cond)
            .chain(then_args.iter().copied())
            .chain(else_args.iter().copied())
            .collect(),
        Terminator::Return(v) => v.iter().copied().collect(),
        Terminator::Unreachable => Vec::new(),
    }
}

/// Live-out sets of `ref` values, per block.
fn live_out(f: &Function, is_ref: impl Fn(Value) -> bool) -> Vec<BitSet> {
    let n = f.values.len();
    let nb = f.blocks.len();
    // Upward-exposed uses and definitions of each block.
    let mut gen = Vec::with_capacity(nb);
    let mut kill = Vec::with_capacity(nb);
    for b in &f.blocks {
        let mut g = BitSet::new(n);
        let mut k = BitSet::new(n);
        for &p in &b.params {
            k.insert(p.index());
        }
        for inst in &b.insts {
            for u in uses(&inst.op) {
                if is_ref(u) && !k.contains(u.index()) {
                    g.insert(u.index());
                }
            }
            for &r in &inst.results {
                k.insert(r.index());
            }
        }
        for u in term_uses(&b.term) {
            if is_ref(u) && !k.contains(u.index()) {
                g.insert(u.index());
            }
        }
        gen.push(g);
        kill.push(k);
    }
    let mut live_in: Vec<BitSet> = gen.clone();
    let mut live_out: Vec<BitSet> = (0..nb).map(|_| BitSet::new(n)).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for bi in (0..nb).rev() {
            let mut out = BitSet::new(n);
            for (s, _) in f.blocks[bi].term.successors() {
                if let Some(li) = live_in.get(s.index()) {
                    out.union_with(li);
                }
            }
            // in = gen ∪ (out − kill)
            let mut inn = out.clone();
            for (w, k) in inn.0.iter_mut().zip(&kill[bi].0) {
                *w &= !k;
            }
            inn.union_with(&gen[bi]);
            if inn != live_in[bi] {
                live_in[bi] = inn;
                changed = true;
            }
            live_out[bi] = out;
        }
    }
    live_out
}

/// The values that never move: null constants and prebuilt objects. They
/// need no slot and no write barrier.
pub fn never_moves(f: &Function) -> BitSet {
    let mut fixed = BitSet::new(f.values.len());
    for b in &f.blocks {
        for inst in &b.insts {
            if matches!(inst.op, Op::Const(_) | Op::Prebuilt(_)) {
                for &r in &inst.results {
                    fixed.insert(r.index());
                }
            }
        }
    }
    fixed
}

/// Computes the slots of `f`. With `reuse`, values whose live ranges do not
/// overlap share slots.
pub fn plan(m: &Module, f: &Function, reuse: bool) -> RootPlan {
    let n = f.values.len();
    let fixed = never_moves(f);
    let is_ref = |v: Value| f.ty(v) == Ty::Ref && !fixed.contains(v.index());
    let outs = live_out(f, is_ref);

    // 1. Values live across an operation that may collect.
    let mut slotted = BitSet::new(n);
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut live = outs[bi].clone();
        for u in term_uses(&b.term) {
            if is_ref(u) {
                live.insert(u.index());
            }
        }
        for inst in b.insts.iter().rev() {
            for &r in &inst.results {
                live.remove(r.index());
            }
            if inst.op.may_collect(m) {
                slotted.union_with(&live);
            }
            for u in uses(&inst.op) {
                if is_ref(u) {
                    live.insert(u.index());
                }
            }
        }
    }
    let order: Vec<usize> = slotted.iter().collect();
    let mut slot = vec![None; n];
    if !reuse {
        for (i, &v) in order.iter().enumerate() {
            slot[v] = Some(i as u32);
        }
        return RootPlan {
            slot,
            n_slots: order.len() as u32,
        };
    }

    // 2. Interference among slotted values: a value interferes with every
    // slotted value live just after its definition.
    let mut adj: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut n_edges = 0usize;
    let mut edge = |a: usize, b: usize| {
        if a != b {
            n_edges += 1;
            if n_edges <= MAX_INTERFERENCE_EDGES {
                adj[a].push(b as u32);
                adj[b].push(a as u32);
            }
        }
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut live = outs[bi].clone();
        live.intersect_with(&slotted);
        for u in term_uses(&b.term) {
            if slotted.contains(u.index()) {
                live.insert(u.index());
            }
        }
        for inst in b.insts.iter().rev() {
            for &r in &inst.results {
                if slotted.contains(r.index()) {
                    for v in live.iter() {
                        edge(r.index(), v);
                    }
                    live.remove(r.index());
                }
            }
            for u in uses(&inst.op) {
                if slotted.contains(u.index()) {
                    live.insert(u.index());
                }
            }
        }
        for &p in &b.params {
            if slotted.contains(p.index()) {
                for v in live.iter() {
                    edge(p.index(), v);
                }
            }
        }
    }

    if n_edges > MAX_INTERFERENCE_EDGES {
        return plan(m, f, false);
    }

    // 3. Greedy colouring in definition order (value numbers follow it
    // closely in lowered code).
    let mut n_slots = 0u32;
    let mut taken: Vec<bool> = Vec::new();
    for &v in &order {
        taken.clear();
        taken.resize(n_slots as usize + 1, false);
        for &w in &adj[v] {
            if let Some(s) = slot[w as usize] {
                taken[s as usize] = true;
            }
        }
        let s = taken.iter().position(|&t| !t).unwrap_or(n_slots as usize) as u32;
        slot[v] = Some(s);
        n_slots = n_slots.max(s + 1);
    }
    RootPlan { slot, n_slots }
}

/// What a slot holds at a program point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Content {
    Zero,
    Val(u32),
    /// Different values on different paths.
    Mixed,
}

#[derive(Clone, PartialEq, Eq)]
struct State {
    /// `ref` values whose register copy a collection may have made stale.
    stale: BitSet,
    slots: Vec<Content>,
}

impl State {
    /// Merges `other` into `self`; true if `self` changed.
    fn merge(&mut self, other: &State) -> bool {
        let mut changed = self.stale.union_with(&other.stale);
        for (a, b) in self.slots.iter_mut().zip(&other.slots) {
            if *a != *b && *a != Content::Mixed {
                *a = Content::Mixed;
                changed = true;
            }
        }
        changed
    }
}

/// Checks that `plan` keeps every `ref` use of `f` valid under the emitter's
/// rules (see the module documentation). Returns the first violation.
pub fn check(m: &Module, f: &Function, plan: &RootPlan) -> Result<(), String> {
    let n = f.values.len();
    let nb = f.blocks.len();
    let fixed = never_moves(f);
    let mut all_refs = BitSet::new(n);
    for (i, &t) in f.values.iter().enumerate() {
        if t == Ty::Ref && !fixed.contains(i) {
            all_refs.insert(i);
        }
    }
    let define = |st: &mut State, v: Value| {
        st.stale.remove(v.index());
        if let Some(s) = plan.slot_of(v) {
            st.slots[s as usize] = Content::Val(v.0);
        }
    };
    let use_ok = |st: &State, v: Value| -> Result<(), String> {
        if f.ty(v) != Ty::Ref {
            return Ok(());
        }
        match plan.slot_of(v) {
            Some(s) if st.slots[s as usize] != Content::Val(v.0) => Err(format!(
                "{v} is read from slot {s}, which may hold {:?} there",
                st.slots[s as usize]
            )),
            Some(_) => Ok(()),
            None if st.stale.contains(v.index()) => Err(format!(
                "{v} is used after a call that may collect, but has no shadow-stack slot"
            )),
            None => Ok(()),
        }
    };
    // Runs one block from its entry state; reports uses when `report`.
    let run = |bi: usize, mut st: State, report: bool| -> Result<State, String> {
        let b = &f.blocks[bi];
        for &p in &b.params {
            define(&mut st, p);
        }
        for (ii, inst) in b.insts.iter().enumerate() {
            if report {
                for u in uses(&inst.op) {
                    use_ok(&st, u)
                        .map_err(|e| format!("{}: block{bi}, instruction {ii}: {e}", f.symbol))?;
                }
            }
            if inst.op.may_collect(m) {
                st.stale = all_refs.clone();
            }
            for &r in &inst.results {
                define(&mut st, r);
            }
        }
        if report {
            for u in term_uses(&b.term) {
                use_ok(&st, u).map_err(|e| format!("{}: block{bi}, terminator: {e}", f.symbol))?;
            }
        }
        Ok(st)
    };
    let mut entry: Vec<Option<State>> = vec![None; nb];
    if nb == 0 {
        return Ok(());
    }
    entry[0] = Some(State {
        stale: BitSet::new(n),
        slots: vec![Content::Zero; plan.n_slots as usize],
    });
    let mut work = vec![0usize];
    let mut queued = vec![false; nb];
    queued[0] = true;
    while let Some(bi) = work.pop() {
        queued[bi] = false;
        let st = entry[bi].clone().expect("queued blocks have a state");
        let out = run(bi, st, false)?;
        for (s, _) in f.blocks[bi].term.successors() {
            let si = s.index();
            let changed = match &mut entry[si] {
                Some(e) => e.merge(&out),
                e @ None => {
                    *e = Some(out.clone());
                    true
                }
            };
            if changed && !queued[si] {
                queued[si] = true;
                work.push(si);
            }
        }
    }
    for (bi, st) in entry.into_iter().enumerate() {
        if let Some(st) = st {
            run(bi, st, true)?;
        }
    }
    Ok(())
}

/// Checks that a function marked `may_collect: false` contains no operation
/// that may collect (callers would otherwise keep stale registers).
pub fn check_may_collect(m: &Module, f: &Function) -> Result<(), String> {
    if f.may_collect {
        return Ok(());
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, inst) in b.insts.iter().enumerate() {
            if inst.op.may_collect(m) {
                return Err(format!(
                    "{} is marked may_collect: false but block{bi}, instruction {ii} may collect",
                    f.symbol
                ));
            }
        }
    }
    Ok(())
}

/// The shadow-stack frame of one function being emitted.
pub(crate) struct Frame<'ctx> {
    /// `rpy_shadowstack_top` on entry: the address of slot 0.
    base: PointerValue<'ctx>,
}

impl<'ctx> Frame<'ctx> {
    /// Reserves and zeroes `n_slots` slots at the current position (the
    /// function's prologue). Returns `None` when the function needs none.
    pub(crate) fn enter(
        ctx: &'ctx Context,
        b: &Builder<'ctx>,
        top: GlobalValue<'ctx>,
        n_slots: u32,
    ) -> Result<Option<Frame<'ctx>>, CodegenError> {
        if n_slots == 0 {
            return Ok(None);
        }
        let i64t = ctx.i64_type();
        let base = ptr::load_global(b, top, "ss.base")?.into_pointer_value();
        let bytes = i64t.const_int(n_slots as u64 * 8, false);
        let new_top = ptr::byte_gep(ctx, b, base, bytes, "ss.top")?;
        ptr::store_global(b, top, new_top.into())?;
        b.build_memset(base, 8, ctx.i8_type().const_zero(), bytes)?;
        Ok(Some(Frame { base }))
    }

    fn slot_addr(
        &self,
        ctx: &'ctx Context,
        b: &Builder<'ctx>,
        slot: u32,
    ) -> Result<PointerValue<'ctx>, CodegenError> {
        let off = ctx.i64_type().const_int(slot as u64 * 8, false);
        ptr::byte_gep(ctx, b, self.base, off, "slot")
    }

    /// Stores a reference into its slot.
    pub(crate) fn store(
        &self,
        ctx: &'ctx Context,
        b: &Builder<'ctx>,
        slot: u32,
        v: BasicValueEnum<'ctx>,
    ) -> Result<(), CodegenError> {
        let addr = self.slot_addr(ctx, b, slot)?;
        ptr::store(b, addr, v, 8)
    }

    /// Reloads a reference from its slot.
    pub(crate) fn load(
        &self,
        ctx: &'ctx Context,
        b: &Builder<'ctx>,
        slot: u32,
        name: &str,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        let addr = self.slot_addr(ctx, b, slot)?;
        ptr::load(ctx, b, addr, ptr::i8_ptr(ctx).into(), 8, name)
    }

    /// Pops the frame (before a return).
    pub(crate) fn leave(
        &self,
        b: &Builder<'ctx>,
        top: GlobalValue<'ctx>,
    ) -> Result<(), CodegenError> {
        ptr::store_global(b, top, self.base.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lir::{Const, RtFn};

    /// `a = new; b = new; return a`: `a` is live across the second
    /// allocation, `b` is not.
    #[test]
    fn slots_only_values_live_across_collections() {
        let mut m = Module::new();
        let mut f = Function::new("f", "f", &[], Some(Ty::Ref));
        let e = f.entry();
        let a = f.push(e, Op::New(crate::lir::layout::TID_LIST), &[Ty::Ref])[0];
        let b = f.push(e, Op::New(crate::lir::layout::TID_LIST), &[Ty::Ref])[0];
        f.push(
            e,
            Op::Store {
                base: a,
                offset: 16,
                value: b,
                barrier: true,
            },
            &[],
        );
        f.set_term(e, Terminator::Return(Some(a)));
        m.add_func(f);
        let f = &m.funcs[0];
        let p = plan(&m, f, true);
        assert_eq!(p.slot_of(a), Some(0));
        assert_eq!(p.slot_of(b), None);
        assert_eq!(p.n_slots, 1);
        check(&m, f, &p).unwrap();
        // Without the slot, the checker objects.
        let bad = RootPlan {
            slot: vec![None; f.values.len()],
            n_slots: 0,
        };
        assert!(check(&m, f, &bad)
            .unwrap_err()
            .contains("no shadow-stack slot"));
    }

    /// Two values with disjoint live ranges share a slot; overlapping ones do not.
    #[test]
    fn slot_reuse() {
        let mut m = Module::new();
        let mut f = Function::new("f", "f", &[], None);
        let e = f.entry();
        let tid = crate::lir::layout::TID_LIST;
        let a = f.push(e, Op::New(tid), &[Ty::Ref])[0];
        f.push(e, Op::New(tid), &[Ty::Ref]);
        f.push(e, Op::CallRt(RtFn::WriteStr, vec![a]), &[]);
        let b = f.push(e, Op::New(tid), &[Ty::Ref])[0];
        let c = f.push(e, Op::New(tid), &[Ty::Ref])[0];
        f.push(e, Op::New(tid), &[Ty::Ref]);
        f.push(
            e,
            Op::Store {
                base: b,
                offset: 16,
                value: c,
                barrier: true,
            },
            &[],
        );
        f.set_term(e, Terminator::Return(None));
        m.add_func(f);
        let f = &m.funcs[0];
        let p = plan(&m, f, true);
        assert_eq!(p.n_slots, 2);
        assert_eq!(p.slot_of(a), p.slot_of(b));
        assert_ne!(p.slot_of(b), p.slot_of(c));
        check(&m, f, &p).unwrap();
        // Forcing c into b's slot is caught.
        let mut bad = p.clone();
        bad.slot[c.index()] = p.slot_of(b);
        assert!(check(&m, f, &bad).is_err());
    }

    /// A loop whose parameter is a ref kept across an allocation in the body.
    #[test]
    fn loop_params() {
        let mut m = Module::new();
        let mut f = Function::new("f", "f", &[Ty::Ref], None);
        let e = f.entry();
        let x = f.blocks[0].params[0];
        let head = f.new_block();
        let hx = f.add_param(head, Ty::Ref);
        let hi = f.add_param(head, Ty::I64);
        let zero = f.push(e, Op::Const(Const::I64(0)), &[Ty::I64])[0];
        f.set_term(e, Terminator::Jump(head, vec![x, zero]));
        let one = f.push(head, Op::Const(Const::I64(1)), &[Ty::I64])[0];
        let next = f.push(head, Op::Bin(crate::lir::BinOp::IAdd, hi, one), &[Ty::I64])[0];
        f.push(head, Op::New(crate::lir::layout::TID_LIST), &[Ty::Ref]);
        let ten = f.push(head, Op::Const(Const::I64(10)), &[Ty::I64])[0];
        let c = f.push(head, Op::ICmp(crate::lir::Cmp::Lt, next, ten), &[Ty::Bool])[0];
        let exit = f.new_block();
        f.set_term(
            head,
            Terminator::Branch {
                cond: c,
                then_block: head,
                then_args: vec![hx, next],
                else_block: exit,
                else_args: vec![],
            },
        );
        f.set_term(exit, Terminator::Return(None));
        m.add_func(f);
        let f = &m.funcs[0];
        let p = plan(&m, f, true);
        assert!(p.slot_of(hx).is_some());
        assert_eq!(p.slot_of(x), None);
        check(&m, f, &p).unwrap();
    }
}

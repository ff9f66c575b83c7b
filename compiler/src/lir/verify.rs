//! The LIR verifier: checks the invariants listed in `lir/mod.rs` and
//! reports each failure with the function, block and instruction. Runs after
//! lowering in debug builds and in tests (`--verify` forces it).

use super::{Cast, Function, Module, Op, Terminator, Ty, Value};

/// Check every function; returns the failures as readable lines.
pub fn verify_module(m: &Module) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for f in &m.funcs {
        verify_function(m, f, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

struct BitSet(Vec<u64>);

impl BitSet {
    fn new(n: usize, full: bool) -> BitSet {
        BitSet(vec![if full { !0 } else { 0 }; n.div_ceil(64)])
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

fn verify_function(m: &Module, f: &Function, errors: &mut Vec<String>) {
    let mut err =
        |where_: String, msg: String| errors.push(format!("{}: {where_}: {msg}", f.symbol));
    let n_values = f.values.len();
    // Each value defined once.
    let mut defined = vec![false; n_values];
    let mut define = |v: Value, where_: &str, err: &mut dyn FnMut(String, String)| {
        if v.index() >= n_values {
            err(where_.to_string(), format!("{v} out of range"));
        } else if std::mem::replace(&mut defined[v.index()], true) {
            err(where_.to_string(), format!("{v} defined twice"));
        }
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        for &p in &b.params {
            define(p, &format!("block{bi}"), &mut err);
        }
        for inst in &b.insts {
            for &r in &inst.results {
                define(r, &format!("block{bi}"), &mut err);
            }
        }
    }
    if f.blocks.is_empty() {
        err("entry".into(), "no blocks".into());
        return;
    }
    let entry_tys: Vec<Ty> = f.blocks[0].params.iter().map(|&v| f.ty(v)).collect();
    if entry_tys != f.params {
        err(
            "block0".into(),
            "entry parameters differ from the signature".into(),
        );
    }
    // Predecessors, then definitions available on entry to each block
    // (intersection over predecessors): a use must be available.
    let nb = f.blocks.len();
    let mut preds = vec![Vec::new(); nb];
    for (bi, b) in f.blocks.iter().enumerate() {
        for (s, args) in b.term.successors() {
            if s.index() >= nb {
                err(format!("block{bi}"), format!("jump to missing {s}"));
                continue;
            }
            preds[s.index()].push(bi);
            let params = &f.blocks[s.index()].params;
            if params.len() != args.len() {
                err(
                    format!("block{bi}"),
                    format!("{s} takes {} arguments, given {}", params.len(), args.len()),
                );
            } else {
                for (&a, &p) in args.iter().zip(params) {
                    if f.ty(a) != f.ty(p) {
                        err(
                            format!("block{bi}"),
                            format!("argument {a} for {p} of {s} has the wrong type"),
                        );
                    }
                }
            }
        }
    }
    // Blocks not reachable from the entry are never run: they are ignored
    // as predecessors and not checked for dominance.
    let mut reachable = vec![false; nb];
    let mut stack = vec![0usize];
    reachable[0] = true;
    while let Some(b) = stack.pop() {
        for (s, _) in f.blocks[b].term.successors() {
            if s.index() < nb && !reachable[s.index()] {
                reachable[s.index()] = true;
                stack.push(s.index());
            }
        }
    }
    for p in preds.iter_mut() {
        p.retain(|&q| reachable[q]);
    }
    let mut avail_out: Vec<BitSet> = (0..nb).map(|_| BitSet::new(n_values, true)).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for bi in 0..nb {
            let mut cur = if bi == 0 {
                BitSet::new(n_values, false)
            } else {
                BitSet::new(n_values, true)
            };
            if bi != 0 {
                if preds[bi].is_empty() {
                    cur = BitSet::new(n_values, false);
                }
                for &p in &preds[bi] {
                    for (w, o) in cur.0.iter_mut().zip(&avail_out[p].0) {
                        *w &= o;
                    }
                }
            }
            let b = &f.blocks[bi];
            for &p in &b.params {
                cur.set(p.index());
            }
            for inst in &b.insts {
                for &r in &inst.results {
                    cur.set(r.index());
                }
            }
            if cur.0 != avail_out[bi].0 {
                avail_out[bi] = cur;
                changed = true;
            }
        }
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        if !reachable[bi] {
            continue;
        }
        let mut cur = if bi == 0 || preds[bi].is_empty() {
            BitSet::new(n_values, false)
        } else {
            let mut c = BitSet::new(n_values, true);
            for &p in &preds[bi] {
                for (w, o) in c.0.iter_mut().zip(&avail_out[p].0) {
                    *w &= o;
                }
            }
            c
        };
        for &p in &b.params {
            cur.set(p.index());
        }
        let where_ = format!("block{bi}");
        for inst in &b.insts {
            for u in uses(&inst.op) {
                if u.index() >= n_values || !cur.get(u.index()) {
                    err(
                        where_.clone(),
                        format!("{u} used where its definition does not dominate"),
                    );
                }
            }
            check_types(m, f, &inst.op, &inst.results, &mut |msg| {
                err(where_.clone(), msg)
            });
            for &r in &inst.results {
                cur.set(r.index());
            }
        }
        let term_uses: Vec<Value> = match &b.term {
            Terminator::Jump(_, a) => a.clone(),
            Terminator::Branch {
                cond,
                then_args,
                else_args,
                ..
            } => {
                if f.ty(*cond) != Ty::Bool {
                    err(
                        where_.clone(),
                        format!("branch condition {cond} is not bool"),
                    );
                }
                std::iter::once(*cond)
                    .chain(then_args.iter().copied())
                    .chain(else_args.iter().copied())
                    .collect()
            }
            Terminator::Return(v) => {
                if v.map(|v| f.ty(v)) != f.ret {
                    err(
                        where_.clone(),
                        "return type differs from the signature".into(),
                    );
                }
                v.iter().copied().collect()
            }
            Terminator::Unreachable => vec![],
        };
        for u in term_uses {
            if !cur.get(u.index()) {
                err(
                    where_.clone(),
                    format!("{u} used where its definition does not dominate"),
                );
            }
        }
    }
}

/// The values an operation reads.
pub fn uses(op: &Op) -> Vec<Value> {
    match op {
        Op::Const(_) | Op::Prebuilt(_) | Op::New(_) | Op::ExcPending => vec![],
        Op::Bin(_, a, b) | Op::Ovf(_, a, b) | Op::ICmp(_, a, b) | Op::FCmp(_, a, b) => vec![*a, *b],
        Op::FNeg(a) | Op::FSqrt(a) | Op::FAbs(a) | Op::Cast(_, a, _) | Op::NewArray(_, a) => {
            vec![*a]
        }
        Op::Select(c, a, b) => vec![*c, *a, *b],
        Op::Load { base, .. } => vec![*base],
        Op::Store { base, value, .. } => vec![*base, *value],
        Op::LoadItem { base, index, .. } => vec![*base, *index],
        Op::StoreItem {
            base, index, value, ..
        } => vec![*base, *index, *value],
        Op::Call(_, args) | Op::CallRt(_, args) => args.clone(),
    }
}

fn check_types(m: &Module, f: &Function, op: &Op, results: &[Value], err: &mut dyn FnMut(String)) {
    let ty = |v: Value| f.values.get(v.index()).copied();
    let res: Vec<Ty> = results.iter().filter_map(|&r| ty(r)).collect();
    let expect = |want: &[Ty], err: &mut dyn FnMut(String)| {
        if res != want {
            err(format!("{op:?} defines {res:?}, expected {want:?}"));
        }
    };
    match op {
        Op::Const(c) => expect(&[c.ty()], err),
        Op::Prebuilt(_) | Op::New(_) | Op::NewArray(..) => expect(&[Ty::Ref], err),
        Op::Bin(b, a, c) => {
            use super::BinOp::*;
            let float = matches!(b, FAdd | FSub | FMul | FDiv);
            let (ta, tc) = (ty(*a), ty(*c));
            if ta != tc || (float && ta != Some(Ty::F64)) || (!float && ta == Some(Ty::F64)) {
                err(format!("{op:?} on {ta:?} and {tc:?}"));
            }
            if let Some(t) = ta {
                expect(&[t], err)
            }
        }
        Op::Ovf(_, a, c) => {
            if ty(*a) != Some(Ty::I64) || ty(*c) != Some(Ty::I64) {
                err(format!("{op:?} needs i64 operands"));
            }
            expect(&[Ty::I64, Ty::Bool], err)
        }
        Op::FNeg(a) | Op::FSqrt(a) | Op::FAbs(a) => {
            if ty(*a) != Some(Ty::F64) {
                err(format!("{op:?} needs f64"));
            }
            expect(&[Ty::F64], err)
        }
        Op::ICmp(_, a, c) => {
            if ty(*a) != ty(*c) || ty(*a) == Some(Ty::F64) {
                err(format!("{op:?} compares {:?} and {:?}", ty(*a), ty(*c)));
            }
            expect(&[Ty::Bool], err)
        }
        Op::FCmp(_, a, c) => {
            if ty(*a) != Some(Ty::F64) || ty(*c) != Some(Ty::F64) {
                err(format!("{op:?} needs f64 operands"));
            }
            expect(&[Ty::Bool], err)
        }
        Op::Select(c, a, b) => {
            if ty(*c) != Some(Ty::Bool) || ty(*a) != ty(*b) {
                err(format!("{op:?} has mismatched operands"));
            }
            if let Some(t) = ty(*a) {
                expect(&[t], err)
            }
        }
        Op::Cast(kind, a, to) => {
            let from = ty(*a);
            let ok = match kind {
                Cast::SIToF => matches!(from, Some(Ty::I64 | Ty::I32)) && *to == Ty::F64,
                Cast::FToSI => from == Some(Ty::F64) && *to == Ty::I64,
                Cast::Bitcast => matches!(
                    (from, to),
                    (Some(Ty::F64), Ty::I64) | (Some(Ty::I64), Ty::F64)
                ),
                Cast::ZExt | Cast::SExt | Cast::Trunc => {
                    from.is_some_and(|t| t != Ty::F64 && t != Ty::Ref && t != Ty::Raw)
                        && *to != Ty::F64
                        && *to != Ty::Ref
                }
            };
            if !ok {
                err(format!("{op:?}: cannot cast {from:?} to {to:?}"));
            }
            expect(&[*to], err)
        }
        Op::Load { ty: t, base, .. } | Op::LoadItem { ty: t, base, .. } => {
            if !matches!(ty(*base), Some(Ty::Ref | Ty::Raw)) {
                err(format!("{op:?}: base is not a pointer"));
            }
            expect(&[*t], err)
        }
        Op::Store { base, .. } | Op::StoreItem { base, .. } => {
            if !matches!(ty(*base), Some(Ty::Ref | Ty::Raw)) {
                err(format!("{op:?}: base is not a pointer"));
            }
            expect(&[], err)
        }
        Op::Call(fid, args) => {
            let Some(callee) = m.funcs.get(fid.index()) else {
                err(format!("call of missing {fid}"));
                return;
            };
            let given: Vec<Option<Ty>> = args.iter().map(|&a| ty(a)).collect();
            let want: Vec<Option<Ty>> = callee.params.iter().map(|&t| Some(t)).collect();
            if given != want {
                err(format!(
                    "call of {} with {given:?}, expected {want:?}",
                    callee.symbol
                ));
            }
            expect(callee.ret.as_slice(), err)
        }
        Op::CallRt(rt, args) => {
            let given: Vec<Option<Ty>> = args.iter().map(|&a| ty(a)).collect();
            let want: Vec<Option<Ty>> = rt.params().iter().map(|&t| Some(t)).collect();
            if given != want {
                err(format!(
                    "call of {} with {given:?}, expected {want:?}",
                    rt.symbol()
                ));
            }
            expect(rt.ret().as_slice(), err)
        }
        Op::ExcPending => expect(&[Ty::Bool], err),
    }
}

//! Lowering of flow operations: arithmetic with Python's semantics
//! (checked, floor division, shifts), comparisons and truth, indexing,
//! slicing and containers; sequences are in `seq`, calls in `builtins`.

use super::repr::reprs;
use super::FnLower;
use crate::annotate::Type;
use crate::flow::{BlockId, ConstVal, Op as FOp, OpKind, Var};
use crate::lir::layout::{self, ExcKind};
use crate::lir::runtime_fn::NONE;
use crate::lir::{BinOp, Cast, Cmp, Op, OvfOp, RtFn, Terminator, Ty, Value};
use crate::syntax::ast::{CmpOp, Operator, UnaryOp};

impl FnLower<'_, '_> {
    pub(super) fn lower_op(&mut self, b: BlockId, i: u32, op: &FOp) -> Vec<Value> {
        let span = op.span;
        match &op.kind {
            OpKind::Const(c) => self.const_vals(c),
            OpKind::Undef => {
                let t = op.result.map(|r| self.ty(r)).unwrap_or(Type::Bottom);
                self.zero_vals(&t)
            }
            OpKind::Copy(v) => self.val(*v),
            OpKind::Bin(Operator::Mod, a, c) if self.ty(*a) == Type::Str => {
                let def = self.cx.ann.instance(self.inst).def;
                match self.cx.ann.consts[def.0 as usize].get(a).cloned() {
                    Some(ConstVal::Str(fmt)) => {
                        let tc = self.ty(*c);
                        let vc = self.val(*c);
                        vec![self.percent_format(&fmt, &tc, &vc, span)]
                    }
                    _ => {
                        self.cx.diags.push(super::error(
                            span,
                            "`%` formatting needs a constant format string in RPy".into(),
                        ));
                        vec![]
                    }
                }
            }
            OpKind::Bin(Operator::Mult, a, c)
                if matches!(self.ty(*a), Type::Tuple(_))
                    || matches!(self.ty(*c), Type::Tuple(_)) =>
            {
                let (t, k) = if matches!(self.ty(*a), Type::Tuple(_)) {
                    (*a, *c)
                } else {
                    (*c, *a)
                };
                let Type::Tuple(items) = self.ty(t) else {
                    unreachable!()
                };
                let def = self.cx.ann.instance(self.inst).def;
                let n = match self.cx.ann.consts[def.0 as usize].get(&k) {
                    Some(ConstVal::Int(n)) => (*n).max(0) as usize,
                    _ => 0,
                };
                let obj = self.val1(t);
                let fields: Vec<Vec<Value>> = (0..items.len())
                    .map(|i| self.tuple_field(&items, obj, i))
                    .collect();
                let all_types: Vec<Type> = items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect();
                let all_fields: Vec<Vec<Value>> = fields
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect();
                vec![self.make_tuple(&all_types, &all_fields)]
            }
            OpKind::Bin(o, a, c) => {
                let (ta, tc) = (self.ty(*a), self.ty(*c));
                let (va, vc) = (self.val(*a), self.val(*c));
                self.binary(*o, &ta, va, &tc, vc)
            }
            OpKind::Unary(u, a) => {
                let t = self.ty(*a);
                let v = self.val1(*a);
                vec![self.unary(*u, &t, v)]
            }
            OpKind::Cmp(c, a, d) => {
                let (ta, td) = (self.ty(*a), self.ty(*d));
                let (va, vd) = (self.val(*a), self.val(*d));
                vec![self.compare(*c, &ta, va, &td, vd)]
            }
            OpKind::Truth(v) => {
                let t = self.ty(*v);
                let vals = self.val(*v);
                vec![self.truth(&t, &vals)]
            }
            OpKind::Call {
                callee,
                args,
                kwargs,
            } => self.lower_call(b, i, callee, args, kwargs, span),
            OpKind::GetItem(o, idx) => {
                let (to, ti) = (self.ty(*o), self.ty(*idx));
                let obj = self.val1(*o);
                match &to {
                    Type::List(l) => {
                        let item = self.cx.ann.lists.item(*l).clone();
                        let i = self.val1(*idx);
                        let i = self.as_int(i, &ti);
                        let len = self.list_len(obj);
                        let i = self.normalize_index(
                            i,
                            len,
                            ExcKind::IndexError,
                            "list index out of range",
                        );
                        self.list_get(obj, i, &item)
                    }
                    Type::Str => {
                        let i = self.val1(*idx);
                        let i = self.as_int(i, &ti);
                        vec![self.call_rt1(RtFn::StrGetItem, &[obj, i])]
                    }
                    Type::Tuple(items) => {
                        let items = items.clone();
                        let n = items.len() as i64;
                        let def = self.cx.ann.instance(self.inst).def;
                        match self.cx.ann.consts[def.0 as usize].get(idx) {
                            Some(ConstVal::Int(k)) => {
                                self.tuple_field(&items, obj, k.rem_euclid(n.max(1)) as usize)
                            }
                            _ => {
                                let i = self.val1(*idx);
                                let i = self.as_int(i, &ti);
                                let len = self.iconst(n);
                                let i = self.normalize_index(
                                    i,
                                    len,
                                    ExcKind::IndexError,
                                    "tuple index out of range",
                                );
                                let result = op.result.map(|r| self.ty(r)).unwrap_or(Type::Bottom);
                                self.tuple_dynamic_get(&items, obj, i, &result)
                            }
                        }
                    }
                    _ => vec![],
                }
            }
            OpKind::SetItem(o, idx, v) => {
                let (to, ti, tv) = (self.ty(*o), self.ty(*idx), self.ty(*v));
                if let Type::List(l) = to {
                    let item = self.cx.ann.lists.item(l).clone();
                    let obj = self.val1(*o);
                    let i = self.val1(*idx);
                    let i = self.as_int(i, &ti);
                    let vals = self.val(*v);
                    let vals = self.convert(vals, &tv, &item);
                    let len = self.list_len(obj);
                    let i = self.normalize_index(
                        i,
                        len,
                        ExcKind::IndexError,
                        "list assignment index out of range",
                    );
                    self.list_set(obj, i, &item, &vals);
                }
                vec![]
            }
            OpKind::DelItem(o, idx) => {
                let ti = self.ty(*idx);
                let obj = self.val1(*o);
                let i = self.val1(*idx);
                let i = self.as_int(i, &ti);
                let len = self.list_len(obj);
                let i = self.normalize_index(
                    i,
                    len,
                    ExcKind::IndexError,
                    "list assignment index out of range",
                );
                self.call_rt(RtFn::ListDelete, &[obj, i]);
                vec![]
            }
            OpKind::GetSlice(o, lo, hi, st) if matches!(self.ty(*o), Type::Tuple(_)) => {
                let Type::Tuple(items) = self.ty(*o) else {
                    unreachable!()
                };
                let def = self.cx.ann.instance(self.inst).def;
                let consts = &self.cx.ann.consts[def.0 as usize];
                let get = |v: &Option<Var>| match v {
                    None => None,
                    Some(v) => match consts.get(v) {
                        Some(ConstVal::Int(i)) => Some(*i),
                        Some(ConstVal::Bool(b)) => Some(i64::from(*b)),
                        _ => None,
                    },
                };
                let idx = crate::annotate::slice_indices(items.len(), get(lo), get(hi), get(st))
                    .unwrap_or_default();
                let obj = self.val1(*o);
                let fields: Vec<Vec<Value>> = idx
                    .iter()
                    .map(|&i| self.tuple_field(&items, obj, i))
                    .collect();
                let types: Vec<Type> = idx.iter().map(|&i| items[i].clone()).collect();
                vec![self.make_tuple(&types, &fields)]
            }
            OpKind::GetSlice(o, lo, hi, st) | OpKind::DelSlice(o, lo, hi, st) => {
                let to = self.ty(*o);
                let obj = self.val1(*o);
                let bounds: Vec<Value> = [lo, hi, st].iter().map(|b| self.slice_bound(b)).collect();
                let args = [obj, bounds[0], bounds[1], bounds[2]];
                match (&to, &op.kind) {
                    (Type::List(_), OpKind::GetSlice(..)) => {
                        vec![self.call_rt1(RtFn::ListSlice, &args)]
                    }
                    (Type::List(_), _) => {
                        self.call_rt(RtFn::ListDelSlice, &args);
                        vec![]
                    }
                    _ => vec![self.call_rt1(RtFn::StrSlice, &args)],
                }
            }
            OpKind::NewList(items) => {
                let t = op.result.map(|r| self.ty(r)).unwrap_or(Type::Bottom);
                let Type::List(l) = t else { return vec![] };
                let item = self.cx.ann.lists.item(l).clone();
                let n = self.iconst(items.len() as i64);
                let list = self.new_list(&item, n);
                for (k, it) in items.iter().enumerate() {
                    let ti = self.ty(*it);
                    let vals = self.val(*it);
                    let vals = self.convert(vals, &ti, &item);
                    let idx = self.iconst(k as i64);
                    self.list_set(list, idx, &item, &vals);
                }
                vec![list]
            }
            OpKind::NewTuple(items) => {
                let types: Vec<Type> = items.iter().map(|v| self.ty(*v)).collect();
                let vals: Vec<Vec<Value>> = items.iter().map(|v| self.val(*v)).collect();
                vec![self.make_tuple(&types, &vals)]
            }
            OpKind::TupleGet(v, k) => match self.ty(*v) {
                Type::Tuple(items) => {
                    let obj = self.val1(*v);
                    self.tuple_field(&items, obj, *k)
                }
                Type::List(l) => {
                    let item = self.cx.ann.lists.item(l).clone();
                    let obj = self.val1(*v);
                    let idx = self.iconst(*k as i64);
                    self.list_get(obj, idx, &item)
                }
                Type::Str => {
                    let obj = self.val1(*v);
                    let idx = self.iconst(*k as i64);
                    vec![self.call_rt1(RtFn::StrGetItem, &[obj, idx])]
                }
                _ => vec![],
            },
            OpKind::CheckLen(v, n) => {
                let t = self.ty(*v);
                if matches!(t, Type::List(_) | Type::Str) {
                    let obj = self.val1(*v);
                    let len = self.seq_len(&t, &[obj]);
                    let want = self.iconst(*n as i64);
                    let too_many = self.push1(Op::ICmp(Cmp::Gt, len, want), Ty::Bool);
                    self.raise_if(
                        too_many,
                        ExcKind::ValueError,
                        &format!("too many values to unpack (expected {n})"),
                    );
                    let too_few = self.push1(Op::ICmp(Cmp::Lt, len, want), Ty::Bool);
                    let (fail, cont) = self.branch(too_few);
                    self.cur = fail;
                    let prefix =
                        self.str_const(&format!("not enough values to unpack (expected {n}, got "));
                    let got = self.call_rt1(RtFn::IntToStr, &[len]);
                    let close = self.str_const(")");
                    let m = self.call_rt1(RtFn::StrConcat, &[prefix, got]);
                    let m = self.call_rt1(RtFn::StrConcat, &[m, close]);
                    self.raise_msg(ExcKind::ValueError, m);
                    self.cur = cont;
                }
                vec![]
            }
            OpKind::Format {
                value,
                conversion,
                spec,
            } => {
                let t = self.ty(*value);
                let vals = self.val(*value);
                let spec = spec.map(|s| self.val1(s));
                vec![self.format_value(&t, &vals, *conversion, spec)]
            }
            OpKind::JoinStr(parts) => {
                let vals: Vec<Value> = parts.iter().map(|p| self.val1(*p)).collect();
                vec![self.join_strs(&vals)]
            }
            OpKind::ModuleConst(_, name) => {
                let x = match *name {
                    "pi" => std::f64::consts::PI,
                    "e" => std::f64::consts::E,
                    "tau" => std::f64::consts::TAU,
                    "inf" => f64::INFINITY,
                    _ => f64::NAN,
                };
                vec![self.fconst(x)]
            }
            OpKind::Argv => vec![self.argv(span)],
            OpKind::ExcFetch => vec![self.call_rt1(RtFn::ExcFetch, &[])],
            OpKind::ExcMatch(e, kind) => {
                let ev = self.val1(*e);
                let k = self.iconst(*kind as i64);
                vec![self.call_rt1(RtFn::ExcMatches, &[ev, k])]
            }
            OpKind::NewExc(kind, msg) => {
                let k = self.iconst(*kind as i64);
                let m = match msg {
                    Some(m) => self.val1(*m),
                    None => self.zero_of(Ty::Ref),
                };
                vec![self.call_rt1(RtFn::ExcNew, &[k, m])]
            }
            OpKind::AssertFail(_) => vec![],
            OpKind::IterStart(s) => match self.ty(*s) {
                Type::Range => vec![self.val(*s)[0]],
                _ => vec![self.iconst(0)],
            },
            OpKind::SeqLen(s) => {
                let t = self.ty(*s);
                let vals = self.val(*s);
                vec![self.seq_len(&t, &vals)]
            }
            OpKind::SeqItemAt(s, idx) => {
                let t = self.ty(*s);
                let vals = self.val(*s);
                let i = self.val1(*idx);
                match &t {
                    Type::List(l) => {
                        let item = self.cx.ann.lists.item(*l).clone();
                        self.list_get(vals[0], i, &item)
                    }
                    Type::Str => vec![self.call_rt1(RtFn::StrGetItem, &[vals[0], i])],
                    Type::Range => {
                        let m = self.push1(Op::Bin(BinOp::IMul, i, vals[2]), Ty::I64);
                        vec![self.push1(Op::Bin(BinOp::IAdd, vals[0], m), Ty::I64)]
                    }
                    Type::Tuple(items) => {
                        let items = items.clone();
                        let result = op.result.map(|r| self.ty(r)).unwrap_or(Type::Bottom);
                        self.tuple_dynamic_get(&items, vals[0], i, &result)
                    }
                    _ => vec![],
                }
            }
        }
    }

    pub fn const_vals(&mut self, c: &ConstVal) -> Vec<Value> {
        match c {
            ConstVal::Int(i) => vec![self.iconst(*i)],
            ConstVal::Float(x) => vec![self.fconst(*x)],
            ConstVal::Bool(b) => vec![self.bconst(*b)],
            ConstVal::Str(s) => vec![self.str_const(s)],
            ConstVal::None => vec![],
            ConstVal::Tuple(items) => {
                let types: Vec<Type> = items.iter().map(crate::annotate::const_type_pub).collect();
                let vals: Vec<Vec<Value>> = items.iter().map(|c| self.const_vals(c)).collect();
                vec![self.make_tuple(&types, &vals)]
            }
        }
    }

    fn slice_bound(&mut self, b: &Option<Var>) -> Value {
        match b {
            Some(v) if self.ty(*v) != Type::None => {
                let t = self.ty(*v);
                let x = self.val1(*v);
                self.as_int(x, &t)
            }
            _ => self.iconst(NONE),
        }
    }

    // ---- arithmetic ----

    pub(super) fn binary(
        &mut self,
        o: Operator,
        ta: &Type,
        va: Vec<Value>,
        tb: &Type,
        vb: Vec<Value>,
    ) -> Vec<Value> {
        use Operator::*;
        match (ta, tb) {
            (Type::Bool, Type::Bool) if matches!(o, BitOr | BitXor | BitAnd) => {
                let op = match o {
                    BitOr => BinOp::Or,
                    BitXor => BinOp::Xor,
                    _ => BinOp::And,
                };
                vec![self.push1(Op::Bin(op, va[0], vb[0]), Ty::Bool)]
            }
            (a, b) if a.is_intlike() && b.is_intlike() => {
                let x = self.as_int(va[0], a);
                let y = self.as_int(vb[0], b);
                vec![self.int_binary(o, x, y)]
            }
            (a, b) if a.is_numeric() && b.is_numeric() => {
                let x = self.as_float(va[0], a);
                let y = self.as_float(vb[0], b);
                vec![self.float_binary(o, x, y)]
            }
            (Type::Str, Type::Str) if o == Add => {
                vec![self.call_rt1(RtFn::StrConcat, &[va[0], vb[0]])]
            }
            (Type::Str, n) if o == Mult => {
                let k = self.as_int(vb[0], n);
                vec![self.call_rt1(RtFn::StrRepeat, &[va[0], k])]
            }
            (n, Type::Str) if o == Mult => {
                let k = self.as_int(va[0], n);
                vec![self.call_rt1(RtFn::StrRepeat, &[vb[0], k])]
            }
            (Type::List(_), Type::List(_)) if o == Add => {
                vec![self.call_rt1(RtFn::ListConcat, &[va[0], vb[0]])]
            }
            (Type::List(_), n) if o == Mult => {
                let k = self.as_int(vb[0], n);
                vec![self.call_rt1(RtFn::ListRepeat, &[va[0], k])]
            }
            (n, Type::List(_)) if o == Mult => {
                let k = self.as_int(va[0], n);
                vec![self.call_rt1(RtFn::ListRepeat, &[vb[0], k])]
            }
            (Type::Tuple(xs), Type::Tuple(ys)) if o == Add => {
                let (xs, ys) = (xs.clone(), ys.clone());
                let mut fields: Vec<Vec<Value>> = (0..xs.len())
                    .map(|i| self.tuple_field(&xs, va[0], i))
                    .collect();
                fields.extend((0..ys.len()).map(|i| self.tuple_field(&ys, vb[0], i)));
                let all: Vec<Type> = xs.iter().chain(&ys).cloned().collect();
                vec![self.make_tuple(&all, &fields)]
            }
            _ => vec![],
        }
    }

    /// Checked `i64` arithmetic with Python's semantics.
    pub fn int_binary(&mut self, o: Operator, x: Value, y: Value) -> Value {
        use Operator::*;
        match o {
            Add | Sub | Mult => {
                let op = match o {
                    Add => OvfOp::Add,
                    Sub => OvfOp::Sub,
                    _ => OvfOp::Mul,
                };
                let r = self.push(Op::Ovf(op, x, y), &[Ty::I64, Ty::Bool]);
                self.raise_if(r[1], ExcKind::OverflowError, "integer overflow");
                r[0]
            }
            FloorDiv | Mod => {
                let zero = self.iconst(0);
                let is_zero = self.push1(Op::ICmp(Cmp::Eq, y, zero), Ty::Bool);
                let msg = if o == Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                self.raise_if(is_zero, ExcKind::ZeroDivisionError, msg);
                self.floor_divmod(x, y, o == FloorDiv)
            }
            Div => {
                let zero = self.iconst(0);
                let is_zero = self.push1(Op::ICmp(Cmp::Eq, y, zero), Ty::Bool);
                self.raise_if(is_zero, ExcKind::ZeroDivisionError, "division by zero");
                let fx = self.push1(Op::Cast(Cast::SIToF, x, Ty::F64), Ty::F64);
                let fy = self.push1(Op::Cast(Cast::SIToF, y, Ty::F64), Ty::F64);
                self.push1(Op::Bin(BinOp::FDiv, fx, fy), Ty::F64)
            }
            Pow => self.call_rt1(RtFn::IntPow, &[x, y]),
            LShift | RShift => {
                let zero = self.iconst(0);
                let neg = self.push1(Op::ICmp(Cmp::Lt, y, zero), Ty::Bool);
                self.raise_if(neg, ExcKind::ValueError, "negative shift count");
                let c63 = self.iconst(63);
                let big = self.push1(Op::ICmp(Cmp::Gt, y, c63), Ty::Bool);
                let clamped = self.push1(Op::Select(big, c63, y), Ty::I64);
                if o == RShift {
                    self.push1(Op::Bin(BinOp::AShr, x, clamped), Ty::I64)
                } else {
                    // Overflow unless shifting back gives x (and y < 64).
                    let r = self.push1(Op::Bin(BinOp::Shl, x, clamped), Ty::I64);
                    let back = self.push1(Op::Bin(BinOp::AShr, r, clamped), Ty::I64);
                    let lost = self.push1(Op::ICmp(Cmp::Ne, back, x), Ty::Bool);
                    let nonzero = self.push1(Op::ICmp(Cmp::Ne, x, zero), Ty::Bool);
                    let big_nonzero = self.push1(Op::Bin(BinOp::And, big, nonzero), Ty::Bool);
                    let ovf = self.push1(Op::Bin(BinOp::Or, lost, big_nonzero), Ty::Bool);
                    self.raise_if(ovf, ExcKind::OverflowError, "integer overflow");
                    r
                }
            }
            BitAnd => self.push1(Op::Bin(BinOp::And, x, y), Ty::I64),
            BitOr => self.push1(Op::Bin(BinOp::Or, x, y), Ty::I64),
            BitXor => self.push1(Op::Bin(BinOp::Xor, x, y), Ty::I64),
            MatMult => x,
        }
    }

    /// Floor division or modulo of `x` by a non-zero `y`.
    fn floor_divmod(&mut self, x: Value, y: Value, want_div: bool) -> Value {
        // MIN // -1 overflows.
        let min = self.iconst(i64::MIN);
        let m1 = self.iconst(-1);
        let is_min = self.push1(Op::ICmp(Cmp::Eq, x, min), Ty::Bool);
        let is_m1 = self.push1(Op::ICmp(Cmp::Eq, y, m1), Ty::Bool);
        let both = self.push1(Op::Bin(BinOp::And, is_min, is_m1), Ty::Bool);
        if want_div {
            self.raise_if(both, ExcKind::OverflowError, "integer overflow");
        }
        // Avoid the undefined MIN % -1: use y = 1 there (remainder 0).
        let one = self.iconst(1);
        let y2 = self.push1(Op::Select(both, one, y), Ty::I64);
        let q = self.push1(Op::Bin(BinOp::SDiv, x, y2), Ty::I64);
        let r = self.push1(Op::Bin(BinOp::SRem, x, y2), Ty::I64);
        let zero = self.iconst(0);
        let r_nonzero = self.push1(Op::ICmp(Cmp::Ne, r, zero), Ty::Bool);
        let sx = self.push1(Op::Bin(BinOp::Xor, r, y2), Ty::I64);
        let signs_differ = self.push1(Op::ICmp(Cmp::Lt, sx, zero), Ty::Bool);
        let adjust = self.push1(Op::Bin(BinOp::And, r_nonzero, signs_differ), Ty::Bool);
        if want_div {
            let q1 = self.push1(Op::Bin(BinOp::ISub, q, one), Ty::I64);
            self.push1(Op::Select(adjust, q1, q), Ty::I64)
        } else {
            let r1 = self.push1(Op::Bin(BinOp::IAdd, r, y2), Ty::I64);
            self.push1(Op::Select(adjust, r1, r), Ty::I64)
        }
    }

    pub fn float_binary(&mut self, o: Operator, x: Value, y: Value) -> Value {
        use Operator::*;
        match o {
            Add => self.push1(Op::Bin(BinOp::FAdd, x, y), Ty::F64),
            Sub => self.push1(Op::Bin(BinOp::FSub, x, y), Ty::F64),
            Mult => self.push1(Op::Bin(BinOp::FMul, x, y), Ty::F64),
            Div => {
                let zero = self.fconst(0.0);
                let is_zero = self.push1(Op::FCmp(Cmp::Eq, y, zero), Ty::Bool);
                self.raise_if(
                    is_zero,
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                );
                self.push1(Op::Bin(BinOp::FDiv, x, y), Ty::F64)
            }
            FloorDiv => self.call_rt1(RtFn::FloatFloorDiv, &[x, y]),
            Mod => self.call_rt1(RtFn::FloatMod, &[x, y]),
            Pow => self.call_rt1(RtFn::FloatPow, &[x, y]),
            _ => x,
        }
    }

    fn unary(&mut self, u: UnaryOp, t: &Type, v: Value) -> Value {
        match (u, t) {
            (UnaryOp::Not, _) => {
                let one = self.bconst(true);
                self.push1(Op::Bin(BinOp::Xor, v, one), Ty::Bool)
            }
            (UnaryOp::USub, Type::Float) => self.push1(Op::FNeg(v), Ty::F64),
            (UnaryOp::UAdd, Type::Float) => v,
            (UnaryOp::USub, _) => {
                let x = self.as_int(v, t);
                let zero = self.iconst(0);
                self.int_binary(Operator::Sub, zero, x)
            }
            (UnaryOp::UAdd, _) => self.as_int(v, t),
            (UnaryOp::Invert, _) => {
                let x = self.as_int(v, t);
                let m1 = self.iconst(-1);
                self.push1(Op::Bin(BinOp::Xor, x, m1), Ty::I64)
            }
        }
    }

    // ---- truth and comparisons ----

    pub fn truth(&mut self, t: &Type, vals: &[Value]) -> Value {
        match t {
            Type::Bool => vals[0],
            Type::Int => {
                let zero = self.iconst(0);
                self.push1(Op::ICmp(Cmp::Ne, vals[0], zero), Ty::Bool)
            }
            Type::Float => {
                let zero = self.fconst(0.0);
                self.push1(Op::FCmp(Cmp::Ne, vals[0], zero), Ty::Bool)
            }
            Type::Str => {
                let n = self.push1(
                    Op::Load {
                        ty: Ty::I64,
                        base: vals[0],
                        offset: layout::str_::LEN,
                    },
                    Ty::I64,
                );
                let zero = self.iconst(0);
                self.push1(Op::ICmp(Cmp::Ne, n, zero), Ty::Bool)
            }
            Type::List(_) => {
                let n = self.list_len(vals[0]);
                let zero = self.iconst(0);
                self.push1(Op::ICmp(Cmp::Ne, n, zero), Ty::Bool)
            }
            Type::Tuple(items) => self.bconst(!items.is_empty()),
            Type::Range => {
                let n = self.seq_len(t, vals);
                let zero = self.iconst(0);
                self.push1(Op::ICmp(Cmp::Ne, n, zero), Ty::Bool)
            }
            Type::None | Type::Bottom => self.bconst(false),
            Type::Exc => self.bconst(true),
        }
    }

    pub fn compare(
        &mut self,
        c: CmpOp,
        ta: &Type,
        va: Vec<Value>,
        tb: &Type,
        vb: Vec<Value>,
    ) -> Value {
        match c {
            CmpOp::Is | CmpOp::IsNot => {
                let same = match (ta, tb) {
                    (Type::None, Type::None) => self.bconst(true),
                    (Type::None, _) | (_, Type::None) => self.bconst(false),
                    (a, b) if reprs(a) == vec![Ty::Ref] && reprs(b) == vec![Ty::Ref] => {
                        self.push1(Op::ICmp(Cmp::Eq, va[0], vb[0]), Ty::Bool)
                    }
                    (a, b) if a == b && !va.is_empty() => self.eq_values(a, &va, &vb),
                    _ => self.bconst(false),
                };
                if c == CmpOp::IsNot {
                    self.not(same)
                } else {
                    same
                }
            }
            CmpOp::Eq => self.equal(ta, &va, tb, &vb),
            CmpOp::NotEq => {
                let e = self.equal(ta, &va, tb, &vb);
                self.not(e)
            }
            CmpOp::In | CmpOp::NotIn => {
                let r = self.contains(tb, &vb, ta, &va);
                if c == CmpOp::NotIn {
                    self.not(r)
                } else {
                    r
                }
            }
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                let cmp = match c {
                    CmpOp::Lt => Cmp::Lt,
                    CmpOp::LtE => Cmp::Le,
                    CmpOp::Gt => Cmp::Gt,
                    _ => Cmp::Ge,
                };
                self.order(cmp, ta, &va, tb, &vb)
            }
        }
    }

    /// `any(test(k) for k in 0..n)` (`stop_on` true) or `all(...)`
    /// (`stop_on` false), evaluated in order with an early exit.
    pub fn short_circuit(
        &mut self,
        n: usize,
        stop_on: bool,
        test: &mut dyn FnMut(&mut Self, usize) -> Value,
    ) -> Value {
        let done = self.new_block();
        let result = self.f.add_param(done, Ty::Bool);
        for k in 0..n {
            let hit = test(self, k);
            let next = self.new_block();
            let stop = self.bconst(stop_on);
            let (then_block, then_args, else_block, else_args) = if stop_on {
                (done, vec![stop], next, vec![])
            } else {
                (next, vec![], done, vec![stop])
            };
            self.set_term(Terminator::Branch {
                cond: hit,
                then_block,
                then_args,
                else_block,
                else_args,
            });
            self.cur = next;
        }
        let end = self.bconst(!stop_on);
        self.set_term(Terminator::Jump(done, vec![end]));
        self.cur = done;
        result
    }

    pub fn not(&mut self, v: Value) -> Value {
        let one = self.bconst(true);
        self.push1(Op::Bin(BinOp::Xor, v, one), Ty::Bool)
    }

    /// `a == b`.
    pub fn equal(&mut self, ta: &Type, va: &[Value], tb: &Type, vb: &[Value]) -> Value {
        match (ta, tb) {
            (a, b) if a.is_intlike() && b.is_intlike() => {
                if *a == Type::Bool && *b == Type::Bool {
                    return self.push1(Op::ICmp(Cmp::Eq, va[0], vb[0]), Ty::Bool);
                }
                let x = self.as_int(va[0], a);
                let y = self.as_int(vb[0], b);
                self.push1(Op::ICmp(Cmp::Eq, x, y), Ty::Bool)
            }
            (a, b) if a.is_numeric() && b.is_numeric() => {
                let x = self.as_float(va[0], a);
                let y = self.as_float(vb[0], b);
                self.push1(Op::FCmp(Cmp::Eq, x, y), Ty::Bool)
            }
            (Type::Str, Type::Str) => self.call_rt1(RtFn::StrEq, &[va[0], vb[0]]),
            (Type::None, Type::None) => self.bconst(true),
            (Type::List(x), Type::List(y)) => {
                let (ix, iy) = (
                    self.cx.ann.lists.item(*x).clone(),
                    self.cx.ann.lists.item(*y).clone(),
                );
                self.list_eq(va[0], &ix, vb[0], &iy)
            }
            (Type::Tuple(xs), Type::Tuple(ys)) => {
                if xs.len() != ys.len() {
                    return self.bconst(false);
                }
                let (xs, ys) = (xs.clone(), ys.clone());
                // All fields equal, evaluated left to right with early exit.
                self.short_circuit(xs.len(), false, &mut |me, i| {
                    let fa = me.tuple_field(&xs, va[0], i);
                    let fb = me.tuple_field(&ys, vb[0], i);
                    me.equal(&xs[i], &fa, &ys[i], &fb)
                })
            }
            _ => self.bconst(false),
        }
    }

    /// Equality of two values of one type (for identity of non-objects).
    fn eq_values(&mut self, t: &Type, a: &[Value], b: &[Value]) -> Value {
        self.equal(t, a, t, b)
    }

    /// Ordering comparison `a cmp b`.
    pub fn order(&mut self, cmp: Cmp, ta: &Type, va: &[Value], tb: &Type, vb: &[Value]) -> Value {
        match (ta, tb) {
            (a, b) if a.is_intlike() && b.is_intlike() => {
                let x = self.as_int(va[0], a);
                let y = self.as_int(vb[0], b);
                self.push1(Op::ICmp(cmp, x, y), Ty::Bool)
            }
            (a, b) if a.is_numeric() && b.is_numeric() => {
                let x = self.as_float(va[0], a);
                let y = self.as_float(vb[0], b);
                self.push1(Op::FCmp(cmp, x, y), Ty::Bool)
            }
            (Type::Str, Type::Str) => {
                let c = self.call_rt1(RtFn::StrCmp, &[va[0], vb[0]]);
                let zero = self.iconst(0);
                self.push1(Op::ICmp(cmp, c, zero), Ty::Bool)
            }
            (Type::List(x), Type::List(y)) => {
                let (ix, iy) = (
                    self.cx.ann.lists.item(*x).clone(),
                    self.cx.ann.lists.item(*y).clone(),
                );
                self.list_order(cmp, va[0], &ix, vb[0], &iy)
            }
            (Type::Tuple(xs), Type::Tuple(ys)) => {
                let (xs, ys) = (xs.clone(), ys.clone());
                self.tuple_order(cmp, &xs, va[0], &ys, vb[0])
            }
            _ => self.bconst(false),
        }
    }

    /// Lexicographic tuple comparison: the first unequal pair decides, else
    /// the lengths.
    fn tuple_order(&mut self, cmp: Cmp, xs: &[Type], a: Value, ys: &[Type], b: Value) -> Value {
        let done = self.new_block();
        let result = self.f.add_param(done, Ty::Bool);
        let n = xs.len().min(ys.len());
        for i in 0..n {
            let fa = self.tuple_field(xs, a, i);
            let fb = self.tuple_field(ys, b, i);
            let e = self.equal(&xs[i], &fa, &ys[i], &fb);
            let differ = self.new_block();
            let next = self.new_block();
            self.set_term(Terminator::Branch {
                cond: e,
                then_block: next,
                then_args: vec![],
                else_block: differ,
                else_args: vec![],
            });
            self.cur = differ;
            let r = self.order(cmp, &xs[i], &fa, &ys[i], &fb);
            self.set_term(Terminator::Jump(done, vec![r]));
            self.cur = next;
        }
        let la = self.iconst(xs.len() as i64);
        let lb = self.iconst(ys.len() as i64);
        let r = self.push1(Op::ICmp(cmp, la, lb), Ty::Bool);
        self.set_term(Terminator::Jump(done, vec![r]));
        self.cur = done;
        result
    }

    /// `needle in haystack`.
    fn contains(&mut self, th: &Type, vh: &[Value], tn: &Type, vn: &[Value]) -> Value {
        match th {
            Type::Str => self.call_rt1(RtFn::StrContains, &[vh[0], vn[0]]),
            Type::List(l) => {
                let item = self.cx.ann.lists.item(*l).clone();
                let idx = self.list_find(vh[0], &item, tn, vn);
                let zero = self.iconst(0);
                self.push1(Op::ICmp(Cmp::Ge, idx, zero), Ty::Bool)
            }
            Type::Range => {
                // start <= x < stop (step > 0) or stop < x <= start, and
                // (x - start) % step == 0.
                let x = self.as_int(vn[0], tn);
                let (start, stop, step) = (vh[0], vh[1], vh[2]);
                let zero = self.iconst(0);
                let pos = self.push1(Op::ICmp(Cmp::Gt, step, zero), Ty::Bool);
                let ge = self.push1(Op::ICmp(Cmp::Ge, x, start), Ty::Bool);
                let lt = self.push1(Op::ICmp(Cmp::Lt, x, stop), Ty::Bool);
                let in_pos = self.push1(Op::Bin(BinOp::And, ge, lt), Ty::Bool);
                let le = self.push1(Op::ICmp(Cmp::Le, x, start), Ty::Bool);
                let gt = self.push1(Op::ICmp(Cmp::Gt, x, stop), Ty::Bool);
                let in_neg = self.push1(Op::Bin(BinOp::And, le, gt), Ty::Bool);
                let inside = self.push1(Op::Select(pos, in_pos, in_neg), Ty::Bool);
                let (yes, no) = self.branch(inside);
                let done = self.new_block();
                let result = self.f.add_param(done, Ty::Bool);
                self.cur = no;
                let f = self.bconst(false);
                self.set_term(Terminator::Jump(done, vec![f]));
                self.cur = yes;
                let d = self.push1(Op::Bin(BinOp::ISub, x, start), Ty::I64);
                let r = self.push1(Op::Bin(BinOp::SRem, d, step), Ty::I64);
                let ok = self.push1(Op::ICmp(Cmp::Eq, r, zero), Ty::Bool);
                self.set_term(Terminator::Jump(done, vec![ok]));
                self.cur = done;
                result
            }
            Type::Tuple(items) => {
                let items = items.clone();
                self.short_circuit(items.len(), true, &mut |me, i| {
                    let f = me.tuple_field(&items, vh[0], i);
                    me.equal(tn, vn, &items[i], &f)
                })
            }
            _ => self.bconst(false),
        }
    }

    // ---- lists ----

    // ---- iteration ----
}

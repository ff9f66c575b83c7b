//! Lowering of calls: program functions (with their resolved arguments),
//! builtins and the methods of str and list.

use super::repr::reprs;
use super::FnLower;
use crate::annotate::{ArgSource, Type};
use crate::flow::{BlockId, Builtin, Callee, Var};
use crate::lir::layout::ExcKind;
use crate::lir::runtime_fn::NONE;
use crate::lir::{BinOp, Cast, Cmp, Op, RtFn, Terminator, Ty, Value};
use crate::syntax::ast::Operator;
use crate::syntax::span::Span;

impl FnLower<'_, '_> {
    pub(super) fn lower_call(
        &mut self,
        b: BlockId,
        i: u32,
        callee: &Callee,
        args: &[Var],
        kwargs: &[(String, Var)],
        span: Span,
    ) -> Vec<Value> {
        match callee {
            Callee::Func(_) => {
                let Some(target) = self
                    .cx
                    .ann
                    .instance(self.inst)
                    .calls
                    .get(&(b.0, i))
                    .cloned()
                else {
                    return vec![];
                };
                let callee_inst = self.cx.ann.instance(target.inst);
                let g = &self.cx.prog.funcs[callee_inst.def.0 as usize];
                let params = g.blocks[0].params.clone();
                let param_types: Vec<Type> = params
                    .iter()
                    .map(|p| self.cx.ann.lists.canon(&callee_inst.types[p.index()]))
                    .collect();
                let ret_t = self.cx.ann.lists.canon(&callee_inst.ret);
                let mut lir_args = Vec::new();
                for (src, pt) in target.args.iter().zip(&param_types) {
                    let (vals, t) = match src {
                        ArgSource::Positional(k) => (self.val(args[*k]), self.ty(args[*k])),
                        ArgSource::Keyword(k) => (self.val(kwargs[*k].1), self.ty(kwargs[*k].1)),
                        ArgSource::Default(c) => {
                            (self.const_vals(c), crate::annotate::const_type_pub(c))
                        }
                    };
                    lir_args.extend(self.convert(vals, &t, pt));
                }
                lir_args.push(self.depth_arg());
                let fid = self.cx.func_ids[&target.inst];
                let ret = reprs(&ret_t);
                let r = self.push(Op::Call(fid, lir_args), &ret);
                self.check_exc();
                r
            }
            Callee::Builtin(bi) => self.lower_builtin(*bi, args, kwargs, span),
            Callee::Method(obj, name) => self.lower_method(*obj, name, args, kwargs),
        }
    }

    fn kwarg(&self, kwargs: &[(String, Var)], name: &str) -> Option<Var> {
        kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
    }

    fn lower_builtin(
        &mut self,
        bi: Builtin,
        args: &[Var],
        kwargs: &[(String, Var)],
        span: Span,
    ) -> Vec<Value> {
        let t0 = args.first().map(|a| self.ty(*a)).unwrap_or(Type::Bottom);
        let v0 = args.first().map(|a| self.val(*a)).unwrap_or_default();
        match bi {
            Builtin::Print => {
                let sep = self
                    .kwarg(kwargs, "sep")
                    .filter(|v| self.ty(*v) == Type::Str)
                    .map(|v| self.val1(v));
                let end = self
                    .kwarg(kwargs, "end")
                    .filter(|v| self.ty(*v) == Type::Str)
                    .map(|v| self.val1(v));
                for (k, a) in args.iter().enumerate() {
                    if k > 0 {
                        match sep {
                            Some(s) => self.push0(Op::CallRt(RtFn::WriteStr, vec![s])),
                            None => {
                                let c = self.iconst(b' ' as i64);
                                self.push0(Op::CallRt(RtFn::WriteByte, vec![c]));
                            }
                        }
                    }
                    let t = self.ty(*a);
                    let vals = self.val(*a);
                    self.write_value(&t, &vals);
                }
                match end {
                    Some(e) => self.push0(Op::CallRt(RtFn::WriteStr, vec![e])),
                    None => {
                        let c = self.iconst(b'\n' as i64);
                        self.push0(Op::CallRt(RtFn::WriteByte, vec![c]));
                    }
                }
                vec![]
            }
            Builtin::Len => vec![self.seq_len(&t0, &v0)],
            Builtin::Abs => match t0 {
                Type::Float => vec![self.push1(Op::FAbs(v0[0]), Ty::F64)],
                _ => {
                    let x = self.as_int(v0[0], &t0);
                    let zero = self.iconst(0);
                    let neg = self.push1(Op::ICmp(Cmp::Lt, x, zero), Ty::Bool);
                    let (yes, no) = self.branch(neg);
                    let done = self.new_block();
                    let r = self.f.add_param(done, Ty::I64);
                    self.cur = yes;
                    let n = self.int_binary(Operator::Sub, zero, x);
                    self.set_term(Terminator::Jump(done, vec![n]));
                    self.cur = no;
                    self.set_term(Terminator::Jump(done, vec![x]));
                    self.cur = done;
                    vec![r]
                }
            },
            Builtin::Min | Builtin::Max => {
                let cmp = if bi == Builtin::Min { Cmp::Lt } else { Cmp::Gt };
                let result_t = self.result_type_of_builtin(args, &t0);
                if args.len() == 1 {
                    return self.min_max_seq(cmp, &t0, &v0, &result_t, bi == Builtin::Min);
                }
                let mut best = self.convert(v0, &t0, &result_t);
                for a in &args[1..] {
                    let t = self.ty(*a);
                    let v = self.val(*a);
                    let v = self.convert(v, &t, &result_t);
                    let better = self.order(cmp, &result_t, &v, &result_t, &best);
                    best = best
                        .iter()
                        .zip(&v)
                        .map(|(&old, &new)| {
                            let ty = self.f.ty(old);
                            self.push1(Op::Select(better, new, old), ty)
                        })
                        .collect();
                }
                best
            }
            Builtin::Sum => {
                let item = match &t0 {
                    Type::List(l) => self.cx.ann.lists.item(*l).clone(),
                    Type::Range => Type::Int,
                    Type::Tuple(items) => items.first().cloned().unwrap_or(Type::Int),
                    _ => Type::Int,
                };
                let start_t = args.get(1).map(|a| self.ty(*a)).unwrap_or(Type::Int);
                let float = item == Type::Float || start_t == Type::Float;
                let start = match args.get(1) {
                    Some(a) => self.val1(*a),
                    None => self.iconst(0),
                };
                let acc_t = if float { Type::Float } else { Type::Int };
                let start = if float {
                    self.as_float(start, &start_t)
                } else {
                    self.as_int(start, &start_t)
                };
                self.fold_seq(&t0, &v0, start, &acc_t, &mut |me, acc, item_vals| {
                    if float {
                        let x = me.as_float(item_vals[0], &item);
                        me.float_binary(Operator::Add, acc, x)
                    } else {
                        let x = me.as_int(item_vals[0], &item);
                        me.int_binary(Operator::Add, acc, x)
                    }
                })
            }
            Builtin::Int => match t0 {
                Type::Bottom => vec![self.iconst(0)],
                Type::Str => vec![self.call_rt1(RtFn::StrToInt, &[v0[0]])],
                Type::Float => vec![self.call_rt1(RtFn::FloatToInt, &[v0[0]])],
                _ => vec![self.as_int(v0[0], &t0)],
            },
            Builtin::Float => match t0 {
                Type::Bottom => vec![self.fconst(0.0)],
                Type::Str => vec![self.call_rt1(RtFn::StrToFloat, &[v0[0]])],
                _ => vec![self.as_float(v0[0], &t0)],
            },
            Builtin::Str => {
                if args.is_empty() {
                    return vec![self.str_const("")];
                }
                vec![self.str_of(&t0, &v0)]
            }
            Builtin::Repr => vec![self.repr_of(&t0, &v0)],
            Builtin::Bool => {
                if args.is_empty() {
                    return vec![self.bconst(false)];
                }
                vec![self.truth(&t0, &v0)]
            }
            Builtin::Ord => vec![self.call_rt1(RtFn::StrOrd, &[v0[0]])],
            Builtin::Chr => {
                let x = self.as_int(v0[0], &t0);
                vec![self.call_rt1(RtFn::StrChr, &[x])]
            }
            Builtin::Round => match (&t0, args.len()) {
                (Type::Float, 1) => vec![self.call_rt1(RtFn::FloatRoundInt, &[v0[0]])],
                (Type::Float, _) => {
                    let t1 = self.ty(args[1]);
                    let n = self.val1(args[1]);
                    let n = self.as_int(n, &t1);
                    vec![self.call_rt1(RtFn::FloatRound, &[v0[0], n])]
                }
                (_, 1) => vec![self.as_int(v0[0], &t0)],
                _ => {
                    let x = self.as_int(v0[0], &t0);
                    let t1 = self.ty(args[1]);
                    let n = self.val1(args[1]);
                    let n = self.as_int(n, &t1);
                    vec![self.call_rt1(RtFn::IntRound, &[x, n])]
                }
            },
            Builtin::Divmod => {
                let t1 = self.ty(args[1]);
                let v1 = self.val(args[1]);
                let (q, r, t) = if t0.is_intlike() && t1.is_intlike() {
                    let x = self.as_int(v0[0], &t0);
                    let y = self.as_int(v1[0], &t1);
                    let q = self.int_binary(Operator::FloorDiv, x, y);
                    let r = self.int_binary(Operator::Mod, x, y);
                    (q, r, Type::Int)
                } else {
                    let x = self.as_float(v0[0], &t0);
                    let y = self.as_float(v1[0], &t1);
                    let q = self.float_binary(Operator::FloorDiv, x, y);
                    let r = self.float_binary(Operator::Mod, x, y);
                    (q, r, Type::Float)
                };
                vec![self.make_tuple(&[t.clone(), t], &[vec![q], vec![r]])]
            }
            Builtin::Sorted | Builtin::List => {
                let list = self.list_from(&t0, &v0, span);
                if bi == Builtin::Sorted {
                    let reverse = match self.kwarg(kwargs, "reverse") {
                        Some(r) => {
                            let t = self.ty(r);
                            let v = self.val(r);
                            self.truth(&t, &v)
                        }
                        None => self.bconst(false),
                    };
                    let item = self.iter_item_type(&t0);
                    self.sort_list(list, &item, reverse);
                }
                vec![list]
            }
            Builtin::Range => {
                let ints: Vec<Value> = args
                    .iter()
                    .map(|a| {
                        let t = self.ty(*a);
                        let v = self.val1(*a);
                        self.as_int(v, &t)
                    })
                    .collect();
                let (start, stop, step) = match ints.len() {
                    1 => (self.iconst(0), ints[0], self.iconst(1)),
                    2 => (ints[0], ints[1], self.iconst(1)),
                    _ => (ints[0], ints[1], ints[2]),
                };
                if ints.len() == 3 {
                    let zero = self.iconst(0);
                    let is_zero = self.push1(Op::ICmp(Cmp::Eq, step, zero), Ty::Bool);
                    self.raise_if(
                        is_zero,
                        ExcKind::ValueError,
                        "range() arg 3 must not be zero",
                    );
                }
                vec![start, stop, step]
            }
            Builtin::Enumerate | Builtin::Zip | Builtin::Reversed => vec![],
            Builtin::Math(name) => {
                let fargs: Vec<Value> = args
                    .iter()
                    .map(|a| {
                        let t = self.ty(*a);
                        let v = self.val1(*a);
                        self.as_float(v, &t)
                    })
                    .collect();
                match name {
                    "sqrt" => {
                        // Inline: a negative argument is CPython's ValueError.
                        let x = fargs[0];
                        let zero = self.fconst(0.0);
                        let neg = self.push1(Op::FCmp(Cmp::Lt, x, zero), Ty::Bool);
                        self.raise_if(neg, ExcKind::ValueError, "math domain error");
                        return vec![self.push1(Op::FSqrt(x), Ty::F64)];
                    }
                    "fabs" => return vec![self.push1(Op::FAbs(fargs[0]), Ty::F64)],
                    _ => {}
                }
                let rt = match name {
                    "sqrt" => RtFn::MathSqrt,
                    "exp" => RtFn::MathExp,
                    "log" => RtFn::MathLog,
                    "log2" => RtFn::MathLog2,
                    "log10" => RtFn::MathLog10,
                    "sin" => RtFn::MathSin,
                    "cos" => RtFn::MathCos,
                    "tan" => RtFn::MathTan,
                    "asin" => RtFn::MathAsin,
                    "acos" => RtFn::MathAcos,
                    "atan" => RtFn::MathAtan,
                    "atan2" => RtFn::MathAtan2,
                    "hypot" => RtFn::MathHypot,
                    "pow" => RtFn::MathPow,
                    "fabs" => RtFn::MathFabs,
                    "floor" => RtFn::MathFloor,
                    "ceil" => RtFn::MathCeil,
                    "trunc" => RtFn::FloatToInt,
                    "isnan" => {
                        let x = fargs[0];
                        return vec![self.push1(Op::FCmp(Cmp::Ne, x, x), Ty::Bool)];
                    }
                    "isinf" | "isfinite" => {
                        let x = fargs[0];
                        let d = self.push1(Op::Bin(BinOp::FSub, x, x), Ty::F64);
                        // x - x is NaN exactly for inf and NaN.
                        let not_finite = self.push1(Op::FCmp(Cmp::Ne, d, d), Ty::Bool);
                        if name == "isfinite" {
                            return vec![self.not(not_finite)];
                        }
                        let is_nan = self.push1(Op::FCmp(Cmp::Ne, x, x), Ty::Bool);
                        let not_nan = self.not(is_nan);
                        return vec![self.push1(Op::Bin(BinOp::And, not_finite, not_nan), Ty::Bool)];
                    }
                    _ => return vec![],
                };
                vec![self.call_rt1(rt, &fargs)]
            }
            Builtin::SysExit => {
                let code = match args.first() {
                    Some(a) if self.ty(*a) != Type::None => {
                        let t = self.ty(*a);
                        let v = self.val1(*a);
                        self.as_int(v, &t)
                    }
                    _ => self.iconst(0),
                };
                self.call_rt(RtFn::SysExit, &[code]);
                vec![]
            }
            Builtin::Exception(kind) => {
                let k = self.iconst(kind as i64);
                let m = match args.first() {
                    // KeyError shows the repr of its key.
                    Some(a) if kind == ExcKind::KeyError => {
                        let v = self.val1(*a);
                        self.call_rt1(RtFn::StrRepr, &[v])
                    }
                    Some(a) => self.val1(*a),
                    None => self.zero_of(Ty::Ref),
                };
                vec![self.call_rt1(RtFn::ExcNew, &[k, m])]
            }
        }
    }

    fn result_type_of_builtin(&self, args: &[Var], t0: &Type) -> Type {
        // The annotator united the candidates; recompute the same union.
        if args.len() == 1 {
            return self.iter_item_type(t0);
        }
        let mut t = Type::Bottom;
        for a in args {
            let at = self.ty(*a);
            t = match (&t, &at) {
                (Type::Bottom, x) => x.clone(),
                (Type::Bool, Type::Int) | (Type::Int, Type::Bool) => Type::Int,
                (x, _) => x.clone(),
            };
        }
        t
    }

    pub fn iter_item_type(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => self.cx.ann.lists.item(*l).clone(),
            Type::Str => Type::Str,
            Type::Range => Type::Int,
            Type::Tuple(items) => {
                let mut u = Type::Bottom;
                for it in items {
                    u = match (&u, it) {
                        (Type::Bottom, x) => x.clone(),
                        (Type::Bool, Type::Int) | (Type::Int, Type::Bool) => Type::Int,
                        (x, _) => x.clone(),
                    };
                }
                u
            }
            _ => Type::Bottom,
        }
    }

    /// Iterate over a list, str, range or tuple, folding an accumulator of
    /// one LIR value.
    fn fold_seq(
        &mut self,
        t: &Type,
        vals: &[Value],
        init: Value,
        acc_t: &Type,
        step: &mut dyn FnMut(&mut Self, Value, Vec<Value>) -> Value,
    ) -> Vec<Value> {
        let _ = acc_t;
        let acc_ty = self.f.ty(init);
        let n = self.seq_len(t, vals);
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let acc = self.f.add_param(header, acc_ty);
        let zero = self.iconst(0);
        self.set_term(Terminator::Jump(header, vec![zero, init]));
        self.cur = header;
        let more = self.push1(Op::ICmp(Cmp::Lt, i, n), Ty::Bool);
        let body = self.new_block();
        let done = self.new_block();
        let result = self.f.add_param(done, acc_ty);
        self.set_term(Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: done,
            else_args: vec![acc],
        });
        self.cur = body;
        let item = self.seq_item(t, vals, i);
        let next_acc = step(self, acc, item);
        let one = self.iconst(1);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next, next_acc]));
        self.cur = done;
        vec![result]
    }

    /// Item `i` (in range) of a sequence.
    fn seq_item(&mut self, t: &Type, vals: &[Value], i: Value) -> Vec<Value> {
        match t {
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
                // Tuples iterated by index need one item representation.
                let items = items.clone();
                let item_t = self.iter_item_type(t);
                let done = self.new_block();
                let r = reprs(&item_t);
                let outs: Vec<Value> = r.iter().map(|&ty| self.f.add_param(done, ty)).collect();
                for (k, it) in items.iter().enumerate() {
                    let kv = self.iconst(k as i64);
                    let is_k = self.push1(Op::ICmp(Cmp::Eq, i, kv), Ty::Bool);
                    let (hit, next) = self.branch(is_k);
                    self.cur = hit;
                    let f = self.tuple_field(&items, vals[0], k);
                    let f = self.convert(f, it, &item_t);
                    self.set_term(Terminator::Jump(done, f));
                    self.cur = next;
                }
                self.set_term(Terminator::Unreachable);
                self.cur = done;
                outs
            }
            _ => vec![],
        }
    }

    fn min_max_seq(
        &mut self,
        cmp: Cmp,
        t: &Type,
        vals: &[Value],
        item_t: &Type,
        is_min: bool,
    ) -> Vec<Value> {
        let n = self.seq_len(t, vals);
        let zero = self.iconst(0);
        let empty = self.push1(Op::ICmp(Cmp::Eq, n, zero), Ty::Bool);
        let msg = if is_min {
            "min() arg is an empty sequence"
        } else {
            "max() arg is an empty sequence"
        };
        self.raise_if(empty, ExcKind::ValueError, msg);
        let first = self.seq_item(t, vals, zero);
        if first.len() != 1 {
            return first;
        }
        let item_t = item_t.clone();
        let t2 = t.clone();
        let vals2 = vals.to_vec();
        // Fold from index 0 (comparing the first item with itself is harmless).
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let ty = self.f.ty(first[0]);
        let best = self.f.add_param(header, ty);
        let one = self.iconst(1);
        self.set_term(Terminator::Jump(header, vec![one, first[0]]));
        self.cur = header;
        let more = self.push1(Op::ICmp(Cmp::Lt, i, n), Ty::Bool);
        let body = self.new_block();
        let done = self.new_block();
        let result = self.f.add_param(done, ty);
        self.set_term(Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: done,
            else_args: vec![best],
        });
        self.cur = body;
        let item = self.seq_item(&t2, &vals2, i);
        let better = self.order(cmp, &item_t, &item, &item_t, &[best]);
        let new_best = self.push1(Op::Select(better, item[0], best), ty);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next, new_best]));
        self.cur = done;
        vec![result]
    }

    /// A new list with the items of a sequence.
    fn list_from(&mut self, t: &Type, vals: &[Value], span: Span) -> Value {
        let _ = span;
        match t {
            Type::Bottom => {
                let zero = self.iconst(0);
                self.new_list(&Type::Bottom, zero)
            }
            Type::List(_) => self.call_rt1(RtFn::ListCopy, &[vals[0]]),
            _ => {
                let item = self.iter_item_type(t);
                let n = self.seq_len(t, vals);
                let list = self.new_list(&item, n);
                let t2 = t.clone();
                let vals2 = vals.to_vec();
                self.count_loop(n, &mut |me, i| {
                    let v = me.seq_item(&t2, &vals2, i);
                    let it = me.iter_item_type(&t2);
                    me.list_set(list, i, &it, &v);
                });
                list
            }
        }
    }

    fn sort_list(&mut self, list: Value, item: &Type, reverse: Value) {
        let rt = match item {
            Type::Float => RtFn::ListSortFloat,
            Type::Str => RtFn::ListSortStr,
            Type::Int => RtFn::ListSortInt,
            _ => return self.merge_sort(list, item, reverse),
        };
        self.call_rt(rt, &[list, reverse]);
    }

    /// A loop with loop-carried values: `cond` decides whether to run
    /// `body` again, `body` returns the next values. Returns the values at
    /// exit.
    pub fn loop_with(
        &mut self,
        init: Vec<Value>,
        cond: &mut dyn FnMut(&mut Self, &[Value]) -> Value,
        body: &mut dyn FnMut(&mut Self, &[Value]) -> Vec<Value>,
    ) -> Vec<Value> {
        let header = self.new_block();
        let params: Vec<Value> = init
            .iter()
            .map(|&v| {
                let t = self.f.ty(v);
                self.f.add_param(header, t)
            })
            .collect();
        let exit = self.new_block();
        let outs: Vec<Value> = init
            .iter()
            .map(|&v| {
                let t = self.f.ty(v);
                self.f.add_param(exit, t)
            })
            .collect();
        self.set_term(Terminator::Jump(header, init));
        self.cur = header;
        let c = cond(self, &params);
        let body_b = self.new_block();
        self.set_term(Terminator::Branch {
            cond: c,
            then_block: body_b,
            then_args: vec![],
            else_block: exit,
            else_args: params.clone(),
        });
        self.cur = body_b;
        let next = body(self, &params);
        self.set_term(Terminator::Jump(header, next));
        self.cur = exit;
        outs
    }

    /// A stable bottom-up merge sort of a list whose items the runtime
    /// cannot compare (tuples, lists, bools), using `<` on the items.
    /// `reverse=True` reverses, sorts and reverses, as CPython does, which
    /// keeps equal items in their original order.
    fn merge_sort(&mut self, list: Value, item: &Type, reverse: Value) {
        let item = item.clone();
        let (rev1, cont) = self.branch(reverse);
        self.cur = rev1;
        self.call_rt(RtFn::ListReverse, &[list]);
        self.set_term(Terminator::Jump(cont, vec![]));
        self.cur = cont;
        let n = self.list_len(list);
        let tid = self.iconst(super::repr::items_tid(&item).0 as i64);
        let tmp = self.call_rt1(RtFn::ListNew, &[n, tid]);
        let one = self.iconst(1);
        let two = self.iconst(2);
        // (src, dst, width)
        let fin = self.loop_with(
            vec![list, tmp, one],
            &mut |me, v| me.push1(Op::ICmp(Cmp::Lt, v[2], n), Ty::Bool),
            &mut |me, v| {
                let (src, dst, width) = (v[0], v[1], v[2]);
                let zero = me.iconst(0);
                let w2 = me.push1(Op::Bin(BinOp::IMul, width, two), Ty::I64);
                me.loop_with(
                    vec![zero],
                    &mut |me, u| me.push1(Op::ICmp(Cmp::Lt, u[0], n), Ty::Bool),
                    &mut |me, u| {
                        let lo = u[0];
                        let mid0 = me.push1(Op::Bin(BinOp::IAdd, lo, width), Ty::I64);
                        let mid = me.min_i64(mid0, n);
                        let hi0 = me.push1(Op::Bin(BinOp::IAdd, lo, w2), Ty::I64);
                        let hi = me.min_i64(hi0, n);
                        let item2 = item.clone();
                        // (a, b, k)
                        me.loop_with(
                            vec![lo, mid, lo],
                            &mut |me, w| me.push1(Op::ICmp(Cmp::Lt, w[2], hi), Ty::Bool),
                            &mut |me, w| {
                                let (a, b, k) = (w[0], w[1], w[2]);
                                // take b when a is exhausted, or b < hi and src[b] < src[a]
                                let a_done = me.push1(Op::ICmp(Cmp::Ge, a, mid), Ty::Bool);
                                let (take_b_block, check) = me.branch(a_done);
                                let merge = me.new_block();
                                let take_b = me.f.add_param(merge, Ty::Bool);
                                me.cur = take_b_block;
                                let t = me.bconst(true);
                                me.set_term(Terminator::Jump(merge, vec![t]));
                                me.cur = check;
                                let b_done = me.push1(Op::ICmp(Cmp::Ge, b, hi), Ty::Bool);
                                let (b_exhausted, compare) = me.branch(b_done);
                                me.cur = b_exhausted;
                                let f = me.bconst(false);
                                me.set_term(Terminator::Jump(merge, vec![f]));
                                me.cur = compare;
                                let xb = me.list_get(src, b, &item2);
                                let xa = me.list_get(src, a, &item2);
                                let lt = me.order(Cmp::Lt, &item2, &xb, &item2, &xa);
                                me.set_term(Terminator::Jump(merge, vec![lt]));
                                me.cur = merge;
                                let idx = me.push1(Op::Select(take_b, b, a), Ty::I64);
                                let x = me.list_get(src, idx, &item2);
                                me.list_set(dst, k, &item2, &x);
                                let one = me.iconst(1);
                                let zero = me.iconst(0);
                                let inc_b = me.push1(Op::Select(take_b, one, zero), Ty::I64);
                                let inc_a = me.push1(Op::Select(take_b, zero, one), Ty::I64);
                                let a2 = me.push1(Op::Bin(BinOp::IAdd, a, inc_a), Ty::I64);
                                let b2 = me.push1(Op::Bin(BinOp::IAdd, b, inc_b), Ty::I64);
                                let k2 = me.push1(Op::Bin(BinOp::IAdd, k, one), Ty::I64);
                                vec![a2, b2, k2]
                            },
                        );
                        vec![hi]
                    },
                );
                let w = me.push1(Op::Bin(BinOp::IMul, width, two), Ty::I64);
                vec![dst, src, w]
            },
        );
        // The sorted items are in fin[0]; copy them back if that is tmp.
        let in_tmp = self.push1(Op::ICmp(Cmp::Ne, fin[0], list), Ty::Bool);
        let (copy, done) = self.branch(in_tmp);
        self.cur = copy;
        let src = fin[0];
        let item2 = item.clone();
        self.count_loop(n, &mut |me, i| {
            let x = me.list_get(src, i, &item2);
            me.list_set(list, i, &item2, &x);
        });
        self.set_term(Terminator::Jump(done, vec![]));
        self.cur = done;
        let (rev2, end) = self.branch(reverse);
        self.cur = rev2;
        self.call_rt(RtFn::ListReverse, &[list]);
        self.set_term(Terminator::Jump(end, vec![]));
        self.cur = end;
    }

    fn min_i64(&mut self, a: Value, b: Value) -> Value {
        let lt = self.push1(Op::ICmp(Cmp::Lt, a, b), Ty::Bool);
        self.push1(Op::Select(lt, a, b), Ty::I64)
    }

    fn lower_method(
        &mut self,
        obj: Var,
        name: &str,
        args: &[Var],
        kwargs: &[(String, Var)],
    ) -> Vec<Value> {
        let t = self.ty(obj);
        let o = self.val(obj);
        let a: Vec<Value> = args.iter().map(|v| self.val1(*v)).collect();
        let at: Vec<Type> = args.iter().map(|v| self.ty(*v)).collect();
        if name == "__iadd__" {
            return match &t {
                Type::List(_) => {
                    if let Type::List(_) = at[0] {
                        self.call_rt(RtFn::ListExtend, &[o[0], a[0]]);
                    } else {
                        let other = self.val(args[0]);
                        let tmp = self.list_from(&at[0], &other, Span::new(0, 0));
                        self.call_rt(RtFn::ListExtend, &[o[0], tmp]);
                    }
                    vec![o[0]]
                }
                _ => {
                    let other = self.val(args[0]);
                    self.binary(Operator::Add, &t, o, &at[0], other)
                }
            };
        }
        match &t {
            Type::List(l) => {
                let item = self.cx.ann.lists.item(*l).clone();
                let list = o[0];
                match name {
                    "append" => {
                        let v = self.val(args[0]);
                        let v = self.convert(v, &at[0], &item);
                        self.list_append(list, &item, &v);
                        vec![]
                    }
                    "extend" => {
                        if let Type::List(_) = at[0] {
                            self.call_rt(RtFn::ListExtend, &[list, a[0]]);
                        } else {
                            let other = self.val(args[0]);
                            let tmp = self.list_from(&at[0], &other, Span::new(0, 0));
                            self.call_rt(RtFn::ListExtend, &[list, tmp]);
                        }
                        vec![]
                    }
                    "pop" => {
                        let len = self.list_len(list);
                        let zero = self.iconst(0);
                        let empty = self.push1(Op::ICmp(Cmp::Eq, len, zero), Ty::Bool);
                        self.raise_if(empty, ExcKind::IndexError, "pop from empty list");
                        let idx = if args.is_empty() {
                            let one = self.iconst(1);
                            self.push1(Op::Bin(BinOp::ISub, len, one), Ty::I64)
                        } else {
                            let i = self.as_int(a[0], &at[0]);
                            self.normalize_index(
                                i,
                                len,
                                ExcKind::IndexError,
                                "pop index out of range",
                            )
                        };
                        let v = self.list_get(list, idx, &item);
                        self.call_rt(RtFn::ListDelete, &[list, idx]);
                        v
                    }
                    "insert" => {
                        let i = self.as_int(a[0], &at[0]);
                        let idx = self.call_rt1(RtFn::ListInsertGap, &[list, i]);
                        let v = self.val(args[1]);
                        let v = self.convert(v, &at[1], &item);
                        self.list_set(list, idx, &item, &v);
                        vec![]
                    }
                    "remove" | "index" | "count" => {
                        let needle = self.val(args[0]);
                        if name == "count" {
                            let zero = self.iconst(0);
                            let lt = t.clone();
                            let ovals = o.clone();
                            let at0 = at[0].clone();
                            let item2 = item.clone();
                            return self.fold_seq(
                                &lt,
                                &ovals,
                                zero,
                                &Type::Int,
                                &mut |me, acc, v| {
                                    let e = me.equal(&item2, &v, &at0, &needle);
                                    let inc = me.push1(Op::Cast(Cast::ZExt, e, Ty::I64), Ty::I64);
                                    me.push1(Op::Bin(BinOp::IAdd, acc, inc), Ty::I64)
                                },
                            );
                        }
                        let idx = if name == "index" && a.len() > 1 {
                            let len = self.list_len(list);
                            let start = self.as_int(a[1], &at[1]);
                            let start = self.clamp_slice_index(start, len);
                            let end = if a.len() > 2 {
                                let e = self.as_int(a[2], &at[2]);
                                self.clamp_slice_index(e, len)
                            } else {
                                len
                            };
                            self.list_find_in(list, &item, &at[0], &needle, start, end)
                        } else {
                            self.list_find(list, &item, &at[0], &needle)
                        };
                        let zero = self.iconst(0);
                        let missing = self.push1(Op::ICmp(Cmp::Lt, idx, zero), Ty::Bool);
                        if name == "remove" {
                            self.raise_if(
                                missing,
                                ExcKind::ValueError,
                                "list.remove(x): x not in list",
                            );
                            self.call_rt(RtFn::ListDelete, &[list, idx]);
                            vec![]
                        } else {
                            let (fail, cont) = self.branch(missing);
                            self.cur = fail;
                            let r = self.repr_of(&at[0], &needle);
                            let suffix = self.str_const(" is not in list");
                            let m = self.call_rt1(RtFn::StrConcat, &[r, suffix]);
                            self.raise_msg(ExcKind::ValueError, m);
                            self.cur = cont;
                            vec![idx]
                        }
                    }
                    "reverse" => {
                        self.call_rt(RtFn::ListReverse, &[list]);
                        vec![]
                    }
                    "clear" => {
                        self.call_rt(RtFn::ListClear, &[list]);
                        vec![]
                    }
                    "copy" => vec![self.call_rt1(RtFn::ListCopy, &[list])],
                    "sort" => {
                        let reverse = match self.kwarg(kwargs, "reverse") {
                            Some(r) => {
                                let rt = self.ty(r);
                                let rv = self.val(r);
                                self.truth(&rt, &rv)
                            }
                            None => self.bconst(false),
                        };
                        self.sort_list(list, &item, reverse);
                        vec![]
                    }
                    _ => vec![],
                }
            }
            Type::Str => {
                let s = o[0];
                let none = |me: &mut Self| me.iconst(NONE);
                let int_arg = |me: &mut Self, k: usize| -> Value {
                    if k < a.len() {
                        me.as_int(a[k], &at[k])
                    } else {
                        me.iconst(NONE)
                    }
                };
                let str_or_null = |me: &mut Self, k: usize| -> Value {
                    if k < a.len() && at[k] == Type::Str {
                        a[k]
                    } else {
                        me.zero_of(Ty::Ref)
                    }
                };
                let r = match name {
                    "split" | "rsplit" => {
                        let kw_sep = self.kwarg(kwargs, "sep");
                        let kw_max = self.kwarg(kwargs, "maxsplit");
                        let sep = match kw_sep {
                            Some(v) if self.ty(v) == Type::Str => self.val1(v),
                            Some(_) => self.zero_of(Ty::Ref),
                            None => str_or_null(self, 0),
                        };
                        let max = if a.len() > 1 {
                            self.as_int(a[1], &at[1])
                        } else if let Some(m) = kw_max {
                            let t = self.ty(m);
                            let v = self.val1(m);
                            self.as_int(v, &t)
                        } else {
                            self.iconst(-1)
                        };
                        let rt = if name == "split" {
                            RtFn::StrSplit
                        } else {
                            RtFn::StrRSplit
                        };
                        self.call_rt1(rt, &[s, sep, max])
                    }
                    "join" => {
                        let list = if let Type::List(_) = at[0] {
                            a[0]
                        } else {
                            let other = self.val(args[0]);
                            self.list_from(&at[0], &other, Span::new(0, 0))
                        };
                        self.call_rt1(RtFn::StrJoin, &[s, list])
                    }
                    "strip" | "lstrip" | "rstrip" => {
                        let chars = str_or_null(self, 0);
                        let which = self.iconst(match name {
                            "strip" => 0,
                            "lstrip" => 1,
                            _ => 2,
                        });
                        self.call_rt1(RtFn::StrStrip, &[s, chars, which])
                    }
                    "replace" => {
                        let count = if a.len() > 2 {
                            self.as_int(a[2], &at[2])
                        } else {
                            self.iconst(-1)
                        };
                        self.call_rt1(RtFn::StrReplace, &[s, a[0], a[1], count])
                    }
                    "find" | "rfind" | "index" | "count" => {
                        let start = int_arg(self, 1);
                        let end = int_arg(self, 2);
                        let rt = match name {
                            "find" => RtFn::StrFind,
                            "rfind" => RtFn::StrRFind,
                            "index" => RtFn::StrIndex,
                            _ => RtFn::StrCount,
                        };
                        self.call_rt1(rt, &[s, a[0], start, end])
                    }
                    "startswith" | "endswith" => {
                        // s.startswith(p, start, end) is s[start:end].startswith(p).
                        let subject = if a.len() > 1 {
                            let start = if at[1] == Type::None {
                                self.iconst(NONE)
                            } else {
                                self.as_int(a[1], &at[1])
                            };
                            let end = if a.len() > 2 && at[2] != Type::None {
                                self.as_int(a[2], &at[2])
                            } else {
                                self.iconst(NONE)
                            };
                            let step = self.iconst(NONE);
                            self.call_rt1(RtFn::StrSlice, &[s, start, end, step])
                        } else {
                            s
                        };
                        let rt = if name == "startswith" {
                            RtFn::StrStartsWith
                        } else {
                            RtFn::StrEndsWith
                        };
                        match &at[0] {
                            Type::Tuple(items) => {
                                let items = items.clone();
                                let prefixes = a[0];
                                self.short_circuit(items.len(), true, &mut |me, k| {
                                    let p = me.tuple_field(&items, prefixes, k);
                                    me.call_rt1(rt, &[subject, p[0]])
                                })
                            }
                            _ => self.call_rt1(rt, &[subject, a[0]]),
                        }
                    }
                    "upper" => self.call_rt1(RtFn::StrUpper, &[s]),
                    "lower" => self.call_rt1(RtFn::StrLower, &[s]),
                    "isdigit" => self.call_rt1(RtFn::StrIsDigit, &[s]),
                    "isalpha" => self.call_rt1(RtFn::StrIsAlpha, &[s]),
                    "isspace" => self.call_rt1(RtFn::StrIsSpace, &[s]),
                    "isalnum" => self.call_rt1(RtFn::StrIsAlnum, &[s]),
                    "isupper" => self.call_rt1(RtFn::StrIsUpper, &[s]),
                    "islower" => self.call_rt1(RtFn::StrIsLower, &[s]),
                    "ljust" | "rjust" | "center" => {
                        let w = self.as_int(a[0], &at[0]);
                        let fill = if a.len() > 1 {
                            a[1]
                        } else {
                            self.str_const(" ")
                        };
                        let rt = match name {
                            "ljust" => RtFn::StrLJust,
                            "rjust" => RtFn::StrRJust,
                            _ => RtFn::StrCenter,
                        };
                        self.call_rt1(rt, &[s, w, fill])
                    }
                    "zfill" => {
                        let w = self.as_int(a[0], &at[0]);
                        self.call_rt1(RtFn::StrZFill, &[s, w])
                    }
                    _ => {
                        let _ = none(self);
                        return vec![];
                    }
                };
                vec![r]
            }
            _ => vec![],
        }
    }

    /// A slice bound as `list.index` reads it: negative counts from the
    /// end, then clamped to `0..=len`.
    fn clamp_slice_index(&mut self, i: Value, len: Value) -> Value {
        let zero = self.iconst(0);
        let neg = self.push1(Op::ICmp(Cmp::Lt, i, zero), Ty::Bool);
        let plus = self.push1(Op::Bin(BinOp::IAdd, i, len), Ty::I64);
        let j = self.push1(Op::Select(neg, plus, i), Ty::I64);
        let below = self.push1(Op::ICmp(Cmp::Lt, j, zero), Ty::Bool);
        let j = self.push1(Op::Select(below, zero, j), Ty::I64);
        self.min_i64(j, len)
    }
}

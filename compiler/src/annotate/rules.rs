//! The typing rule of every flow operation, builtin and method: given the
//! operand types, the result type (or a diagnostic naming the operation, in
//! CPython's words where CPython has them).

use super::types::Type;
use super::{Annotator, ArgSource, CallTarget, InstId, MAX_SPECIALISATIONS};
use crate::flow::{BlockId, Builtin, Callee, ConstVal, FuncDefId, Op, OpKind, Var};
use crate::syntax::ast::{CmpOp, Operator, UnaryOp};
use crate::syntax::span::Span;

/// The variables an operation reads.
pub fn op_uses(k: &OpKind) -> Vec<Var> {
    let opt = |v: &Option<Var>| v.iter().copied().collect::<Vec<_>>();
    match k {
        OpKind::Const(_)
        | OpKind::Undef
        | OpKind::ModuleConst(..)
        | OpKind::Argv
        | OpKind::ExcFetch => vec![],
        OpKind::Bin(_, a, b)
        | OpKind::Cmp(_, a, b)
        | OpKind::GetItem(a, b)
        | OpKind::DelItem(a, b) => vec![*a, *b],
        OpKind::SeqItemAt(a, b) => vec![*a, *b],
        OpKind::Unary(_, a)
        | OpKind::Truth(a)
        | OpKind::TupleGet(a, _)
        | OpKind::CheckLen(a, _)
        | OpKind::ExcMatch(a, _)
        | OpKind::IterStart(a)
        | OpKind::SeqLen(a)
        | OpKind::Copy(a) => vec![*a],
        OpKind::SetItem(a, b, c) => vec![*a, *b, *c],
        OpKind::GetSlice(a, l, h, s) | OpKind::DelSlice(a, l, h, s) => {
            let mut v = vec![*a];
            v.extend(opt(l));
            v.extend(opt(h));
            v.extend(opt(s));
            v
        }
        OpKind::NewList(items) | OpKind::NewTuple(items) | OpKind::JoinStr(items) => items.clone(),
        OpKind::Format { value, spec, .. } => {
            let mut v = vec![*value];
            v.extend(opt(spec));
            v
        }
        OpKind::NewExc(_, m) | OpKind::AssertFail(m) => opt(m),
        OpKind::Call {
            callee,
            args,
            kwargs,
        } => {
            let mut v = Vec::new();
            if let Callee::Method(o, _) = callee {
                v.push(*o);
            }
            v.extend(args.iter().copied());
            v.extend(kwargs.iter().map(|(_, v)| *v));
            v
        }
    }
}

pub fn const_type(c: &ConstVal) -> Type {
    match c {
        ConstVal::Int(_) => Type::Int,
        ConstVal::Float(_) => Type::Float,
        ConstVal::Bool(_) => Type::Bool,
        ConstVal::Str(_) => Type::Str,
        ConstVal::None => Type::None,
        ConstVal::Tuple(items) => Type::Tuple(items.iter().map(const_type).collect()),
    }
}

pub fn op_symbol(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::Sub => "-",
        Operator::Mult => "*",
        Operator::MatMult => "@",
        Operator::Div => "/",
        Operator::Mod => "%",
        Operator::Pow => "** or pow()",
        Operator::LShift => "<<",
        Operator::RShift => ">>",
        Operator::BitOr => "|",
        Operator::BitXor => "^",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
    }
}

/// Python's name of a type in TypeError messages.
fn py_name(t: &Type) -> &'static str {
    match t {
        Type::Bottom => "nothing",
        Type::None => "NoneType",
        Type::Bool => "bool",
        Type::Int => "int",
        Type::Float => "float",
        Type::Str => "str",
        Type::List(_) => "list",
        Type::Tuple(_) => "tuple",
        Type::Range => "range",
        Type::Exc => "exception",
    }
}

impl Annotator<'_> {
    fn cur_def(&self) -> FuncDefId {
        self.insts[self.cur.0 .0 as usize].def
    }

    fn const_of(&self, v: Var) -> Option<&ConstVal> {
        self.consts[self.cur_def().0 as usize].get(&v)
    }

    /// The type of the value an operation produces (None: nothing yet).
    pub(super) fn op_type(&mut self, inst: InstId, b: BlockId, i: u32, op: &Op) -> Option<Type> {
        let span = op.span;
        Some(match &op.kind {
            OpKind::Const(c) => const_type(c),
            OpKind::Undef => return None,
            OpKind::Copy(v) => self.ty(*v),
            OpKind::Bin(o, a, b) => {
                let (ta, tb) = (self.ty(*a), self.ty(*b));
                // A tuple times a constant: the result's type depends on it.
                if *o == Operator::Mult {
                    let rep = match (&ta, &tb) {
                        (Type::Tuple(items), n) if n.is_intlike() => Some((items.clone(), *b)),
                        (n, Type::Tuple(items)) if n.is_intlike() => Some((items.clone(), *a)),
                        _ => None,
                    };
                    if let Some((items, k)) = rep {
                        return match self.const_of(k) {
                            Some(ConstVal::Int(n)) => {
                                let n = (*n).max(0) as usize;
                                Some(Type::Tuple(
                                    items
                                        .iter()
                                        .cloned()
                                        .cycle()
                                        .take(items.len() * n)
                                        .collect(),
                                ))
                            }
                            _ => {
                                self.error(
                                    span,
                                    "repeating a tuple needs a constant count in RPy".into(),
                                    "here",
                                );
                                None
                            }
                        };
                    }
                }
                self.binary(*o, &ta, &tb, span)?
            }
            OpKind::Unary(u, a) => {
                let t = self.ty(*a);
                match (u, &t) {
                    (UnaryOp::Not, _) => Type::Bool,
                    (UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, Type::Int | Type::Bool) => {
                        Type::Int
                    }
                    (UnaryOp::USub | UnaryOp::UAdd, Type::Float) => Type::Float,
                    _ => {
                        let sym = match u {
                            UnaryOp::USub => "-",
                            UnaryOp::UAdd => "+",
                            _ => "~",
                        };
                        self.error(
                            span,
                            format!("bad operand type for unary {sym}: '{}'", py_name(&t)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            OpKind::Cmp(c, a, b) => {
                let (ta, tb) = (self.ty(*a), self.ty(*b));
                self.compare(*c, &ta, &tb, span)?;
                Type::Bool
            }
            OpKind::Truth(v) => {
                let t = self.ty(*v);
                if matches!(t, Type::Exc) {
                    self.error(
                        span,
                        "the truth value of an exception is not supported".into(),
                        "here",
                    );
                }
                Type::Bool
            }
            OpKind::Call {
                callee,
                args,
                kwargs,
            } => {
                let arg_types: Vec<(Type, Span)> =
                    args.iter().map(|&a| (self.ty(a), self.origin(a))).collect();
                let kw_types: Vec<(String, Type, Span)> = kwargs
                    .iter()
                    .map(|(k, v)| (k.clone(), self.ty(*v), self.origin(*v)))
                    .collect();
                match callee {
                    Callee::Func(def) => {
                        self.call_func(inst, b, i, *def, &arg_types, &kw_types, span)?
                    }
                    Callee::Builtin(bi) => {
                        self.builtin(inst, b, i, *bi, &arg_types, &kw_types, span)?
                    }
                    Callee::Method(obj, name) => {
                        let t = self.ty(*obj);
                        self.method(inst, b, i, &t, name, &arg_types, &kw_types, span)?
                    }
                }
            }
            OpKind::GetItem(o, idx) => {
                let (to, ti) = (self.ty(*o), self.ty(*idx));
                match &to {
                    Type::List(l) => {
                        self.expect_index(&ti, "list", span)?;
                        self.read_list(*l)
                    }
                    Type::Str => {
                        self.expect_index(&ti, "string", span)?;
                        Type::Str
                    }
                    Type::Tuple(items) => {
                        let n = items.len() as i64;
                        match self.const_of(*idx) {
                            Some(ConstVal::Int(k)) if (-n..n).contains(k) => {
                                items[k.rem_euclid(n) as usize].clone()
                            }
                            Some(ConstVal::Int(_)) => {
                                self.error(
                                    span,
                                    "tuple index out of range".into(),
                                    "index out of range",
                                );
                                return None;
                            }
                            _ => {
                                // A variable index needs one item type.
                                let mut t = Type::Bottom;
                                for it in items.clone() {
                                    t = self.unite(
                                        &t,
                                        &it,
                                        span,
                                        "tuple items indexed by a variable",
                                    );
                                }
                                self.expect_index(&ti, "tuple", span)?;
                                t
                            }
                        }
                    }
                    _ => {
                        self.error(
                            span,
                            format!("'{}' object is not subscriptable", py_name(&to)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            OpKind::SetItem(o, idx, v) => {
                let (to, ti, tv) = (self.ty(*o), self.ty(*idx), self.ty(*v));
                match to {
                    Type::List(l) => {
                        self.expect_index(&ti, "list", span)?;
                        self.write_list(l, &tv, span);
                    }
                    _ => {
                        self.error(
                            span,
                            format!("'{}' object does not support item assignment", py_name(&to)),
                            "here",
                        );
                    }
                }
                return None;
            }
            OpKind::DelItem(o, idx) => {
                let (to, ti) = (self.ty(*o), self.ty(*idx));
                match to {
                    Type::List(_) => {
                        self.expect_index(&ti, "list", span)?;
                    }
                    _ => self.error(
                        span,
                        format!("'{}' object doesn't support item deletion", py_name(&to)),
                        "here",
                    ),
                }
                return None;
            }
            OpKind::GetSlice(o, lo, hi, st) | OpKind::DelSlice(o, lo, hi, st) => {
                for v in [lo, hi, st].into_iter().flatten() {
                    let t = self.ty(*v);
                    if !t.is_intlike() && t != Type::None {
                        self.error(
                            span,
                            "slice indices must be integers or None or have an __index__ method"
                                .into(),
                            "here",
                        );
                        return None;
                    }
                }
                let to = self.ty(*o);
                let is_del = matches!(op.kind, OpKind::DelSlice(..));
                match (&to, is_del) {
                    (Type::List(l), false) => {
                        // A slice is a new list sharing the item type.
                        Type::List(*l)
                    }
                    (Type::List(_), true) => return None,
                    (Type::Str, false) => Type::Str,
                    (Type::Tuple(items), false) => {
                        let items = items.clone();
                        match self.const_slice(items.len(), lo, hi, st) {
                            Some(idx) => {
                                Type::Tuple(idx.iter().map(|&i| items[i].clone()).collect())
                            }
                            None => {
                                self.error(
                                    span,
                                    "slicing a tuple needs constant bounds in RPy (the result's type depends on them)".into(),
                                    "here",
                                );
                                return None;
                            }
                        }
                    }
                    _ => {
                        self.error(
                            span,
                            format!("slicing a {} is not supported", py_name(&to)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            OpKind::NewList(items) => {
                let key = (b.0, i);
                let l = match self.insts[inst.0 as usize].new_lists.get(&key) {
                    Some(&l) => l,
                    None => {
                        let l = self.lists.new_list(Type::Bottom, span);
                        self.insts[inst.0 as usize].new_lists.insert(key, l);
                        l
                    }
                };
                for &it in items {
                    let t = self.ty(it);
                    let origin = self.origin(it);
                    self.write_list(l, &t, origin);
                }
                Type::List(l)
            }
            OpKind::NewTuple(items) => Type::Tuple(items.iter().map(|&v| self.ty(v)).collect()),
            OpKind::TupleGet(v, k) => match self.ty(*v) {
                Type::Tuple(items) => items.get(*k).cloned()?,
                Type::List(l) => self.read_list(l),
                Type::Str => Type::Str,
                t => {
                    self.error(
                        span,
                        format!("cannot unpack non-iterable {} object", py_name(&t)),
                        "here",
                    );
                    return None;
                }
            },
            OpKind::CheckLen(v, n) => {
                match self.ty(*v) {
                    Type::Tuple(items) if items.len() != *n => {
                        let msg = if items.len() > *n {
                            format!("too many values to unpack (expected {n})")
                        } else {
                            format!(
                                "not enough values to unpack (expected {n}, got {})",
                                items.len()
                            )
                        };
                        self.error(span, msg, "here");
                    }
                    Type::Tuple(_) | Type::List(_) | Type::Str => {}
                    t => self.error(
                        span,
                        format!("cannot unpack non-iterable {} object", py_name(&t)),
                        "here",
                    ),
                }
                return None;
            }
            OpKind::Format { value, spec, .. } => {
                let t = self.ty(*value);
                if matches!(t, Type::Range) {
                    self.error(span, "formatting a range is not supported".into(), "here");
                }
                if let Some(s) = spec {
                    if self.ty(*s) != Type::Str {
                        self.error(span, "format spec must be a str".into(), "here");
                    }
                }
                Type::Str
            }
            OpKind::JoinStr(_) => Type::Str,
            OpKind::ModuleConst(..) => Type::Float,
            OpKind::Argv => Type::List(self.argv),
            OpKind::ExcFetch => Type::Exc,
            OpKind::ExcMatch(..) => Type::Bool,
            OpKind::NewExc(_, m) => {
                if let Some(m) = m {
                    let t = self.ty(*m);
                    if t != Type::Str {
                        self.error(
                            span,
                            format!("exception messages must be str in RPy, not {}", py_name(&t)),
                            "here",
                        );
                    }
                }
                Type::Exc
            }
            OpKind::AssertFail(_) => return None,
            OpKind::IterStart(s) => {
                let t = self.ty(*s);
                self.iter_item(&t, span)?;
                Type::Int
            }
            OpKind::SeqLen(s) => {
                let t = self.ty(*s);
                match t {
                    Type::List(_) | Type::Str | Type::Range | Type::Tuple(_) => Type::Int,
                    _ => {
                        self.error(
                            span,
                            format!("'{}' object is not reversible", py_name(&t)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            OpKind::SeqItemAt(s, _) => {
                let t = self.ty(*s);
                self.iter_item(&t, span)?
            }
        })
    }

    /// The indices a slice with constant bounds selects from a sequence of
    /// `n` items (None when a bound is not a constant or the step is 0).
    pub(crate) fn const_slice(
        &self,
        n: usize,
        lo: &Option<Var>,
        hi: &Option<Var>,
        st: &Option<Var>,
    ) -> Option<Vec<usize>> {
        let get = |v: &Option<Var>| -> Option<Option<i64>> {
            match v {
                None => Some(None),
                Some(v) => match self.const_of(*v)? {
                    ConstVal::Int(i) => Some(Some(*i)),
                    ConstVal::None => Some(None),
                    ConstVal::Bool(b) => Some(Some(i64::from(*b))),
                    _ => None,
                },
            }
        };
        slice_indices(n, get(lo)?, get(hi)?, get(st)?)
    }

    /// The item type of iterating over `t`.
    pub(super) fn iter_item(&mut self, t: &Type, span: Span) -> Option<Type> {
        Some(match t {
            Type::List(l) => self.read_list(*l),
            Type::Str => Type::Str,
            Type::Range => Type::Int,
            Type::Tuple(items) => {
                let mut u = Type::Bottom;
                for it in items.clone() {
                    u = self.unite(&u, &it, span, "the items of a tuple iterated over");
                }
                u
            }
            _ => {
                self.error(
                    span,
                    format!("'{}' object is not iterable", py_name(t)),
                    "here",
                );
                return None;
            }
        })
    }

    fn expect_index(&mut self, t: &Type, what: &str, span: Span) -> Option<()> {
        if t.is_intlike() {
            Some(())
        } else {
            self.error(
                span,
                format!(
                    "{what} indices must be integers or slices, not {}",
                    py_name(t)
                ),
                "here",
            );
            None
        }
    }

    fn binary(&mut self, o: Operator, ta: &Type, tb: &Type, span: Span) -> Option<Type> {
        use Operator::*;
        let int_ops = matches!(
            o,
            Add | Sub | Mult | FloorDiv | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd
        );
        Some(match (ta, tb) {
            (Type::Bool, Type::Bool) if matches!(o, BitOr | BitXor | BitAnd) => Type::Bool,
            (a, b) if a.is_intlike() && b.is_intlike() && int_ops => Type::Int,
            (a, b) if a.is_intlike() && b.is_intlike() && o == Div => Type::Float,
            (a, b)
                if a.is_numeric()
                    && b.is_numeric()
                    && matches!(o, Add | Sub | Mult | Div | FloorDiv | Mod | Pow) =>
            {
                Type::Float
            }
            (Type::Str, Type::Str) if o == Add => Type::Str,
            (Type::Str, b) if o == Mult && b.is_intlike() => Type::Str,
            (a, Type::Str) if o == Mult && a.is_intlike() => Type::Str,
            (Type::Str, _) if o == Mod => Type::Str,
            (Type::List(x), Type::List(y)) if o == Add => {
                let (x, y) = (Type::List(*x), Type::List(*y));
                self.unite(&x, &y, span, "lists joined by +")
            }
            (Type::List(l), b) if o == Mult && b.is_intlike() => Type::List(*l),
            (a, Type::List(l)) if o == Mult && a.is_intlike() => Type::List(*l),
            (Type::Tuple(x), Type::Tuple(y)) if o == Add => {
                Type::Tuple(x.iter().chain(y).cloned().collect())
            }
            _ => {
                self.error(
                    span,
                    format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op_symbol(o),
                        py_name(ta),
                        py_name(tb)
                    ),
                    "here",
                );
                return None;
            }
        })
    }

    fn compare(&mut self, c: CmpOp, ta: &Type, tb: &Type, span: Span) -> Option<()> {
        let ok = match c {
            CmpOp::Is | CmpOp::IsNot => true,
            CmpOp::Eq | CmpOp::NotEq => self.comparable(ta, tb, span, true),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => self.comparable(ta, tb, span, false),
            CmpOp::In | CmpOp::NotIn => match tb {
                Type::Str => *ta == Type::Str,
                Type::List(l) => {
                    let item = self.read_list(*l);
                    item == Type::Bottom || self.comparable(ta, &item, span, true)
                }
                Type::Range => ta.is_intlike(),
                Type::Tuple(items) => items
                    .clone()
                    .iter()
                    .all(|it| self.comparable(ta, it, span, true)),
                _ => false,
            },
        };
        if ok {
            Some(())
        } else {
            let msg = match c {
                CmpOp::In | CmpOp::NotIn => {
                    format!(
                        "`in` between {} and {} is not supported",
                        self.lists.display(ta),
                        self.lists.display(tb)
                    )
                }
                _ => format!(
                    "comparison between {} and {} is not supported",
                    self.lists.display(ta),
                    self.lists.display(tb)
                ),
            };
            self.error(span, msg, "here");
            None
        }
    }

    #[allow(clippy::only_used_in_recursion)]
    fn comparable(&mut self, ta: &Type, tb: &Type, span: Span, equality: bool) -> bool {
        match (ta, tb) {
            (a, b) if a.is_numeric() && b.is_numeric() => true,
            (Type::Str, Type::Str) => true,
            (Type::None, Type::None) => equality,
            (Type::List(x), Type::List(y)) => {
                let (ix, iy) = (self.read_list(*x), self.read_list(*y));
                ix == Type::Bottom
                    || iy == Type::Bottom
                    || self.comparable(&ix, &iy, span, equality)
            }
            (Type::Tuple(xs), Type::Tuple(ys)) => {
                // Lexicographic: tuples of different lengths compare too.
                xs.iter()
                    .zip(ys)
                    .all(|(x, y)| self.comparable(x, y, span, equality))
            }
            _ => false,
        }
    }

    fn arity(
        &mut self,
        name: &str,
        args: &[(Type, Span)],
        min: usize,
        max: usize,
        span: Span,
    ) -> Option<()> {
        if args.len() < min || args.len() > max {
            let expected = if min == max {
                format!("{min}")
            } else {
                format!("{min} to {max}")
            };
            self.error(
                span,
                format!(
                    "{name}() takes {expected} arguments but {} were given",
                    args.len()
                ),
                "wrong number of arguments",
            );
            return None;
        }
        Some(())
    }

    fn no_kwargs(
        &mut self,
        name: &str,
        kwargs: &[(String, Type, Span)],
        allowed: &[&str],
        span: Span,
    ) -> Option<()> {
        for (k, _, _) in kwargs {
            if !allowed.contains(&k.as_str()) {
                self.error(
                    span,
                    format!("{name}() got an unexpected keyword argument '{k}'"),
                    "here",
                );
                return None;
            }
        }
        Some(())
    }

    #[allow(clippy::too_many_arguments)]
    fn call_func(
        &mut self,
        inst: InstId,
        b: BlockId,
        i: u32,
        def: FuncDefId,
        args: &[(Type, Span)],
        kwargs: &[(String, Type, Span)],
        span: Span,
    ) -> Option<Type> {
        let g = &self.prog.funcs[def.0 as usize];
        let name = g.name.clone();
        let params = g.params.clone();
        if args.len() > params.len() {
            let required = params.iter().filter(|p| p.default.is_none()).count();
            let takes = if required == params.len() {
                format!("{}", params.len())
            } else {
                format!("from {required} to {}", params.len())
            };
            let s = if params.len() == 1 && required == params.len() {
                ""
            } else {
                "s"
            };
            self.error(
                span,
                format!(
                    "{name}() takes {takes} positional argument{s} but {} were given",
                    args.len()
                ),
                "wrong number of arguments",
            );
            return None;
        }
        let mut sources: Vec<Option<ArgSource>> = (0..params.len())
            .map(|k| {
                if k < args.len() {
                    Some(ArgSource::Positional(k))
                } else {
                    None
                }
            })
            .collect();
        for (ki, (k, _, _)) in kwargs.iter().enumerate() {
            match params.iter().position(|p| &p.name == k) {
                None => {
                    self.error(
                        span,
                        format!("{name}() got an unexpected keyword argument '{k}'"),
                        "here",
                    );
                    return None;
                }
                Some(p) if sources[p].is_some() => {
                    self.error(
                        span,
                        format!("{name}() got multiple values for argument '{k}'"),
                        "here",
                    );
                    return None;
                }
                Some(p) => sources[p] = Some(ArgSource::Keyword(ki)),
            }
        }
        let mut missing = Vec::new();
        for (k, p) in params.iter().enumerate() {
            if sources[k].is_none() {
                match &p.default {
                    Some(d) => sources[k] = Some(ArgSource::Default(d.clone())),
                    None => missing.push(format!("'{}'", p.name)),
                }
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            self.error(
                span,
                format!(
                    "{name}() missing {} required positional argument{s}: {list}",
                    missing.len()
                ),
                "missing arguments",
            );
            return None;
        }
        let sources: Vec<ArgSource> = sources.into_iter().map(|s| s.expect("filled")).collect();
        let types: Vec<(Type, Span)> = sources
            .iter()
            .map(|s| match s {
                ArgSource::Positional(k) => args[*k].clone(),
                ArgSource::Keyword(k) => (kwargs[*k].1.clone(), kwargs[*k].2),
                ArgSource::Default(c) => (const_type(c), span),
            })
            .collect();
        for (p, (t, s)) in params.iter().zip(&types) {
            if let Some(ann) = &p.annotation {
                let hint = super::hints::parse_hint(ann);
                if !super::hints::fits(&self.lists, &hint, t) {
                    let want = super::hints::hint_text(&hint);
                    let got = self.lists.display(t);
                    self.error_with(
                        "annotation",
                        *s,
                        format!(
                            "parameter `{}` of `{name}` is annotated {want} but receives {got}",
                            p.name
                        ),
                        format!("{got} passed here"),
                        vec![(ann.span, format!("annotated {want} here"))],
                    );
                    return None;
                }
            }
        }
        let key: Vec<Type> = types.iter().map(|(t, _)| self.lists.canon(t)).collect();
        let existing = self.has_instance(def, &key);
        if !existing && self.count_instances(def) >= MAX_SPECIALISATIONS {
            self.error(
                span,
                format!("`{name}` is called with more than {MAX_SPECIALISATIONS} combinations of argument types"),
                "one combination too many",
            );
            return None;
        }
        let callee = self.instance_for(def, types.iter().map(|(t, _)| t.clone()).collect());
        self.pass_args(callee, &types);
        self.insts[inst.0 as usize].calls.insert(
            (b.0, i),
            CallTarget {
                inst: callee,
                args: sources,
            },
        );
        let ret = self.callee_ret(callee);
        if ret == Type::Bottom {
            None
        } else {
            Some(ret)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn builtin(
        &mut self,
        inst: InstId,
        b: BlockId,
        i: u32,
        bi: Builtin,
        args: &[(Type, Span)],
        kwargs: &[(String, Type, Span)],
        span: Span,
    ) -> Option<Type> {
        let t0 = args.first().map(|a| a.0.clone()).unwrap_or(Type::Bottom);
        let printable = |t: &Type| !matches!(t, Type::Range | Type::Bottom);
        Some(match bi {
            Builtin::Print => {
                self.no_kwargs("print", kwargs, &["sep", "end"], span)?;
                for (k, t, s) in kwargs {
                    if *t != Type::Str && *t != Type::None {
                        self.error(
                            *s,
                            format!("{k} must be None or a string, not {}", py_name(t)),
                            "here",
                        );
                    }
                }
                for (t, s) in args {
                    if !printable(t) {
                        self.error(
                            *s,
                            format!("printing a {} is not supported yet", py_name(t)),
                            "here",
                        );
                    }
                }
                Type::None
            }
            Builtin::Len => {
                self.arity("len", args, 1, 1, span)?;
                match t0 {
                    Type::Str | Type::List(_) | Type::Tuple(_) | Type::Range => Type::Int,
                    t => {
                        self.error(
                            span,
                            format!("object of type '{}' has no len()", py_name(&t)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Abs => {
                self.arity("abs", args, 1, 1, span)?;
                match t0 {
                    Type::Int | Type::Bool => Type::Int,
                    Type::Float => Type::Float,
                    t => {
                        self.error(
                            span,
                            format!("bad operand type for abs(): '{}'", py_name(&t)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Min | Builtin::Max => {
                let name = if bi == Builtin::Min { "min" } else { "max" };
                self.no_kwargs(name, kwargs, &[], span)?;
                if args.is_empty() {
                    self.error(
                        span,
                        format!("{name} expected at least 1 argument, got 0"),
                        "here",
                    );
                    return None;
                }
                let items: Vec<Type> = if args.len() == 1 {
                    vec![self.iter_item(&t0, span)?]
                } else {
                    args.iter().map(|a| a.0.clone()).collect()
                };
                let mut u = Type::Bottom;
                if items.contains(&Type::Bottom) {
                    return None;
                }
                for it in items {
                    if !(it.is_numeric()
                        || it == Type::Str
                        || matches!(it, Type::Tuple(_) | Type::List(_)))
                    {
                        self.error(
                            span,
                            format!("{name}() of {} values is not supported", py_name(&it)),
                            "here",
                        );
                        return None;
                    }
                    u = self.unite(&u, &it, span, &format!("the arguments of {name}()"));
                }
                if u == Type::Bool && args.len() > 1 {
                    Type::Bool
                } else {
                    u
                }
            }
            Builtin::Sum => {
                self.arity("sum", args, 1, 2, span)?;
                let item = self.iter_item(&t0, span)?;
                let start = args.get(1).map(|a| a.0.clone()).unwrap_or(Type::Int);
                match (&item, &start) {
                    (Type::Bottom, s) => s.clone(),
                    (a, b) if a.is_intlike() && b.is_intlike() => Type::Int,
                    (Type::Float, b) if b.is_numeric() => Type::Float,
                    (a, Type::Float) if a.is_numeric() => Type::Float,
                    _ => {
                        self.error(
                            span,
                            format!("sum() of {} is not supported", self.lists.display(&item)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Int => {
                self.arity("int", args, 0, 1, span)?;
                match t0 {
                    Type::Bottom if args.is_empty() => Type::Int,
                    Type::Int | Type::Bool | Type::Float | Type::Str => Type::Int,
                    t => {
                        self.error(
                            span,
                            format!(
                                "int() argument must be a string or a real number, not '{}'",
                                py_name(&t)
                            ),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Float => {
                self.arity("float", args, 0, 1, span)?;
                match t0 {
                    Type::Bottom if args.is_empty() => Type::Float,
                    Type::Int | Type::Bool | Type::Float | Type::Str => Type::Float,
                    t => {
                        self.error(
                            span,
                            format!(
                                "float() argument must be a string or a real number, not '{}'",
                                py_name(&t)
                            ),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Str | Builtin::Repr => {
                let name = if bi == Builtin::Str { "str" } else { "repr" };
                self.arity(name, args, if bi == Builtin::Str { 0 } else { 1 }, 1, span)?;
                if args.len() == 1 && !printable(&t0) && t0 != Type::Exc {
                    self.error(
                        span,
                        format!("{name}() of a {} is not supported yet", py_name(&t0)),
                        "here",
                    );
                }
                Type::Str
            }
            Builtin::Bool => {
                self.arity("bool", args, 0, 1, span)?;
                Type::Bool
            }
            Builtin::Ord => {
                self.arity("ord", args, 1, 1, span)?;
                if t0 != Type::Str {
                    self.error(
                        span,
                        format!(
                            "ord() expected string of length 1, but {} found",
                            py_name(&t0)
                        ),
                        "here",
                    );
                }
                Type::Int
            }
            Builtin::Chr => {
                self.arity("chr", args, 1, 1, span)?;
                if !t0.is_intlike() {
                    self.error(
                        span,
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            py_name(&t0)
                        ),
                        "here",
                    );
                }
                Type::Str
            }
            Builtin::Round => {
                self.arity("round", args, 1, 2, span)?;
                match (&t0, args.len()) {
                    (Type::Float, 1) | (Type::Int | Type::Bool, 1) => Type::Int,
                    (Type::Float, 2) => Type::Float,
                    (Type::Int | Type::Bool, 2) => Type::Int,
                    _ => {
                        self.error(
                            span,
                            format!("type {} doesn't define __round__ method", py_name(&t0)),
                            "here",
                        );
                        return None;
                    }
                }
            }
            Builtin::Divmod => {
                self.arity("divmod", args, 2, 2, span)?;
                let t = self.binary(Operator::FloorDiv, &args[0].0, &args[1].0, span)?;
                Type::Tuple(vec![t.clone(), t])
            }
            Builtin::Sorted | Builtin::List => {
                let name = if bi == Builtin::Sorted {
                    "sorted"
                } else {
                    "list"
                };
                self.no_kwargs(
                    name,
                    kwargs,
                    if bi == Builtin::Sorted {
                        &["reverse"]
                    } else {
                        &[]
                    },
                    span,
                )?;
                self.arity(name, args, if bi == Builtin::List { 0 } else { 1 }, 1, span)?;
                let item = if args.is_empty() {
                    Type::Bottom
                } else {
                    self.iter_item(&t0, span)?
                };
                let key = (b.0, i);
                let l = match self.insts[inst.0 as usize].new_lists.get(&key) {
                    Some(&l) => l,
                    None => {
                        let l = self.lists.new_list(Type::Bottom, span);
                        self.insts[inst.0 as usize].new_lists.insert(key, l);
                        l
                    }
                };
                self.write_list(l, &item, span);
                if bi == Builtin::Sorted {
                    self.check_sortable(&self.lists.item(l).clone(), span)?;
                }
                Type::List(l)
            }
            Builtin::Range => {
                self.arity("range", args, 1, 3, span)?;
                for (t, s) in args {
                    if !t.is_intlike() {
                        self.error(
                            *s,
                            format!(
                                "'{}' object cannot be interpreted as an integer",
                                py_name(t)
                            ),
                            "here",
                        );
                        return None;
                    }
                }
                Type::Range
            }
            Builtin::Enumerate | Builtin::Zip | Builtin::Reversed => {
                self.error(
                    span,
                    "enumerate(), zip() and reversed() are only supported as the iterable of a `for`".into(),
                    "here",
                );
                return None;
            }
            Builtin::Math(name) => {
                let n = if matches!(name, "atan2" | "hypot" | "pow") {
                    2
                } else {
                    1
                };
                self.arity(name, args, n, n, span)?;
                for (t, s) in args {
                    if !t.is_numeric() {
                        self.error(
                            *s,
                            format!("must be real number, not {}", py_name(t)),
                            "here",
                        );
                        return None;
                    }
                }
                match name {
                    "floor" | "ceil" | "trunc" => Type::Int,
                    "isnan" | "isinf" | "isfinite" => Type::Bool,
                    _ => Type::Float,
                }
            }
            Builtin::SysExit => {
                self.arity("exit", args, 0, 1, span)?;
                if !(args.is_empty() || t0.is_intlike() || t0 == Type::None) {
                    self.error(
                        span,
                        "sys.exit() takes an int or None in RPy".into(),
                        "here",
                    );
                }
                Type::None
            }
            Builtin::Exception(kind) => {
                self.arity(kind.name(), args, 0, 1, span)?;
                if args.len() == 1 && t0 != Type::Str {
                    self.error(
                        span,
                        format!(
                            "exception messages must be str in RPy, not {}",
                            py_name(&t0)
                        ),
                        "here",
                    );
                }
                Type::Exc
            }
        })
    }

    fn check_sortable(&mut self, item: &Type, span: Span) -> Option<()> {
        if item == &Type::Bottom || self.comparable(item, item, span, false) {
            Some(())
        } else {
            let t = self.lists.display(item);
            self.error(
                span,
                format!("sorting a list of {t} is not supported"),
                "here",
            );
            None
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn method(
        &mut self,
        inst: InstId,
        b: BlockId,
        i: u32,
        recv: &Type,
        name: &str,
        args: &[(Type, Span)],
        kwargs: &[(String, Type, Span)],
        span: Span,
    ) -> Option<Type> {
        let _ = (inst, b, i);
        let a = |k: usize| args.get(k).map(|a| a.0.clone()).unwrap_or(Type::Bottom);
        let unknown = |s: &mut Self| {
            s.error(
                span,
                format!("'{}' object has no attribute '{name}'", py_name(recv)),
                "unknown method",
            );
        };
        if name == "__iadd__" {
            return match recv {
                Type::List(l) => {
                    let other = a(0);
                    match other {
                        Type::List(_) => {
                            self.unite(recv, &other, span, "lists joined by +=");
                        }
                        _ => {
                            let item = self.iter_item(&other, span)?;
                            self.write_list(*l, &item, span);
                        }
                    }
                    Some(Type::List(*l))
                }
                _ => self.binary(Operator::Add, recv, &a(0), span),
            };
        }
        match recv {
            Type::List(l) => {
                let l = *l;
                let kw_allowed: &[&str] = if name == "sort" {
                    &["reverse", "key"]
                } else {
                    &[]
                };
                self.no_kwargs(name, kwargs, kw_allowed, span)?;
                Some(match name {
                    "append" => {
                        self.arity(name, args, 1, 1, span)?;
                        self.write_list(l, &a(0), args[0].1);
                        Type::None
                    }
                    "extend" => {
                        self.arity(name, args, 1, 1, span)?;
                        let item = self.iter_item(&a(0), span)?;
                        self.write_list(l, &item, span);
                        Type::None
                    }
                    "pop" => {
                        self.arity(name, args, 0, 1, span)?;
                        if args.len() == 1 {
                            self.expect_index(&a(0), "list", span)?;
                        }
                        self.read_list(l)
                    }
                    "insert" => {
                        self.arity(name, args, 2, 2, span)?;
                        self.expect_index(&a(0), "list", span)?;
                        self.write_list(l, &a(1), span);
                        Type::None
                    }
                    "remove" | "index" | "count" => {
                        let max = if name == "index" { 3 } else { 1 };
                        self.arity(name, args, 1, max, span)?;
                        for (t, s) in &args[1..] {
                            if !t.is_intlike() {
                                self.error(*s, "slice indices must be integers".into(), "here");
                                return None;
                            }
                        }
                        let item = self.read_list(l);
                        if item != Type::Bottom && !self.comparable(&a(0), &item, span, true) {
                            self.error(
                                span,
                                format!(
                                    "{name}() of a {} in a list of {} is not supported",
                                    py_name(&a(0)),
                                    self.lists.display(&item)
                                ),
                                "here",
                            );
                            return None;
                        }
                        if name == "remove" {
                            Type::None
                        } else {
                            Type::Int
                        }
                    }
                    "reverse" | "clear" => {
                        self.arity(name, args, 0, 0, span)?;
                        Type::None
                    }
                    "copy" => {
                        self.arity(name, args, 0, 0, span)?;
                        Type::List(l)
                    }
                    "sort" => {
                        self.arity(name, args, 0, 0, span)?;
                        if kwargs.iter().any(|(k, _, _)| k == "key") {
                            self.error(span, "sort(key=...) is not supported yet".into(), "here");
                            return None;
                        }
                        let item = self.read_list(l);
                        self.check_sortable(&item, span)?;
                        Type::None
                    }
                    _ => {
                        unknown(self);
                        return None;
                    }
                })
            }
            Type::Str => {
                let allowed: &[&str] = if matches!(name, "split" | "rsplit") {
                    &["sep", "maxsplit"]
                } else {
                    &[]
                };
                self.no_kwargs(name, kwargs, allowed, span)?;
                let str_args =
                    |s: &mut Self, min: usize, max: usize, kinds: &[bool]| -> Option<()> {
                        // kinds[k]: true if argument k is a str, false for an int.
                        s.arity(name, args, min, max, span)?;
                        for (k, (t, sp)) in args.iter().enumerate() {
                            let want_str = kinds.get(k).copied().unwrap_or(false);
                            let ok = if want_str {
                                *t == Type::Str || (*t == Type::None && k == 0)
                            } else {
                                t.is_intlike()
                            };
                            if !ok {
                                let want = if want_str { "str" } else { "int" };
                                s.error(
                                    *sp,
                                    format!(
                                        "{name}() argument {} must be {want}, not {}",
                                        k + 1,
                                        py_name(t)
                                    ),
                                    "here",
                                );
                                return None;
                            }
                        }
                        Some(())
                    };
                Some(match name {
                    "split" | "rsplit" => {
                        str_args(self, 0, 2, &[true, false])?;
                        let key = (b.0, i);
                        let l = match self.insts[inst.0 as usize].new_lists.get(&key) {
                            Some(&l) => l,
                            None => {
                                let l = self.lists.new_list(Type::Str, span);
                                self.insts[inst.0 as usize].new_lists.insert(key, l);
                                l
                            }
                        };
                        Type::List(l)
                    }
                    "join" => {
                        self.arity(name, args, 1, 1, span)?;
                        let item = self.iter_item(&a(0), span)?;
                        if item != Type::Str && item != Type::Bottom {
                            self.error(
                                span,
                                format!(
                                    "sequence item 0: expected str instance, {} found",
                                    py_name(&item)
                                ),
                                "here",
                            );
                            return None;
                        }
                        Type::Str
                    }
                    "strip" | "lstrip" | "rstrip" => {
                        str_args(self, 0, 1, &[true])?;
                        Type::Str
                    }
                    "replace" => {
                        str_args(self, 2, 3, &[true, true, false])?;
                        Type::Str
                    }
                    "find" | "rfind" | "index" | "count" => {
                        str_args(self, 1, 3, &[true, false, false])?;
                        Type::Int
                    }
                    "startswith" | "endswith" => {
                        self.arity(name, args, 1, 3, span)?;
                        let ok_prefix = match &args[0].0 {
                            Type::Str => true,
                            Type::Tuple(items) => items.iter().all(|t| *t == Type::Str),
                            _ => false,
                        };
                        if !ok_prefix {
                            self.error(
                                args[0].1,
                                format!(
                                    "{name} first arg must be str or a tuple of str, not {}",
                                    py_name(&args[0].0)
                                ),
                                "here",
                            );
                            return None;
                        }
                        for (t, sp) in &args[1..] {
                            if !t.is_intlike() && *t != Type::None {
                                self.error(
                                    *sp,
                                    "slice indices must be integers or None".into(),
                                    "here",
                                );
                                return None;
                            }
                        }
                        Type::Bool
                    }
                    "upper" | "lower" => {
                        str_args(self, 0, 0, &[])?;
                        Type::Str
                    }
                    "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower" => {
                        str_args(self, 0, 0, &[])?;
                        Type::Bool
                    }
                    "ljust" | "rjust" | "center" => {
                        str_args(self, 1, 2, &[false, true])?;
                        Type::Str
                    }
                    "zfill" => {
                        str_args(self, 1, 1, &[false])?;
                        Type::Str
                    }
                    _ => {
                        unknown(self);
                        return None;
                    }
                })
            }
            _ => {
                unknown(self);
                None
            }
        }
    }
}

/// Python's `slice(lo, hi, step).indices(n)`, as the list of selected
/// indices (None for a zero step).
pub fn slice_indices(
    n: usize,
    lo: Option<i64>,
    hi: Option<i64>,
    step: Option<i64>,
) -> Option<Vec<usize>> {
    let n = n as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: i64, lo_b: i64, hi_b: i64| v.max(lo_b).min(hi_b);
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                if step > 0 {
                    clamp(v + n, 0, n)
                } else {
                    clamp(v + n, -1, n - 1)
                }
            }
            Some(v) => {
                if step > 0 {
                    clamp(v, 0, n)
                } else {
                    clamp(v, -1, n - 1)
                }
            }
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(lo, 0), adjust(hi, n))
    } else {
        (adjust(lo, n - 1), adjust(hi, -1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

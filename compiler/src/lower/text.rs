//! Lowering of text: `print`, `str()`, `repr()`, f-string fields and `%`
//! formatting (a constant format string is parsed at translation time into
//! format-spec calls, so `'%5.2f' % x` costs what `f'{x:5.2f}'` costs).

use super::FnLower;
use crate::annotate::Type;
use crate::lir::{Op, RtFn, Ty, Value};
use crate::syntax::span::Span;

impl FnLower<'_, '_> {
    /// `print` of one value.
    pub fn write_value(&mut self, t: &Type, vals: &[Value]) {
        match t {
            Type::Int => self.push0(Op::CallRt(RtFn::WriteInt, vec![vals[0]])),
            Type::Float => self.push0(Op::CallRt(RtFn::WriteFloat, vec![vals[0]])),
            Type::Bool => self.push0(Op::CallRt(RtFn::WriteBool, vec![vals[0]])),
            Type::Str => self.push0(Op::CallRt(RtFn::WriteStr, vec![vals[0]])),
            _ => {
                let s = self.str_of(t, vals);
                self.push0(Op::CallRt(RtFn::WriteStr, vec![s]));
            }
        }
    }

    /// `str(x)`.
    pub fn str_of(&mut self, t: &Type, vals: &[Value]) -> Value {
        match t {
            Type::Int => self.call_rt1(RtFn::IntToStr, &[vals[0]]),
            Type::Float => self.call_rt1(RtFn::FloatToStr, &[vals[0]]),
            Type::Bool => self.call_rt1(RtFn::BoolToStr, &[vals[0]]),
            Type::Str => vals[0],
            Type::None | Type::Bottom => self.str_const("None"),
            Type::Exc => self.call_rt1(RtFn::ExcStr, &[vals[0]]),
            Type::List(_) | Type::Tuple(_) | Type::Range => self.repr_of(t, vals),
        }
    }

    /// `repr(x)`.
    pub fn repr_of(&mut self, t: &Type, vals: &[Value]) -> Value {
        match t {
            Type::Str => self.call_rt1(RtFn::StrRepr, &[vals[0]]),
            Type::Float => self.call_rt1(RtFn::FloatRepr, &[vals[0]]),
            Type::List(l) => {
                let item = self.cx.ann.lists.item(*l).clone();
                let list = vals[0];
                let buf = self.strbuf(&["["]);
                let n = self.list_len(list);
                self.count_loop(n, &mut |me, i| {
                    me.sep_if_not_first(buf, i, ", ");
                    let v = me.list_get(list, i, &item);
                    let r = me.repr_of(&item, &v);
                    me.call_rt(RtFn::StrBufAppend, &[buf, r]);
                });
                let close = self.str_const("]");
                self.call_rt(RtFn::StrBufAppend, &[buf, close]);
                self.call_rt1(RtFn::StrBufBuild, &[buf])
            }
            Type::Tuple(items) => {
                let items = items.clone();
                let buf = self.strbuf(&["("]);
                for (k, it) in items.iter().enumerate() {
                    if k > 0 {
                        let s = self.str_const(", ");
                        self.call_rt(RtFn::StrBufAppend, &[buf, s]);
                    }
                    let f = self.tuple_field(&items, vals[0], k);
                    let r = self.repr_of(it, &f);
                    self.call_rt(RtFn::StrBufAppend, &[buf, r]);
                }
                let close = self.str_const(if items.len() == 1 { ",)" } else { ")" });
                self.call_rt(RtFn::StrBufAppend, &[buf, close]);
                self.call_rt1(RtFn::StrBufBuild, &[buf])
            }
            Type::Range => {
                // range(a, b) or range(a, b, c)
                let parts = [("range(", vals[0]), (", ", vals[1])];
                let buf = self.strbuf(&[]);
                for (lit, v) in parts {
                    let s = self.str_const(lit);
                    self.call_rt(RtFn::StrBufAppend, &[buf, s]);
                    let r = self.call_rt1(RtFn::IntToStr, &[v]);
                    self.call_rt(RtFn::StrBufAppend, &[buf, r]);
                }
                let one = self.iconst(1);
                let is_one = self.push1(Op::ICmp(crate::lir::Cmp::Eq, vals[2], one), Ty::Bool);
                let (yes, no) = self.branch(is_one);
                let done = self.new_block();
                self.cur = no;
                let s = self.str_const(", ");
                self.call_rt(RtFn::StrBufAppend, &[buf, s]);
                let r = self.call_rt1(RtFn::IntToStr, &[vals[2]]);
                self.call_rt(RtFn::StrBufAppend, &[buf, r]);
                self.set_term(crate::lir::Terminator::Jump(done, vec![]));
                self.cur = yes;
                self.set_term(crate::lir::Terminator::Jump(done, vec![]));
                self.cur = done;
                let close = self.str_const(")");
                self.call_rt(RtFn::StrBufAppend, &[buf, close]);
                self.call_rt1(RtFn::StrBufBuild, &[buf])
            }
            _ => self.str_of(t, vals),
        }
    }

    fn strbuf(&mut self, init: &[&str]) -> Value {
        let cap = self.iconst(16);
        let buf = self.call_rt1(RtFn::StrBufNew, &[cap]);
        for s in init {
            let v = self.str_const(s);
            self.call_rt(RtFn::StrBufAppend, &[buf, v]);
        }
        buf
    }

    fn sep_if_not_first(&mut self, buf: Value, i: Value, sep: &str) {
        let zero = self.iconst(0);
        let not_first = self.push1(Op::ICmp(crate::lir::Cmp::Ne, i, zero), Ty::Bool);
        let (yes, cont) = self.branch(not_first);
        self.cur = yes;
        let s = self.str_const(sep);
        self.call_rt(RtFn::StrBufAppend, &[buf, s]);
        self.set_term(crate::lir::Terminator::Jump(cont, vec![]));
        self.cur = cont;
    }

    /// One replacement field of an f-string.
    pub fn format_value(
        &mut self,
        t: &Type,
        vals: &[Value],
        conversion: i32,
        spec: Option<Value>,
    ) -> Value {
        let conv = u8::try_from(conversion).ok().map(char::from);
        let base = match conv {
            Some('r') | Some('a') => Some(self.repr_of(t, vals)),
            Some('s') => Some(self.str_of(t, vals)),
            _ => None,
        };
        if let Some(s) = base {
            return match spec {
                Some(sp) => self.call_rt1(RtFn::FormatStr, &[s, sp]),
                None => s,
            };
        }
        match (t, spec) {
            (Type::Int, Some(sp)) => self.call_rt1(RtFn::FormatInt, &[vals[0], sp]),
            (Type::Bool, Some(sp)) => {
                let i = self.as_int(vals[0], t);
                self.call_rt1(RtFn::FormatInt, &[i, sp])
            }
            (Type::Float, Some(sp)) => self.call_rt1(RtFn::FormatFloat, &[vals[0], sp]),
            (_, Some(sp)) => {
                let s = self.str_of(t, vals);
                self.call_rt1(RtFn::FormatStr, &[s, sp])
            }
            (_, None) => self.str_of(t, vals),
        }
    }

    /// Concatenation of str values.
    pub fn join_strs(&mut self, parts: &[Value]) -> Value {
        match parts {
            [] => self.str_const(""),
            [one] => *one,
            [a, b] => self.call_rt1(RtFn::StrConcat, &[*a, *b]),
            _ => {
                let buf = self.strbuf(&[]);
                for p in parts {
                    self.call_rt(RtFn::StrBufAppend, &[buf, *p]);
                }
                self.call_rt1(RtFn::StrBufBuild, &[buf])
            }
        }
    }

    /// `fmt % args` with a constant `fmt`.
    pub fn percent_format(&mut self, fmt: &str, t: &Type, vals: &[Value], span: Span) -> Value {
        let args: Vec<(Type, Vec<Value>)> = match t {
            Type::Tuple(items) => {
                let items = items.clone();
                (0..items.len())
                    .map(|k| (items[k].clone(), self.tuple_field(&items, vals[0], k)))
                    .collect()
            }
            _ => vec![(t.clone(), vals.to_vec())],
        };
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut next_arg = 0;
        let chars: Vec<char> = fmt.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            if c != '%' {
                literal.push(c);
                continue;
            }
            if chars.get(k) == Some(&'%') {
                literal.push('%');
                k += 1;
                continue;
            }
            let mut flags = String::new();
            while let Some(&f) = chars.get(k) {
                if "-+ 0#".contains(f) {
                    flags.push(f);
                    k += 1;
                } else {
                    break;
                }
            }
            let mut width = String::new();
            while let Some(&d) = chars.get(k).filter(|c| c.is_ascii_digit()) {
                width.push(d);
                k += 1;
            }
            let mut prec = String::new();
            if chars.get(k) == Some(&'.') {
                k += 1;
                prec.push('.');
                while let Some(&d) = chars.get(k).filter(|c| c.is_ascii_digit()) {
                    prec.push(d);
                    k += 1;
                }
            }
            let Some(&ty) = chars.get(k) else {
                self.cx
                    .diags
                    .push(super::error(span, "incomplete format".into()));
                return self.str_const("");
            };
            k += 1;
            if !"sdirfFeEgGxXoc".contains(ty) {
                self.cx.diags.push(super::error(
                    span,
                    format!("unsupported format character '{ty}' (0x{:x})", ty as u32),
                ));
                return self.str_const("");
            }
            let Some((at, av)) = args.get(next_arg).cloned() else {
                self.cx.diags.push(super::error(
                    span,
                    "not enough arguments for format string".into(),
                ));
                return self.str_const("");
            };
            next_arg += 1;
            if !literal.is_empty() {
                parts.push(self.str_const(&literal));
                literal.clear();
            }
            let left = flags.contains('-');
            let mut spec = String::new();
            if left {
                spec.push('<');
            } else if "sr".contains(ty) || !flags.contains('0') {
                spec.push('>');
            }
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            if flags.contains('0') && !left && !"sr".contains(ty) {
                spec.push('0');
            }
            spec.push_str(&width);
            let piece = match ty {
                's' | 'r' => {
                    let s = if ty == 's' {
                        self.str_of(&at, &av)
                    } else {
                        self.repr_of(&at, &av)
                    };
                    spec.push_str(&prec);
                    let sp = self.str_const(&spec);
                    self.call_rt1(RtFn::FormatStr, &[s, sp])
                }
                'c' if at == Type::Str => {
                    let sp = self.str_const(&spec);
                    self.call_rt1(RtFn::FormatStr, &[av[0], sp])
                }
                'd' | 'i' | 'x' | 'X' | 'o' | 'c' => {
                    let i = match at {
                        Type::Float => self.call_rt1(RtFn::FloatToInt, &[av[0]]),
                        _ => self.as_int(av[0], &at),
                    };
                    if ty != 'c' && !prec.is_empty() {
                        self.cx.diags.push(super::error(
                            span,
                            "a precision on an integer `%` conversion is not supported".into(),
                        ));
                    }
                    spec.push(if ty == 'i' { 'd' } else { ty });
                    let sp = self.str_const(&spec);
                    self.call_rt1(RtFn::FormatInt, &[i, sp])
                }
                _ => {
                    let x = self.as_float(av[0], &at);
                    spec.push_str(if prec.is_empty() { ".6" } else { &prec });
                    spec.push(ty);
                    let sp = self.str_const(&spec);
                    self.call_rt1(RtFn::FormatFloat, &[x, sp])
                }
            };
            parts.push(piece);
        }
        if next_arg < args.len() {
            self.cx.diags.push(super::error(
                span,
                "not all arguments converted during string formatting".into(),
            ));
        }
        if !literal.is_empty() {
            parts.push(self.str_const(&literal));
        }
        self.join_strs(&parts)
    }
}

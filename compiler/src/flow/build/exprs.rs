//! Expressions of the flow builder: names (locals, module constants,
//! builtins), operators, calls resolved to their callee, containers,
//! f-strings. Each expression becomes ops in the current block and gives
//! the variable holding its value.

use super::*;

impl<'a> FnBuilder<'a> {
    pub(super) fn condition(&mut self, test: &'a Expr) -> Var {
        let v = self.expr(test);
        self.emit(OpKind::Truth(v), test.span)
    }

    pub(super) fn slice_parts(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> (Option<Var>, Option<Var>, Option<Var>) {
        let lo = lower.as_ref().map(|e| self.expr(e));
        let hi = upper.as_ref().map(|e| self.expr(e));
        let st = step.as_ref().map(|e| self.expr(e));
        (lo, hi, st)
    }

    pub(super) fn renamed(&self, id: &str) -> String {
        for (from, to) in self.renames.iter().rev() {
            if from == id {
                return to.clone();
            }
        }
        id.to_string()
    }

    pub(super) fn lookup_local(&self, id: &str) -> Option<Var> {
        let name = self.renamed(id);
        self.local_index.get(&name).map(|&i| self.env[i])
    }

    pub(super) fn builtin_name(&self, func: &Expr) -> Option<Builtin> {
        let ExprKind::Name { id, .. } = &func.kind else {
            return None;
        };
        if self.lookup_local(id).is_some() || self.scope.names.contains_key(&**id) {
            return None;
        }
        Some(match &**id {
            "print" => Builtin::Print,
            "len" => Builtin::Len,
            "abs" => Builtin::Abs,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "sum" => Builtin::Sum,
            "int" => Builtin::Int,
            "float" => Builtin::Float,
            "str" => Builtin::Str,
            "repr" => Builtin::Repr,
            "bool" => Builtin::Bool,
            "ord" => Builtin::Ord,
            "chr" => Builtin::Chr,
            "round" => Builtin::Round,
            "divmod" => Builtin::Divmod,
            "sorted" => Builtin::Sorted,
            "list" => Builtin::List,
            "range" => Builtin::Range,
            "enumerate" => Builtin::Enumerate,
            "zip" => Builtin::Zip,
            "reversed" => Builtin::Reversed,
            other => Builtin::Exception(ExcKind::from_name(other)?),
        })
    }

    pub(super) fn expr(&mut self, e: &'a Expr) -> Var {
        let span = e.span;
        match &e.kind {
            ExprKind::Constant { value, .. } => {
                let c = match value {
                    Constant::Int(ast::Int::Small(i)) => ConstVal::Int(*i),
                    Constant::Int(ast::Int::Big(_)) => {
                        self.diags.push(error(
                            "int-overflow",
                            span,
                            "integer literal too large for RPy's 64-bit int".into(),
                            "does not fit in 64 bits",
                        ));
                        ConstVal::Int(0)
                    }
                    Constant::Float(f) => ConstVal::Float(*f),
                    Constant::Bool(b) => ConstVal::Bool(*b),
                    Constant::None => ConstVal::None,
                    Constant::Str(s) => match s.as_str() {
                        Some(s) => ConstVal::Str(s.to_string()),
                        None => {
                            self.diags
                                .push(unsupported(span, "strings with lone surrogates are"));
                            ConstVal::Str(String::new())
                        }
                    },
                    Constant::Bytes(_) => {
                        self.diags.push(unsupported(span, "`bytes` is"));
                        ConstVal::None
                    }
                    Constant::Complex { .. } => {
                        self.diags.push(unsupported(span, "`complex` is"));
                        ConstVal::None
                    }
                    Constant::Ellipsis => {
                        self.diags.push(unsupported(span, "`...` is"));
                        ConstVal::None
                    }
                };
                self.emit(OpKind::Const(c), span)
            }
            ExprKind::Name { id, .. } => self.name(id, span),
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(left);
                let r = self.expr(right);
                if *op == Operator::MatMult {
                    self.diags.push(unsupported(span, "the `@` operator is"));
                }
                self.emit_raising(OpKind::Bin(*op, l, r), span)
            }
            // `-1` is a constant (so `t[::-1]` and `t[-1]` fold).
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } if matches!(
                &operand.kind,
                ExprKind::Constant { value: Constant::Int(ast::Int::Small(i)), .. } if *i != i64::MIN
            ) || matches!(
                &operand.kind,
                ExprKind::Constant {
                    value: Constant::Float(_),
                    ..
                }
            ) =>
            {
                let c = match &operand.kind {
                    ExprKind::Constant {
                        value: Constant::Int(ast::Int::Small(i)),
                        ..
                    } => ConstVal::Int(-i),
                    ExprKind::Constant {
                        value: Constant::Float(f),
                        ..
                    } => ConstVal::Float(-f),
                    _ => unreachable!(),
                };
                self.emit(OpKind::Const(c), span)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.expr(operand);
                if *op == UnaryOp::Not {
                    let t = self.emit(OpKind::Truth(v), span);
                    self.emit(OpKind::Unary(UnaryOp::Not, t), span)
                } else {
                    self.emit_raising(OpKind::Unary(*op, v), span)
                }
            }
            ExprKind::BoolOp { op, values } => {
                let (after, extras) = self.join_block(1);
                for (i, value) in values.iter().enumerate() {
                    let v = self.expr(value);
                    if i + 1 == values.len() {
                        self.jump(after, &[v]);
                    } else {
                        let t = self.emit(OpKind::Truth(v), value.span);
                        let (next, _) = self.join_block(0);
                        let done = self.target(after, &[v]);
                        let more = self.target(next, &[]);
                        let term = match op {
                            ast::BoolOp::And => Term::Branch {
                                cond: t,
                                then: more,
                                else_: done,
                            },
                            ast::BoolOp::Or => Term::Branch {
                                cond: t,
                                then: done,
                                else_: more,
                            },
                        };
                        self.terminate(term);
                        self.enter(next, 0);
                    }
                }
                self.enter(after, 1);
                extras[0]
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut l = self.expr(left);
                if ops.len() == 1 {
                    let r = self.expr(&comparators[0]);
                    return self.emit_raising(OpKind::Cmp(ops[0], l, r), span);
                }
                let (after, extras) = self.join_block(1);
                for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                    let r = self.expr(c);
                    let res = self.emit_raising(OpKind::Cmp(*op, l, r), span);
                    if i + 1 == ops.len() {
                        self.jump(after, &[res]);
                    } else {
                        let t = self.emit(OpKind::Truth(res), span);
                        let (next, _) = self.join_block(0);
                        let done = self.target(after, &[res]);
                        let more = self.target(next, &[]);
                        self.terminate(Term::Branch {
                            cond: t,
                            then: more,
                            else_: done,
                        });
                        self.enter(next, 0);
                    }
                    l = r;
                }
                self.enter(after, 1);
                extras[0]
            }
            ExprKind::IfExp { test, body, orelse } => {
                let cond = self.condition(test);
                let (then_b, _) = self.join_block(0);
                let (else_b, _) = self.join_block(0);
                let (after, extras) = self.join_block(1);
                let t = self.target(then_b, &[]);
                let f = self.target(else_b, &[]);
                self.terminate(Term::Branch {
                    cond,
                    then: t,
                    else_: f,
                });
                self.enter(then_b, 0);
                let a = self.expr(body);
                self.jump(after, &[a]);
                self.enter(else_b, 0);
                let b = self.expr(orelse);
                self.jump(after, &[b]);
                self.enter(after, 1);
                extras[0]
            }
            ExprKind::Call { .. } if self.special_iterable(e).is_some() => self.materialize(e),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, span),
            ExprKind::Attribute { value, attr, .. } => {
                if let ExprKind::Name { id, .. } = &value.kind {
                    if self.lookup_local(id).is_none() {
                        match self.scope.names.get(&**id) {
                            Some(ModuleName::Module("math")) => {
                                if let Some(c) = static_name(MATH_CONSTS, attr) {
                                    return self.emit(OpKind::ModuleConst("math", c), span);
                                }
                            }
                            Some(ModuleName::Module("sys")) if &**attr == "argv" => {
                                if !self.is_init {
                                    return self.unsupported_expr_msg(
                                        span,
                                        "`sys.argv` is only available at module level in RPy: pass it to main(argv)",
                                    );
                                }
                                return self.emit(OpKind::Argv, span);
                            }
                            _ => {}
                        }
                    }
                }
                self.diags.push(error(
                    "unsupported",
                    span,
                    format!("attribute `{attr}` is not supported here"),
                    "attribute",
                ));
                self.emit(OpKind::Const(ConstVal::None), span)
            }
            ExprKind::Subscript { value, slice, .. } => {
                let o = self.expr(value);
                if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                    let (lo, hi, st) = self.slice_parts(lower, upper, step);
                    self.emit_raising(OpKind::GetSlice(o, lo, hi, st), span)
                } else {
                    let i = self.expr(slice);
                    self.emit_raising(OpKind::GetItem(o, i), span)
                }
            }
            ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.diags.push(unsupported(span, "star-unpacking is"));
                }
                let items: Vec<Var> = elts.iter().map(|e| self.expr(e)).collect();
                self.emit_raising(OpKind::NewList(items), span)
            }
            ExprKind::Tuple { elts, .. } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.diags.push(unsupported(span, "star-unpacking is"));
                }
                let items: Vec<Var> = elts.iter().map(|e| self.expr(e)).collect();
                self.emit_raising(OpKind::NewTuple(items), span)
            }
            ExprKind::ListComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    self.diags.push(error(
                        "unsupported",
                        span,
                        "generator expressions are only supported as the argument of sum(), min(), max(), sorted() or list()".into(),
                        "generator expression",
                    ));
                }
                self.list_comp(elt, generators, span)
            }
            ExprKind::JoinedStr { values } => {
                let parts: Vec<Var> = values.iter().map(|v| self.expr(v)).collect();
                self.emit_raising(OpKind::JoinStr(parts), span)
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let v = self.expr(value);
                let spec = format_spec.as_ref().map(|s| self.expr(s));
                self.emit_raising(
                    OpKind::Format {
                        value: v,
                        conversion: *conversion,
                        spec,
                    },
                    span,
                )
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value);
                self.assign(target, v);
                v
            }
            ExprKind::Lambda { .. } => self.unsupported_expr(span, "`lambda` is"),
            ExprKind::Dict { .. } | ExprKind::DictComp { .. } => {
                self.unsupported_expr_msg(span, "dicts are not supported yet")
            }
            ExprKind::Set { .. } | ExprKind::SetComp { .. } => {
                self.unsupported_expr_msg(span, "sets are not supported yet")
            }
            ExprKind::Await { .. } => self.unsupported_expr(span, "`await` is"),
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                self.unsupported_expr_msg(span, "generators (`yield`) are not supported yet")
            }
            ExprKind::Starred { .. } => self.unsupported_expr(span, "star-unpacking is"),
            ExprKind::Slice { .. } => self.unsupported_expr(span, "a slice outside a subscript is"),
        }
    }

    pub(super) fn unsupported_expr(&mut self, span: Span, what: &str) -> Var {
        self.diags.push(unsupported(span, what));
        self.emit(OpKind::Const(ConstVal::None), span)
    }

    pub(super) fn unsupported_expr_msg(&mut self, span: Span, msg: &str) -> Var {
        self.diags
            .push(error("unsupported", span, msg.into(), "not supported yet"));
        self.emit(OpKind::Const(ConstVal::None), span)
    }

    pub(super) fn name(&mut self, id: &str, span: Span) -> Var {
        if let Some(v) = self.lookup_local(id) {
            return v;
        }
        match self.scope.names.get(id) {
            Some(ModuleName::Const(c)) => {
                let c = c.clone();
                return self.emit(OpKind::Const(c), span);
            }
            Some(ModuleName::Func(_)) | Some(ModuleName::Imported(..)) => {
                return self
                    .unsupported_expr_msg(span, "functions as values are not supported yet");
            }
            Some(ModuleName::Module(_)) => {
                return self.unsupported_expr_msg(span, "modules as values are not supported")
            }
            None => {}
        }
        match id {
            "__name__" => self.emit(OpKind::Const(ConstVal::Str("__main__".into())), span),
            _ if self.outer_locals.iter().any(|l| l == id) => self.unsupported_expr_msg(
                span,
                &format!("a lambda using `{id}`, a local variable of the enclosing function, is not supported yet"),
            ),
            _ => {
                self.diags.push(error(
                    "name",
                    span,
                    format!("name `{id}` is not defined"),
                    "undefined name",
                ));
                self.emit(OpKind::Const(ConstVal::None), span)
            }
        }
    }

    pub(super) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        span: Span,
    ) -> Var {
        for a in args {
            if matches!(a.kind, ExprKind::Starred { .. }) {
                return self.unsupported_expr(a.span, "`*args` in a call is");
            }
        }
        for k in keywords {
            if k.arg.is_none() {
                return self.unsupported_expr(k.span, "`**kwargs` in a call is");
            }
        }
        let callee = match &func.kind {
            ExprKind::Name { id, .. } => {
                if self.lookup_local(id).is_some() {
                    return self.unsupported_expr_msg(
                        func.span,
                        "calling a variable is not supported yet",
                    );
                }
                match self.scope.names.get(&**id) {
                    Some(ModuleName::Func(f)) => Callee::Func(*f),
                    Some(ModuleName::Imported("math", name)) => match static_name(MATH_FUNCS, name)
                    {
                        Some(n) => Callee::Builtin(Builtin::Math(n)),
                        None => return self.unsupported_expr(func.span, "this function is"),
                    },
                    Some(_) => {
                        return self
                            .unsupported_expr_msg(func.span, &format!("`{id}` is not callable"))
                    }
                    None => match self.builtin_name(func) {
                        Some(b) => Callee::Builtin(b),
                        None => {
                            let known_unsupported = [
                                "eval",
                                "exec",
                                "getattr",
                                "setattr",
                                "hasattr",
                                "open",
                                "input",
                                "isinstance",
                                "dict",
                                "set",
                                "tuple",
                                "any",
                                "all",
                                "map",
                                "filter",
                                "hash",
                                "id",
                                "type",
                                "iter",
                                "next",
                                "pow",
                                "format",
                                "vars",
                                "globals",
                                "locals",
                                "compile",
                                "super",
                                "object",
                            ];
                            if known_unsupported.contains(&&**id) {
                                return self.unsupported_expr_msg(
                                    func.span,
                                    &format!("`{id}()` is not supported in RPy yet"),
                                );
                            }
                            self.diags.push(error(
                                "name",
                                func.span,
                                format!("name `{id}` is not defined"),
                                "undefined name",
                            ));
                            return self.emit(OpKind::Const(ConstVal::None), span);
                        }
                    },
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                let module = match &value.kind {
                    ExprKind::Name { id, .. } if self.lookup_local(id).is_none() => {
                        match self.scope.names.get(&**id) {
                            Some(ModuleName::Module(m)) => Some(*m),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                match module {
                    Some("math") => match static_name(MATH_FUNCS, attr) {
                        Some(n) => Callee::Builtin(Builtin::Math(n)),
                        None => {
                            return self.unsupported_expr_msg(
                                func.span,
                                &format!("`math.{attr}` is not available in RPy"),
                            )
                        }
                    },
                    Some("sys") if &**attr == "exit" => Callee::Builtin(Builtin::SysExit),
                    Some(m) => {
                        return self.unsupported_expr_msg(
                            func.span,
                            &format!("`{m}.{attr}` is not available in RPy"),
                        )
                    }
                    None => {
                        let obj = self.expr(value);
                        Callee::Method(obj, attr.to_string())
                    }
                }
            }
            _ => {
                return self.unsupported_expr_msg(
                    func.span,
                    "calling this expression is not supported yet",
                )
            }
        };
        // Generator expressions as the only argument of a reducing builtin
        // are evaluated as list comprehensions.
        let reducing = matches!(
            callee,
            Callee::Builtin(
                Builtin::Sum | Builtin::Min | Builtin::Max | Builtin::Sorted | Builtin::List
            )
        ) || matches!(&callee, Callee::Method(_, m) if m == "join");
        let mut arg_vars = Vec::new();
        for a in args {
            match &a.kind {
                ExprKind::GeneratorExp { elt, generators } if reducing => {
                    arg_vars.push(self.list_comp(elt, generators, a.span))
                }
                _ => arg_vars.push(self.expr(a)),
            }
        }
        if let Some(k) = keywords.iter().find(|k| k.arg.as_deref() == Some("key")) {
            let sortish = matches!(&callee, Callee::Method(_, m) if m == "sort")
                || matches!(callee, Callee::Builtin(Builtin::Sorted));
            if sortish {
                return self.sort_with_key(callee, args, keywords, k, span);
            }
            let what = match &callee {
                Callee::Method(_, m) => format!("{m}(key=...)"),
                Callee::Builtin(b) => format!("{}(key=...)", format!("{b:?}").to_lowercase()),
                Callee::Func(_) => String::new(),
            };
            if !what.is_empty() {
                return self.unsupported_expr_msg(k.span, &format!("{what} is not supported yet"));
            }
        }
        let kwargs: Vec<(String, Var)> = keywords
            .iter()
            .map(|k| {
                (
                    k.arg.as_deref().unwrap_or("").to_string(),
                    self.expr(&k.value),
                )
            })
            .collect();
        self.emit_raising(
            OpKind::Call {
                callee,
                args: arg_vars,
                kwargs,
            },
            span,
        )
    }
}

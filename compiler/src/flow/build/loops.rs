//! Loops of the flow builder: `for` statements, comprehensions and the
//! iteration driver they share (`emit_loop`: state in hidden locals, one
//! `IterNext` per zipped sequence, `enumerate` counters, `reversed` by
//! index), lists made from iterables, and `sort(key=...)`.
//!
//! Keeps true: the loop's join blocks are made after the hidden state locals
//! exist, so every block carries them as parameters.

use super::*;

impl<'a> FnBuilder<'a> {
    pub(super) fn for_loop(&mut self, f: &'a ast::For, _span: Span) {
        let blocks = self.emit_loop(&f.iter, &mut |me, items, blocks| {
            me.bind_items(&f.target, items);
            me.loops.push(LoopFrame {
                continue_to: blocks.header,
                break_to: blocks.after,
                try_depth: me.tries.len(),
            });
            me.block(&f.body);
            me.loops.pop();
        });
        self.enter(blocks.else_b, 0);
        self.block(&f.orelse);
        self.jump(blocks.after, &[]);
        self.enter(blocks.after, 0);
    }

    /// `enumerate(...)`, `zip(...)` or `reversed(...)` in a form the loop
    /// driver iterates directly (plain arguments, the right count).
    pub(super) fn special_iterable(&self, iter: &Expr) -> Option<Builtin> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return None;
        };
        let b = self.builtin_name(func)?;
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return None;
        }
        let ok = match b {
            Builtin::Enumerate => {
                (1..=2).contains(&args.len())
                    && keywords.len() <= 2 - args.len()
                    && keywords.iter().all(|k| k.arg.as_deref() == Some("start"))
            }
            Builtin::Zip => keywords.is_empty() && !args.is_empty(),
            Builtin::Reversed => keywords.is_empty() && args.len() == 1,
            _ => false,
        };
        ok.then_some(b)
    }

    pub(super) fn plan_iter(&mut self, iter: &'a Expr) -> IterPlan {
        if let (Some(b), ExprKind::Call { args, keywords, .. }) =
            (self.special_iterable(iter), &iter.kind)
        {
            match b {
                Builtin::Enumerate => {
                    let seq = self.expr(&args[0]);
                    let start = match (args.get(1), keywords.first()) {
                        (Some(s), _) => Some(self.expr(s)),
                        (None, Some(k)) => Some(self.expr(&k.value)),
                        (None, None) => None,
                    };
                    let start = start
                        .unwrap_or_else(|| self.emit(OpKind::Const(ConstVal::Int(0)), iter.span));
                    return IterPlan::Seqs {
                        seqs: vec![(seq, args[0].span)],
                        counter: Some(start),
                    };
                }
                Builtin::Zip => {
                    let seqs = args.iter().map(|a| (self.expr(a), a.span)).collect();
                    return IterPlan::Seqs {
                        seqs,
                        counter: None,
                    };
                }
                _ => {
                    let seq = self.expr(&args[0]);
                    return IterPlan::Reversed(seq, args[0].span);
                }
            }
        }
        let seq = self.expr(iter);
        IterPlan::Seqs {
            seqs: vec![(seq, iter.span)],
            counter: None,
        }
    }

    /// Emit a loop over `iter`: `body` is called in the loop body with the
    /// items of one iteration (one per zipped sequence, the count first for
    /// `enumerate`); afterwards the body jumps back to the header. Returns
    /// the loop's blocks: the caller fills `else_b` and continues at `after`.
    pub(super) fn emit_loop(
        &mut self,
        iter: &'a Expr,
        body: &mut dyn FnMut(&mut Self, Vec<Var>, LoopBlocks),
    ) -> LoopBlocks {
        let plan = self.plan_iter(iter);
        if let Some(t) = self.pending_rename.take() {
            self.rename_targets(t);
        }
        self.emit_loop_plan(plan, iter.span, body)
    }

    /// `emit_loop` over a planned iteration.
    pub(super) fn emit_loop_plan(
        &mut self,
        plan: IterPlan,
        iter_span: Span,
        body: &mut dyn FnMut(&mut Self, Vec<Var>, LoopBlocks),
    ) -> LoopBlocks {
        // The hidden locals holding the iteration state come first, so the
        // loop's join blocks carry them.
        let mut states = Vec::new();
        let mut counter = None;
        match &plan {
            IterPlan::Reversed(seq, span) => {
                let n = self.emit(OpKind::SeqLen(*seq), *span);
                let st = self.hidden_local("rev");
                self.env[st] = n;
                states.push(st);
            }
            IterPlan::Seqs {
                seqs,
                counter: start,
            } => {
                for (s, span) in seqs {
                    let s0 = self.emit(OpKind::IterStart(*s), *span);
                    let st = self.hidden_local("it");
                    self.env[st] = s0;
                    states.push(st);
                }
                if let Some(start) = start {
                    let c = self.hidden_local("count");
                    self.env[c] = *start;
                    counter = Some(c);
                }
            }
        }
        let (header, _) = self.join_block(0);
        let (else_b, _) = self.join_block(0);
        let (after, _) = self.join_block(0);
        let blocks = LoopBlocks {
            header,
            else_b,
            after,
        };
        self.jump(header, &[]);
        self.enter(header, 0);
        let mut items = Vec::new();
        match &plan {
            IterPlan::Reversed(seq, span) => {
                // i = len(seq); while i > 0: i -= 1; x = seq[i]
                let st = states[0];
                let (body_b, _) = self.join_block(0);
                let zero = self.emit(OpKind::Const(ConstVal::Int(0)), *span);
                let cond = self.emit(OpKind::Cmp(CmpOp::Gt, self.env[st], zero), *span);
                let t = self.target(body_b, &[]);
                let e = self.target(else_b, &[]);
                self.terminate(Term::Branch {
                    cond,
                    then: t,
                    else_: e,
                });
                self.enter(body_b, 0);
                let one = self.emit(OpKind::Const(ConstVal::Int(1)), *span);
                let i = self.emit(OpKind::Bin(Operator::Sub, self.env[st], one), *span);
                self.env[st] = i;
                items.push(self.emit(OpKind::SeqItemAt(*seq, i), *span));
            }
            IterPlan::Seqs { seqs, .. } => {
                for (&(seq, span), &st) in seqs.iter().zip(&states) {
                    let (next_b, extras) = self.join_block(2);
                    let body_t = self.target_skip(next_b, 2);
                    let exit = self.target(else_b, &[]);
                    let state = self.env[st];
                    self.terminate(Term::IterNext {
                        seq,
                        state,
                        body: body_t,
                        exit,
                        span,
                    });
                    self.enter(next_b, 2);
                    self.env[st] = extras[1];
                    items.push(extras[0]);
                }
                if let Some(c) = counter {
                    let count = self.env[c];
                    let one = self.emit(OpKind::Const(ConstVal::Int(1)), iter_span);
                    let next = self.emit_raising(OpKind::Bin(Operator::Add, count, one), iter_span);
                    self.env[c] = next;
                    items.insert(0, count);
                }
            }
        }
        body(self, items, blocks);
        self.jump(header, &[]);
        blocks
    }

    /// Bind the items of one iteration to a `for` target: `for a, b in
    /// zip(...)` binds each item without making a tuple.
    pub(super) fn bind_items(&mut self, target: &'a Expr, items: Vec<Var>) {
        if items.len() == 1 {
            self.assign(target, items[0]);
            return;
        }
        match &target.kind {
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. }
                if elts.len() == items.len()
                    && elts
                        .iter()
                        .all(|e| !matches!(e.kind, ExprKind::Starred { .. })) =>
            {
                for (e, v) in elts.iter().zip(items) {
                    self.assign(e, v);
                }
            }
            _ => {
                let t = self.emit(OpKind::NewTuple(items), target.span);
                self.assign(target, t);
            }
        }
    }

    /// `enumerate(...)`, `zip(...)` or `reversed(...)` used as a value: the
    /// list of what iterating it gives.
    pub(super) fn materialize(&mut self, call: &'a Expr) -> Var {
        let result = self.emit_raising(OpKind::NewList(vec![]), call.span);
        let res = self.hidden_local("items");
        self.env[res] = result;
        let blocks = self.emit_loop(call, &mut |me, items, _| {
            let v = if items.len() == 1 {
                items[0]
            } else {
                me.emit(OpKind::NewTuple(items), call.span)
            };
            let list = me.env[res];
            me.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(list, "append".into()),
                    args: vec![v],
                    kwargs: vec![],
                },
                call.span,
            );
        });
        self.enter(blocks.else_b, 0);
        self.jump(blocks.after, &[]);
        self.enter(blocks.after, 0);
        self.env[res]
    }

    /// The function a `key=` argument names: a function of the program, a
    /// builtin taking one argument, `math.<f>`, or a lambda (which becomes a
    /// function of its own).
    pub(super) fn key_callee(&mut self, e: &'a Expr) -> Option<Callee> {
        match &e.kind {
            ExprKind::Name { id, .. } if self.lookup_local(id).is_none() => {
                match self.scope.names.get(&**id) {
                    Some(ModuleName::Func(f)) => Some(Callee::Func(*f)),
                    Some(ModuleName::Imported("math", n)) => {
                        static_name(MATH_FUNCS, n).map(|n| Callee::Builtin(Builtin::Math(n)))
                    }
                    Some(_) => None,
                    None => match self.builtin_name(e)? {
                        b @ (Builtin::Len
                        | Builtin::Abs
                        | Builtin::Str
                        | Builtin::Repr
                        | Builtin::Int
                        | Builtin::Float
                        | Builtin::Bool
                        | Builtin::Ord
                        | Builtin::Round
                        | Builtin::Sum
                        | Builtin::Min
                        | Builtin::Max
                        | Builtin::Sorted
                        | Builtin::List) => Some(Callee::Builtin(b)),
                        _ => None,
                    },
                }
            }
            ExprKind::Attribute { value, attr, .. } => match &value.kind {
                ExprKind::Name { id, .. } if self.lookup_local(id).is_none() => {
                    match self.scope.names.get(&**id) {
                        Some(ModuleName::Module("math")) => {
                            static_name(MATH_FUNCS, attr).map(|n| Callee::Builtin(Builtin::Math(n)))
                        }
                        _ => None,
                    }
                }
                _ => None,
            },
            ExprKind::Lambda { .. } => {
                let id = FuncDefId(self.scope.next_func.get());
                self.scope.next_func.set(id.0 + 1);
                self.scope
                    .lambdas
                    .borrow_mut()
                    .push((e, id, self.locals.clone()));
                Some(Callee::Func(id))
            }
            _ => None,
        }
    }

    /// `lst.sort(key=f, reverse=r)` and `sorted(x, key=f, reverse=r)`:
    /// decorate each item with `(f(item), position)`, sort the pairs (the
    /// position keeps equal keys in order and is never equal, so items are
    /// never compared), and rebuild the list. `reverse=True` reverses the
    /// items first and sorts descending, which keeps equal keys in their
    /// original order, as CPython does.
    pub(super) fn sort_with_key(
        &mut self,
        callee: Callee,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        key: &'a ast::Keyword,
        span: Span,
    ) -> Var {
        for k in keywords {
            if !matches!(k.arg.as_deref(), Some("key" | "reverse")) {
                let name = k.arg.as_deref().unwrap_or("");
                return self.unsupported_expr_msg(
                    k.span,
                    &format!("sort() got an unexpected keyword argument '{name}'"),
                );
            }
        }
        let (list, in_place) = match callee {
            Callee::Method(obj, _) => {
                if !args.is_empty() {
                    return self.unsupported_expr_msg(span, "sort() takes no positional arguments");
                }
                (obj, true)
            }
            _ => {
                if args.len() != 1 {
                    return self.unsupported_expr_msg(span, "sorted expected 1 argument");
                }
                let x = self.expr(&args[0]);
                (x, false)
            }
        };
        let Some(keyf) = self.key_callee(&key.value) else {
            return self.unsupported_expr_msg(
                key.value.span,
                "key= must name a function of the program, a builtin, `math.<f>` or a lambda",
            );
        };
        let reverse = keywords
            .iter()
            .find(|k| k.arg.as_deref() == Some("reverse"))
            .map(|k| self.expr(&k.value));
        let copy = OpKind::Call {
            callee: Callee::Builtin(Builtin::List),
            args: vec![list],
            kwargs: vec![],
        };
        let work = self.emit_raising(copy, span);
        let work_l = self.hidden_local("work");
        self.env[work_l] = work;
        if let Some(r) = reverse {
            let cond = self.emit(OpKind::Truth(r), span);
            let (yes, _) = self.join_block(0);
            let (after, _) = self.join_block(0);
            let t = self.target(yes, &[]);
            let e = self.target(after, &[]);
            self.terminate(Term::Branch {
                cond,
                then: t,
                else_: e,
            });
            self.enter(yes, 0);
            let w = self.env[work_l];
            self.emit_raising(
                OpKind::Call {
                    callee: Callee::Method(w, "reverse".into()),
                    args: vec![],
                    kwargs: vec![],
                },
                span,
            );
            self.jump(after, &[]);
            self.enter(after, 0);
        }
        let pairs = self.emit_raising(OpKind::NewList(vec![]), span);
        let pairs_l = self.hidden_local("pairs");
        self.env[pairs_l] = pairs;
        let zero = self.emit(OpKind::Const(ConstVal::Int(0)), span);
        let pos_l = self.hidden_local("pos");
        self.env[pos_l] = zero;
        let w = self.env[work_l];
        let plan = IterPlan::Seqs {
            seqs: vec![(w, span)],
            counter: None,
        };
        let blocks = self.emit_loop_plan(plan, span, &mut |me, items, _| {
            let k = me.emit_raising(
                OpKind::Call {
                    callee: keyf.clone(),
                    args: vec![items[0]],
                    kwargs: vec![],
                },
                key.value.span,
            );
            let pos = me.env[pos_l];
            let pair = me.emit(OpKind::NewTuple(vec![k, pos]), span);
            let p = me.env[pairs_l];
            me.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(p, "append".into()),
                    args: vec![pair],
                    kwargs: vec![],
                },
                span,
            );
            let one = me.emit(OpKind::Const(ConstVal::Int(1)), span);
            let next = me.emit_raising(OpKind::Bin(Operator::Add, pos, one), span);
            me.env[pos_l] = next;
        });
        self.enter(blocks.else_b, 0);
        self.jump(blocks.after, &[]);
        self.enter(blocks.after, 0);
        let p = self.env[pairs_l];
        let kwargs = reverse
            .map(|r| vec![("reverse".to_string(), r)])
            .unwrap_or_default();
        self.emit_raising_void(
            OpKind::Call {
                callee: Callee::Method(p, "sort".into()),
                args: vec![],
                kwargs,
            },
            span,
        );
        let out = self.emit_raising(OpKind::NewList(vec![]), span);
        let out_l = self.hidden_local("sorted");
        self.env[out_l] = out;
        let p = self.env[pairs_l];
        let plan = IterPlan::Seqs {
            seqs: vec![(p, span)],
            counter: None,
        };
        let blocks = self.emit_loop_plan(plan, span, &mut |me, items, _| {
            let i = me.emit(OpKind::TupleGet(items[0], 1), span);
            let w = me.env[work_l];
            let item = me.emit_raising(OpKind::GetItem(w, i), span);
            let o = me.env[out_l];
            me.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(o, "append".into()),
                    args: vec![item],
                    kwargs: vec![],
                },
                span,
            );
        });
        self.enter(blocks.else_b, 0);
        self.jump(blocks.after, &[]);
        self.enter(blocks.after, 0);
        let out = self.env[out_l];
        if in_place {
            self.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(list, "clear".into()),
                    args: vec![],
                    kwargs: vec![],
                },
                span,
            );
            self.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(list, "extend".into()),
                    args: vec![out],
                    kwargs: vec![],
                },
                span,
            );
            self.emit(OpKind::Const(ConstVal::None), span)
        } else {
            out
        }
    }

    pub(super) fn list_comp(
        &mut self,
        elt: &'a Expr,
        generators: &'a [ast::Comprehension],
        span: Span,
    ) -> Var {
        let result = self.emit_raising(OpKind::NewList(vec![]), span);
        let res_local = self.hidden_local("comp");
        self.env[res_local] = result;
        let saved_renames = self.renames.len();
        self.comp_level(elt, generators, res_local, span);
        self.renames.truncate(saved_renames);
        self.env[res_local]
    }

    pub(super) fn comp_level(
        &mut self,
        elt: &'a Expr,
        generators: &'a [ast::Comprehension],
        res: usize,
        span: Span,
    ) {
        let Some((gen, rest)) = generators.split_first() else {
            let v = self.expr(elt);
            let list = self.env[res];
            self.emit_raising_void(
                OpKind::Call {
                    callee: Callee::Method(list, "append".into()),
                    args: vec![v],
                    kwargs: vec![],
                },
                span,
            );
            return;
        };
        if gen.is_async {
            self.diags
                .push(unsupported(gen.target.span, "`async for` is"));
            return;
        }
        // The iterable is evaluated before the targets' names are renamed
        // (they are local to the comprehension).
        let saved = self.renames.len();
        let renames_before: Vec<(String, String)> = Vec::new();
        let _ = renames_before;
        let blocks =
            self.emit_loop_then_rename(&gen.iter, &gen.target, &mut |me, items, blocks| {
                me.bind_items(&gen.target, items);
                // `if` clauses skip to the next iteration.
                for cond in &gen.ifs {
                    let c = me.condition(cond);
                    let (yes, _) = me.join_block(0);
                    let t = me.target(yes, &[]);
                    let e = me.target(blocks.header, &[]);
                    me.terminate(Term::Branch {
                        cond: c,
                        then: t,
                        else_: e,
                    });
                    me.enter(yes, 0);
                }
                me.comp_level(elt, rest, res, span);
            });
        let _ = saved;
        self.enter(blocks.else_b, 0);
        self.jump(blocks.after, &[]);
        self.enter(blocks.after, 0);
    }

    /// `emit_loop` for a comprehension: the target names are renamed to
    /// hidden locals after the iterable is planned and before the loop's
    /// blocks are made (so they carry the renamed locals).
    pub(super) fn emit_loop_then_rename(
        &mut self,
        iter: &'a Expr,
        target: &'a Expr,
        body: &mut dyn FnMut(&mut Self, Vec<Var>, LoopBlocks),
    ) -> LoopBlocks {
        self.pending_rename = Some(target);
        self.emit_loop(iter, body)
    }

    pub(super) fn rename_targets(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.hidden += 1;
                let hidden = format!("{id}${}", self.hidden);
                self.renames.push((id.to_string(), hidden.clone()));
                self.add_local(&hidden);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.rename_targets(e);
                }
            }
            _ => {}
        }
    }
}

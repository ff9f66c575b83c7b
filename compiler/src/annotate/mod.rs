//! The annotator: whole-program type inference from the start-up code, in
//! the style of RPython's annotator.
//!
//! Each function is analysed once per combination of argument types (an
//! *instance*); a worklist re-flows a block whenever the type of a variable
//! it reads generalises, a callee's return type grows, or the item type of
//! a list it reads changes. The fixpoint gives one type per variable of every
//! instance; `lower` reads nothing else.
//!
//! Invariants: types only generalise while the worklist runs; every error is
//! reported once, at the line that caused it, with the other origin when
//! two types meet; after `annotate` returns `Ok`, no reached variable that a
//! reached operation reads has a type the operation rejects.

pub mod hints;
mod rules;
pub mod types;

use std::collections::{HashMap, HashSet, VecDeque};

use crate::diagnostics::Diagnostic;
use crate::flow::{BlockId, ConstVal, FuncDefId, Graph, OpKind, Program, Target, Term, Var};
use crate::syntax::span::Span;
pub use rules::const_type as const_type_pub;
pub use rules::op_uses as op_uses_pub;
pub use rules::slice_indices;
pub use types::{ListId, Lists, Type};

/// A function analysed for one combination of argument types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstId(pub u32);

/// Where a parameter's value comes from at one call site.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgSource {
    /// The call's positional argument at this index.
    Positional(usize),
    /// The call's keyword argument at this index.
    Keyword(usize),
    /// The parameter's default value.
    Default(ConstVal),
}

/// A resolved call of a program function.
#[derive(Clone, Debug, PartialEq)]
pub struct CallTarget {
    pub inst: InstId,
    pub args: Vec<ArgSource>,
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub def: FuncDefId,
    /// The argument types this instance was made for (canonical).
    pub key: Vec<Type>,
    /// Type of every variable of the graph.
    pub types: Vec<Type>,
    /// Where each variable's type comes from (for conflict messages).
    pub origin: Vec<Span>,
    pub ret: Type,
    pub ret_origin: Span,
    /// Blocks reached by the analysis.
    pub reached: Vec<bool>,
    /// Variables that may hold the value of a local not assigned on some
    /// path to here (reading one is an error: CPython would raise
    /// UnboundLocalError).
    maybe_unbound: Vec<bool>,
    /// Calls of program functions, by (block, op index).
    pub calls: HashMap<(u32, u32), CallTarget>,
    /// Lists made by an operation, by (block, op index).
    pub new_lists: HashMap<(u32, u32), ListId>,
    /// Blocks of other instances that read this instance's return type.
    dependents: HashSet<(InstId, BlockId)>,
}

/// What the annotator found.
pub struct Annotations {
    pub instances: Vec<Instance>,
    pub lists: Lists,
    pub init: InstId,
    /// The list `sys.argv`.
    pub argv: ListId,
    /// Constant values of variables (from `Const` ops and `Truth` of
    /// constants), per graph; branches on them are folded.
    pub consts: Vec<HashMap<Var, ConstVal>>,
}

impl Annotations {
    pub fn instance(&self, id: InstId) -> &Instance {
        &self.instances[id.0 as usize]
    }

    /// Whether the branch edge is ever taken (false for the dead side of a
    /// branch on a constant).
    pub fn folded_branch(&self, def: FuncDefId, cond: Var) -> Option<bool> {
        match self.consts[def.0 as usize].get(&cond) {
            Some(ConstVal::Bool(b)) => Some(*b),
            _ => None,
        }
    }
}

/// The most instances one function may have before the annotator refuses.
pub const MAX_SPECIALISATIONS: usize = 32;

pub struct Annotator<'p> {
    pub(crate) prog: &'p Program,
    pub(crate) lists: Lists,
    pub(crate) insts: Vec<Instance>,
    /// Instances by function and the text of their argument types: two
    /// lists with the same item type share an instance (their cells are
    /// then united), so recursion over fresh lists cannot make new ones.
    inst_index: HashMap<(FuncDefId, String), InstId>,
    queue: VecDeque<(InstId, BlockId)>,
    queued: HashSet<(InstId, BlockId)>,
    list_readers: HashMap<ListId, HashSet<(InstId, BlockId)>>,
    /// Per graph, per variable: the blocks that read it.
    var_readers: Vec<Vec<Vec<BlockId>>>,
    pub(crate) consts: Vec<HashMap<Var, ConstVal>>,
    pub(crate) diags: Vec<Diagnostic>,
    reported: HashSet<(Span, String)>,
    pub(crate) argv: ListId,
    /// The type of each named variable of each instance (see `check_name`).
    name_types: HashMap<(InstId, String), (Type, Span)>,
    /// The block being processed.
    pub(crate) cur: (InstId, BlockId),
}

/// Run the annotator over a program.
pub fn annotate(prog: &Program) -> Result<Annotations, Vec<Diagnostic>> {
    let mut a = Annotator::new(prog);
    let init = a.instance_for(prog.init, vec![]);
    // `main` is checked even when the start-up code does not call it (a
    // program without the `__main__` launcher), as the entry point of RPy.
    if let Some(i) = prog.funcs.iter().position(|g| g.name == "main") {
        let def = FuncDefId(i as u32);
        match prog.funcs[i].params.len() {
            0 => {
                a.instance_for(def, vec![]);
            }
            1 => {
                let argv = Type::List(a.argv);
                let id = a.instance_for(def, vec![argv.clone()]);
                a.pass_args(id, &[(argv, prog.funcs[i].span)]);
            }
            _ => {}
        }
    }
    a.run();
    a.check_return_hints();
    if a.diags.is_empty() {
        Ok(Annotations {
            instances: a.insts,
            lists: a.lists,
            init,
            argv: a.argv,
            consts: a.consts,
        })
    } else {
        Err(a.diags)
    }
}

fn graph_consts(g: &Graph) -> HashMap<Var, ConstVal> {
    let mut consts = HashMap::new();
    for b in &g.blocks {
        for op in &b.ops {
            let Some(r) = op.result else { continue };
            match &op.kind {
                OpKind::Const(c) => {
                    consts.insert(r, c.clone());
                }
                OpKind::Truth(v) => {
                    if let Some(ConstVal::Bool(b)) = consts.get(v) {
                        let b = *b;
                        consts.insert(r, ConstVal::Bool(b));
                    }
                }
                _ => {}
            }
        }
    }
    consts
}

fn var_readers(g: &Graph) -> Vec<Vec<BlockId>> {
    let mut readers: Vec<Vec<BlockId>> = vec![Vec::new(); g.vars.len()];
    let mut add = |v: Var, b: BlockId| {
        let r = &mut readers[v.index()];
        if r.last() != Some(&b) {
            r.push(b);
        }
    };
    for (bi, b) in g.blocks.iter().enumerate() {
        let bid = BlockId(bi as u32);
        for op in &b.ops {
            for v in rules::op_uses(&op.kind) {
                add(v, bid);
            }
        }
        for v in term_uses(&b.term) {
            add(v, bid);
        }
    }
    readers
}

fn term_uses(t: &Term) -> Vec<Var> {
    let targets = |ts: &[&Target]| {
        ts.iter()
            .flat_map(|t| t.args.iter().copied())
            .collect::<Vec<_>>()
    };
    match t {
        Term::Jump(t) => targets(&[t]),
        Term::Branch { cond, then, else_ } => {
            let mut v = vec![*cond];
            v.extend(targets(&[then, else_]));
            v
        }
        Term::Return(v) => vec![*v],
        Term::Raise { exc, handler, .. } => {
            let mut v = vec![*exc];
            if let Some(h) = handler {
                v.extend(targets(&[h]));
            }
            v
        }
        Term::Guarded { normal, handler } => targets(&[normal, handler]),
        Term::IterNext {
            seq,
            state,
            body,
            exit,
            ..
        } => {
            let mut v = vec![*seq, *state];
            v.extend(targets(&[body, exit]));
            v
        }
        Term::Unreachable => vec![],
    }
}

impl<'p> Annotator<'p> {
    fn new(prog: &'p Program) -> Annotator<'p> {
        let mut lists = Lists::default();
        let argv = lists.new_list(Type::Str, Span::new(0, 0));
        Annotator {
            prog,
            lists,
            insts: Vec::new(),
            inst_index: HashMap::new(),
            queue: VecDeque::new(),
            queued: HashSet::new(),
            list_readers: HashMap::new(),
            var_readers: prog.funcs.iter().map(var_readers).collect(),
            consts: prog.funcs.iter().map(graph_consts).collect(),
            diags: Vec::new(),
            reported: HashSet::new(),
            argv,
            name_types: HashMap::new(),
            cur: (InstId(0), BlockId(0)),
        }
    }

    pub(crate) fn graph(&self, inst: InstId) -> &'p Graph {
        &self.prog.funcs[self.insts[inst.0 as usize].def.0 as usize]
    }

    /// The instance of `def` for these argument types (made on first use).
    pub(crate) fn instance_for(&mut self, def: FuncDefId, args: Vec<Type>) -> InstId {
        let key: Vec<Type> = args.iter().map(|t| self.lists.canon(t)).collect();
        let text = self.key_text(&key);
        if let Some(&id) = self.inst_index.get(&(def, text.clone())) {
            return id;
        }
        let g = &self.prog.funcs[def.0 as usize];
        let id = InstId(self.insts.len() as u32);
        let inst = Instance {
            def,
            key: key.clone(),
            types: vec![Type::Bottom; g.vars.len()],
            origin: g.vars.iter().map(|v| v.span).collect(),
            ret: Type::Bottom,
            ret_origin: g.span,
            reached: vec![false; g.blocks.len()],
            maybe_unbound: vec![false; g.vars.len()],
            calls: HashMap::new(),
            new_lists: HashMap::new(),
            dependents: HashSet::new(),
        };
        self.insts.push(inst);
        self.inst_index.insert((def, text), id);
        // Parameters take the argument types.
        let params = g.blocks[0].params.clone();
        for (p, t) in params.iter().zip(args) {
            self.insts[id.0 as usize].types[p.index()] = t;
            self.insts[id.0 as usize].origin[p.index()] = g.vars[p.index()].span;
        }
        self.reach(id, BlockId(0));
        id
    }

    /// Each function's return annotation against its inferred result.
    fn check_return_hints(&mut self) {
        for i in 0..self.insts.len() {
            let inst = &self.insts[i];
            let g = &self.prog.funcs[inst.def.0 as usize];
            let Some(ann) = &g.returns else { continue };
            let hint = hints::parse_hint(ann);
            let ret = inst.ret.clone();
            if !hints::fits(&self.lists, &hint, &ret) {
                let want = hints::hint_text(&hint);
                let got = self.lists.display(&ret);
                let span = inst.ret_origin;
                let name = g.name.clone();
                let mut notes = Vec::new();
                if ret == Type::None {
                    notes.push("falling off the end of a function returns None".to_string());
                }
                if self.reported.insert((span, format!("ret-hint {name}"))) {
                    self.diags.push(Diagnostic {
                        code: "annotation",
                        message: format!(
                            "`{name}` is annotated to return {want} but returns {got}"
                        ),
                        primary: span,
                        label: format!("returns {got}"),
                        secondary: vec![(ann.span, format!("annotated {want} here"))],
                        notes,
                    });
                }
            }
        }
    }

    /// The specialisation key of argument types.
    pub(crate) fn key_text(&self, key: &[Type]) -> String {
        key.iter()
            .map(|t| self.lists.display(t))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn has_instance(&self, def: FuncDefId, key: &[Type]) -> bool {
        self.inst_index.contains_key(&(def, self.key_text(key)))
    }

    pub(crate) fn count_instances(&self, def: FuncDefId) -> usize {
        self.insts.iter().filter(|i| i.def == def).count()
    }

    fn reach(&mut self, inst: InstId, b: BlockId) {
        self.insts[inst.0 as usize].reached[b.index()] = true;
        self.enqueue(inst, b);
    }

    fn enqueue(&mut self, inst: InstId, b: BlockId) {
        if self.insts[inst.0 as usize].reached[b.index()] && self.queued.insert((inst, b)) {
            self.queue.push_back((inst, b));
        }
    }

    fn run(&mut self) {
        while let Some((inst, b)) = self.queue.pop_front() {
            self.queued.remove(&(inst, b));
            self.cur = (inst, b);
            self.flow_block(inst, b);
            if self.diags.len() > 200 {
                break;
            }
        }
    }

    // ---- variables ----

    pub(crate) fn ty(&self, v: Var) -> Type {
        let t = &self.insts[self.cur.0 .0 as usize].types[v.index()];
        self.lists.canon(t)
    }

    pub(crate) fn origin(&self, v: Var) -> Span {
        self.insts[self.cur.0 .0 as usize].origin[v.index()]
    }

    /// Generalise the type of `v` with `t`; on a change, re-flow its readers.
    pub(crate) fn set(&mut self, v: Var, t: Type, origin: Span) {
        let inst = self.cur.0;
        let old = self.insts[inst.0 as usize].types[v.index()].clone();
        match types::union(&mut self.lists, &old, &t) {
            Ok(u) => {
                self.lists_changed(&u.changed_lists);
                if self.lists.canon(&u.ty) != self.lists.canon(&old) {
                    if old == Type::Bottom {
                        self.insts[inst.0 as usize].origin[v.index()] = origin;
                    }
                    self.insts[inst.0 as usize].types[v.index()] = u.ty;
                    self.var_changed(inst, v);
                    self.check_name(inst, v);
                }
            }
            Err(c) => {
                let g = self.graph(inst);
                let name = g.vars[v.index()].name.clone();
                let old_origin = self.insts[inst.0 as usize].origin[v.index()];
                self.conflict(name.as_deref(), &c, origin, old_origin);
            }
        }
    }

    /// A variable has one type for the whole function: every SSA value
    /// bound to a name must agree with the others (straight-line rebinding
    /// included, not only joins).
    fn check_name(&mut self, inst: InstId, v: Var) {
        let g = self.graph(inst);
        let Some(name) = g.vars[v.index()].name.as_deref() else {
            return;
        };
        if name.starts_with('$') {
            return;
        }
        let t = self.insts[inst.0 as usize].types[v.index()].clone();
        let origin = self.insts[inst.0 as usize].origin[v.index()];
        let key = (inst, name.to_string());
        match self.name_types.get(&key).cloned() {
            None => {
                self.name_types.insert(key, (t, origin));
            }
            Some((old, old_origin)) => match types::union(&mut self.lists, &old, &t) {
                Ok(u) => {
                    self.lists_changed(&u.changed_lists);
                    self.name_types.insert(key, (u.ty, old_origin));
                }
                Err(c) => self.conflict(Some(name), &c, origin, old_origin),
            },
        }
    }

    fn var_changed(&mut self, inst: InstId, v: Var) {
        let def = self.insts[inst.0 as usize].def;
        let readers = self.var_readers[def.0 as usize][v.index()].clone();
        for b in readers {
            if (inst, b) != self.cur {
                self.enqueue(inst, b);
            }
        }
    }

    pub(crate) fn lists_changed(&mut self, changed: &[ListId]) {
        for &l in changed {
            let root = self.lists.find(l);
            let mut readers: Vec<(InstId, BlockId)> = Vec::new();
            for key in [l, root] {
                if let Some(r) = self.list_readers.get(&key) {
                    readers.extend(r.iter().copied());
                }
            }
            for (i, b) in readers {
                self.enqueue(i, b);
            }
        }
    }

    /// The current block reads the item type of `l`.
    pub(crate) fn read_list(&mut self, l: ListId) -> Type {
        let root = self.lists.find(l);
        self.list_readers.entry(root).or_default().insert(self.cur);
        self.list_readers.entry(l).or_default().insert(self.cur);
        self.lists.item(root).clone()
    }

    /// Generalise the items of `l` with `t`.
    pub(crate) fn write_list(&mut self, l: ListId, t: &Type, span: Span) {
        self.read_list(l);
        match types::add_item(&mut self.lists, l, t) {
            Ok(changed) => self.lists_changed(&changed),
            Err(c) => {
                let origin = self.lists.origin[self.lists.find(l).0 as usize];
                self.error_with(
                    "type-conflict",
                    span,
                    format!(
                        "list items must all have one type: {} and {}",
                        c.left, c.right
                    ),
                    format!("{} added here", c.right),
                    vec![(origin, format!("list of {} made here", c.left))],
                );
            }
        }
    }

    /// Unite two types that must agree (list items, operands), reporting a
    /// conflict at `span`.
    pub(crate) fn unite(&mut self, a: &Type, b: &Type, span: Span, what: &str) -> Type {
        match types::union(&mut self.lists, a, b) {
            Ok(u) => {
                self.lists_changed(&u.changed_lists);
                u.ty
            }
            Err(c) => {
                self.error(
                    span,
                    format!("{what} have different types: {} and {}", c.left, c.right),
                    "here",
                );
                a.clone()
            }
        }
    }

    // ---- diagnostics ----

    fn conflict(
        &mut self,
        name: Option<&str>,
        c: &types::Conflict,
        new_origin: Span,
        old_origin: Span,
    ) {
        let what = match name {
            Some(n) if !n.starts_with('$') => format!("`{}`", n.split('$').next().unwrap_or(n)),
            _ => "this value".into(),
        };
        let message = format!(
            "{what} is {} here but {} elsewhere; a variable has one type in RPy",
            c.right, c.left
        );
        let mut secondary = Vec::new();
        if old_origin != new_origin && old_origin.end > 0 {
            secondary.push((old_origin, format!("{} here", c.left)));
        }
        self.error_with(
            "type-conflict",
            new_origin,
            message,
            format!("{} here", c.right),
            secondary,
        );
    }

    pub(crate) fn error(&mut self, span: Span, message: String, label: &str) {
        self.error_with("type-error", span, message, label.to_string(), vec![]);
    }

    pub(crate) fn error_with(
        &mut self,
        code: &'static str,
        span: Span,
        message: String,
        label: String,
        secondary: Vec<(Span, String)>,
    ) {
        if self.reported.insert((span, message.clone())) {
            self.diags.push(Diagnostic {
                code,
                message,
                primary: span,
                label,
                secondary,
                notes: vec![],
            });
        }
    }

    // ---- blocks ----

    fn flow_block(&mut self, inst: InstId, b: BlockId) {
        let g = self.graph(inst);
        let block = &g.blocks[b.index()];
        for (i, op) in block.ops.iter().enumerate() {
            if let (OpKind::Undef, Some(r)) = (&op.kind, op.result) {
                self.insts[inst.0 as usize].maybe_unbound[r.index()] = true;
                continue;
            }
            self.check_bound(inst, &rules::op_uses(&op.kind), op.span);
            // An op whose operands are not typed yet waits for them.
            if rules::op_uses(&op.kind)
                .iter()
                .any(|&v| self.ty(v) == Type::Bottom)
            {
                continue;
            }
            let t = self.op_type(inst, b, i as u32, op);
            if let (Some(r), Some(t)) = (op.result, t) {
                self.set(r, t, op.span);
            }
        }
        let term_reads: Vec<(Var, Span)> = match &block.term {
            Term::Branch { cond, .. } => vec![(*cond, g.vars[cond.index()].span)],
            Term::Return(v) => vec![(*v, g.vars[v.index()].span)],
            Term::Raise { exc, span, .. } => vec![(*exc, *span)],
            Term::IterNext { seq, span, .. } => vec![(*seq, *span)],
            _ => vec![],
        };
        for (v, span) in term_reads {
            self.check_bound(inst, &[v], span);
        }
        match &block.term {
            Term::Jump(t) => self.follow(t, &[]),
            Term::Branch { cond, then, else_ } => {
                match self.consts[g_index(self, inst)].get(cond) {
                    Some(ConstVal::Bool(true)) => self.follow(then, &[]),
                    Some(ConstVal::Bool(false)) => self.follow(else_, &[]),
                    _ => {
                        self.follow(then, &[]);
                        self.follow(else_, &[]);
                    }
                }
            }
            Term::Return(v) => {
                let t = self.ty(*v);
                if t != Type::Bottom {
                    let span = self.origin(*v);
                    self.add_return(inst, t, span);
                }
            }
            Term::Raise {
                exc, span, handler, ..
            } => {
                if self.ty(*exc) != Type::Exc && self.ty(*exc) != Type::Bottom {
                    let t = self.lists.display(&self.ty(*exc));
                    self.error(
                        *span,
                        format!("exceptions must be instances of exception classes, not {t}"),
                        "raised here",
                    );
                }
                if let Some(h) = handler {
                    self.follow(h, &[]);
                }
            }
            Term::Guarded { normal, handler } => {
                self.follow(normal, &[]);
                self.follow(handler, &[]);
            }
            Term::IterNext {
                seq,
                state,
                body,
                exit,
                span,
            } => {
                let seq_t = self.ty(*seq);
                if seq_t == Type::Bottom || self.ty(*state) == Type::Bottom {
                    return;
                }
                if let Some(item) = self.iter_item(&seq_t, *span) {
                    let seq_origin = self.origin(*seq);
                    self.follow(body, &[(item, seq_origin), (Type::Int, *span)]);
                    self.follow(exit, &[]);
                }
            }
            Term::Unreachable => {}
        }
    }

    /// Pass the arguments of a jump into the target's parameters; `extra`
    /// gives the types of leading parameters not passed as arguments.
    fn follow(&mut self, t: &Target, extra: &[(Type, Span)]) {
        let (inst, _) = self.cur;
        let g = self.graph(inst);
        let params = &g.blocks[t.block.index()].params;
        let mut changed = !self.insts[inst.0 as usize].reached[t.block.index()];
        self.insts[inst.0 as usize].reached[t.block.index()] = true;
        for (p, (ty, span)) in params.iter().zip(extra) {
            changed |= self.set_param(*p, ty.clone(), *span);
        }
        for (p, a) in params[extra.len()..].iter().zip(&t.args) {
            let unbound = &mut self.insts[inst.0 as usize].maybe_unbound;
            if unbound[a.index()] && !unbound[p.index()] {
                unbound[p.index()] = true;
                changed = true;
            }
            let ty = self.ty(*a);
            if ty == Type::Bottom {
                continue;
            }
            let origin = self.origin(*a);
            changed |= self.set_param(*p, ty, origin);
        }
        if changed {
            self.enqueue(inst, t.block);
        }
    }

    /// Reading a local that may be unassigned is an error.
    fn check_bound(&mut self, inst: InstId, uses: &[Var], span: Span) {
        for &u in uses {
            if !self.insts[inst.0 as usize].maybe_unbound[u.index()] {
                continue;
            }
            let g = self.graph(inst);
            let name = g.vars[u.index()].name.clone().unwrap_or_default();
            let name = name.split('$').next().unwrap_or("").to_string();
            if name.is_empty() {
                continue;
            }
            if self.reported.insert((span, format!("unbound {name}"))) {
                self.diags.push(Diagnostic {
                    code: "unbound",
                    message: format!("`{name}` may be used before it is assigned"),
                    primary: span,
                    label: format!("`{name}` is not assigned on every path to here"),
                    secondary: vec![],
                    notes: vec![
                        "CPython would raise UnboundLocalError here; assign it on every path first"
                            .into(),
                    ],
                });
            }
        }
    }

    fn set_param(&mut self, p: Var, t: Type, origin: Span) -> bool {
        let before = self.ty(p);
        self.set(p, t, origin);
        self.ty(p) != before
    }

    fn add_return(&mut self, inst: InstId, t: Type, span: Span) {
        let old = self.insts[inst.0 as usize].ret.clone();
        match types::union(&mut self.lists, &old, &t) {
            Ok(u) => {
                self.lists_changed(&u.changed_lists);
                if self.lists.canon(&u.ty) != self.lists.canon(&old) {
                    if old == Type::Bottom {
                        self.insts[inst.0 as usize].ret_origin = span;
                    }
                    self.insts[inst.0 as usize].ret = u.ty;
                    let deps: Vec<_> = self.insts[inst.0 as usize]
                        .dependents
                        .iter()
                        .copied()
                        .collect();
                    for (i, b) in deps {
                        self.enqueue(i, b);
                    }
                }
            }
            Err(c) => {
                let g = self.graph(inst);
                let name = g.name.clone();
                let old_origin = self.insts[inst.0 as usize].ret_origin;
                let mut secondary = vec![(old_origin, format!("returns {} here", c.left))];
                if old_origin.end == 0 {
                    secondary.clear();
                }
                let notes = if c.left == "None" || c.right == "None" {
                    vec!["a function that returns a value must return one on every path (falling off the end returns None)".to_string()]
                } else {
                    vec![]
                };
                if self.reported.insert((span, format!("ret {name}"))) {
                    self.diags.push(Diagnostic {
                        code: "type-conflict",
                        message: format!("`{name}` returns {} here but {} elsewhere; a function returns one type in RPy", c.right, c.left),
                        primary: span,
                        label: format!("returns {} here", c.right),
                        secondary,
                        notes,
                    });
                }
            }
        }
    }

    /// The return type of a callee instance, registering the current block
    /// to be re-flowed when it grows.
    pub(crate) fn callee_ret(&mut self, callee: InstId) -> Type {
        let cur = self.cur;
        self.insts[callee.0 as usize].dependents.insert(cur);
        self.insts[callee.0 as usize].ret.clone()
    }

    /// Unite the argument types of a call into the callee's parameters.
    pub(crate) fn pass_args(&mut self, callee: InstId, args: &[(Type, Span)]) {
        let cur = self.cur;
        let g = self.graph(callee);
        let params = g.blocks[0].params.clone();
        self.cur = (callee, BlockId(0));
        let mut changed = false;
        for (p, (t, span)) in params.iter().zip(args) {
            changed |= self.set_param(*p, t.clone(), *span);
        }
        self.cur = cur;
        if changed {
            self.enqueue(callee, BlockId(0));
        }
    }
}

fn g_index(a: &Annotator, inst: InstId) -> usize {
    a.insts[inst.0 as usize].def.0 as usize
}

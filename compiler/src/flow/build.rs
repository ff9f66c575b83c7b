//! AST to flow graphs.
//!
//! The module is scanned first (functions, imports, constants, start-up
//! code); then each function body becomes a graph. Locals live in an
//! environment (`env`): every join block takes one parameter per local known
//! when it was made, and every jump passes the current values, so the graph
//! is in SSA form without a separate renaming pass. `try`/`finally` bodies
//! are inlined at each exit, as CPython does.
//!
//! Everything outside the supported slice gets a diagnostic naming the
//! construct and its line; the builder then goes on with the next statement
//! so one run reports as much as it can.

use std::collections::HashMap;

use super::{
    Block, BlockId, Builtin, Callee, ConstVal, FuncDefId, Global, Graph, Op, OpKind, Param,
    Program, Target, Term, Var,
};
use crate::diagnostics::Diagnostic;
use crate::lir::layout::ExcKind;
use crate::syntax::ast::{
    self, CmpOp, Constant, Expr, ExprKind, Operator, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::span::Span;

fn unsupported(span: Span, what: &str) -> Diagnostic {
    Diagnostic {
        code: "unsupported",
        message: format!("{what} not supported in RPy"),
        primary: span,
        label: "not supported".into(),
        secondary: vec![],
        notes: vec![],
    }
}

fn error(code: &'static str, span: Span, message: String, label: &str) -> Diagnostic {
    Diagnostic {
        code,
        message,
        primary: span,
        label: label.into(),
        secondary: vec![],
        notes: vec![],
    }
}

/// Names visible at module level.
#[derive(Clone, Debug)]
enum ModuleName {
    Func(FuncDefId),
    Const(ConstVal),
    /// An imported module (`math`, `sys`, `typing`).
    Module(&'static str),
    /// A function imported from a module (`from math import sqrt`).
    Imported(&'static str, String),
}

struct ModuleScope<'a> {
    names: HashMap<String, ModuleName>,
    /// Lambdas met while building, with their function ids and the locals
    /// of the function that contains them (which they may not use yet).
    lambdas: std::cell::RefCell<Vec<(&'a Expr, FuncDefId, Vec<String>)>>,
    /// The id the next lambda gets.
    next_func: std::cell::Cell<u32>,
}

const MATH_FUNCS: &[&str] = &[
    "sqrt", "floor", "ceil", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log",
    "log2", "log10", "isnan", "isinf", "isfinite", "fabs", "hypot", "pow", "trunc",
];
const MATH_CONSTS: &[&str] = &["pi", "e", "inf", "nan", "tau"];

fn static_name(list: &[&'static str], name: &str) -> Option<&'static str> {
    list.iter().copied().find(|n| *n == name)
}

/// Build the flow graphs of a whole module.
pub fn build_program(module: &ast::Module) -> Result<Program, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut scope = ModuleScope {
        lambdas: Default::default(),
        next_func: Default::default(),
        names: HashMap::new(),
    };
    let mut defs: Vec<&ast::FunctionDef> = Vec::new();
    let mut def_spans: Vec<Span> = Vec::new();
    let mut init_body: Vec<&Stmt> = Vec::new();
    let mut globals = Vec::new();

    for stmt in &module.body {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                if !def.decorator_list.is_empty() {
                    diags.push(unsupported(def.decorator_list[0].span, "decorators are"));
                }
                let id = FuncDefId(defs.len() as u32);
                defs.push(def);
                def_spans.push(stmt.span);
                if scope
                    .names
                    .insert(def.name.to_string(), ModuleName::Func(id))
                    .is_some()
                {
                    diags.push(error(
                        "redefinition",
                        stmt.span,
                        format!("`{}` is defined twice at module level", def.name),
                        "second definition",
                    ));
                }
            }
            StmtKind::Import { names } => {
                for alias in names {
                    match &*alias.name {
                        "math" | "sys" | "typing" => {
                            let m: &'static str = match &*alias.name {
                                "math" => "math",
                                "sys" => "sys",
                                _ => "typing",
                            };
                            let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                            scope.names.insert(bound.to_string(), ModuleName::Module(m));
                        }
                        other => diags.push(error(
                            "unsupported",
                            alias.span,
                            format!("module `{other}` is not available in RPy"),
                            "unsupported import",
                        )),
                    }
                }
            }
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if &**m == "math" || &**m == "typing" || &**m == "__future__" => {
                for alias in names {
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name).to_string();
                    if &**m == "math" {
                        if static_name(MATH_FUNCS, &alias.name).is_some() {
                            scope.names.insert(
                                bound,
                                ModuleName::Imported("math", alias.name.to_string()),
                            );
                        } else if let Some(c) = static_name(MATH_CONSTS, &alias.name) {
                            scope
                                .names
                                .insert(bound, ModuleName::Const(ConstVal::Float(math_const(c))));
                        } else {
                            diags.push(error(
                                "unsupported",
                                alias.span,
                                format!("`math.{}` is not available in RPy", alias.name),
                                "unsupported import",
                            ));
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, .. } => diags.push(error(
                "unsupported",
                stmt.span,
                format!(
                    "module `{}` is not available in RPy",
                    module.as_deref().unwrap_or(".")
                ),
                "unsupported import",
            )),
            StmtKind::Assign { targets, value }
                if targets.len() == 1 && matches!(targets[0].kind, ExprKind::Name { .. }) =>
            {
                let ExprKind::Name { id, .. } = &targets[0].kind else {
                    unreachable!()
                };
                match fold_const(value, &scope) {
                    Some(c) => {
                        scope.names.insert(id.to_string(), ModuleName::Const(c.clone()));
                        globals.push(Global { name: id.to_string(), value: c, span: stmt.span });
                    }
                    None => diags.push(error(
                        "unsupported",
                        value.span,
                        format!("module-level `{id}` must be a constant (numbers, strings, tuples of them) for now"),
                        "not a constant",
                    )),
                }
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                simple: true,
                ..
            } => {
                let ExprKind::Name { id, .. } = &target.kind else {
                    unreachable!()
                };
                match fold_const(value, &scope) {
                    Some(c) => {
                        scope.names.insert(id.to_string(), ModuleName::Const(c.clone()));
                        globals.push(Global { name: id.to_string(), value: c, span: stmt.span });
                    }
                    None => diags.push(error(
                        "unsupported",
                        value.span,
                        format!("module-level `{id}` must be a constant (numbers, strings, tuples of them) for now"),
                        "not a constant",
                    )),
                }
            }
            StmtKind::Expr { value }
                if matches!(
                    value.kind,
                    ExprKind::Constant {
                        value: Constant::Str(_),
                        ..
                    }
                ) => {}
            StmtKind::ClassDef(_) => diags.push(error(
                "unsupported",
                stmt.span,
                "classes are not supported yet".into(),
                "class definition",
            )),
            StmtKind::If { test, body, orelse } if is_main_guard(test) => {
                init_body.extend(body.iter());
                if !orelse.is_empty() {
                    init_body.extend(orelse.iter().take(0));
                }
            }
            _ => init_body.push(stmt),
        }
    }

    let mut funcs = Vec::new();
    // Lambdas get the ids after the functions and the start-up code.
    scope.next_func.set(defs.len() as u32 + 1);
    for (i, def) in defs.iter().enumerate() {
        let mut b = FnBuilder::new(&scope, def.name.to_string(), def_spans[i]);
        b.build_function(def);
        diags.append(&mut b.diags);
        funcs.push(b.g);
    }
    let init = FuncDefId(funcs.len() as u32);
    let mut b = FnBuilder::new(&scope, "<module>".into(), Span::new(0, 0));
    b.build_init(&init_body);
    diags.append(&mut b.diags);
    funcs.push(b.g);
    // Lambdas, in id order (building one may queue more).
    let mut k = 0;
    loop {
        let next = scope.lambdas.borrow().get(k).cloned();
        let Some((lambda, id, outer)) = next else {
            break;
        };
        debug_assert_eq!(id.0 as usize, funcs.len());
        let mut b = FnBuilder::new(&scope, "<lambda>".into(), lambda.span);
        b.outer_locals = outer;
        b.build_lambda(lambda);
        diags.append(&mut b.diags);
        funcs.push(b.g);
        k += 1;
    }

    if diags.is_empty() {
        Ok(Program {
            funcs,
            init,
            globals,
        })
    } else {
        Err(diags)
    }
}

fn math_const(name: &str) -> f64 {
    match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        _ => f64::NAN,
    }
}

/// `__name__ == "__main__"`.
fn is_main_guard(test: &Expr) -> bool {
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &test.kind
    else {
        return false;
    };
    let is_name = |e: &Expr| matches!(&e.kind, ExprKind::Name { id, .. } if &**id == "__name__");
    let is_main = |e: &Expr| matches!(&e.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s.as_str() == Some("__main__"));
    ops.len() == 1
        && ops[0] == CmpOp::Eq
        && ((is_name(left) && is_main(&comparators[0]))
            || (is_main(left) && is_name(&comparators[0])))
}

/// Fold a module-level constant expression.
fn fold_const(e: &Expr, scope: &ModuleScope<'_>) -> Option<ConstVal> {
    match &e.kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::Int(ast::Int::Small(i)) => Some(ConstVal::Int(*i)),
            Constant::Float(f) => Some(ConstVal::Float(*f)),
            Constant::Bool(b) => Some(ConstVal::Bool(*b)),
            Constant::None => Some(ConstVal::None),
            Constant::Str(s) => s.as_str().map(|s| ConstVal::Str(s.to_string())),
            _ => None,
        },
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match fold_const(operand, scope)? {
            ConstVal::Int(i) => i.checked_neg().map(ConstVal::Int),
            ConstVal::Float(f) => Some(ConstVal::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple { elts, .. } => elts
            .iter()
            .map(|e| fold_const(e, scope))
            .collect::<Option<Vec<_>>>()
            .map(ConstVal::Tuple),
        ExprKind::Name { id, .. } => match scope.names.get(&**id)? {
            ModuleName::Const(c) => Some(c.clone()),
            _ => None,
        },
        ExprKind::Attribute { value, attr, .. } => match &value.kind {
            ExprKind::Name { id, .. } => match scope.names.get(&**id)? {
                ModuleName::Module("math") => {
                    static_name(MATH_CONSTS, attr).map(|c| ConstVal::Float(math_const(c)))
                }
                _ => None,
            },
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (fold_const(left, scope)?, fold_const(right, scope)?);
            // Int and float mix as in Python; int / int is a float.
            let (l, r) = match (l, r) {
                (ConstVal::Int(a), ConstVal::Float(b)) => {
                    (ConstVal::Float(a as f64), ConstVal::Float(b))
                }
                (ConstVal::Float(a), ConstVal::Int(b)) => {
                    (ConstVal::Float(a), ConstVal::Float(b as f64))
                }
                (ConstVal::Int(a), ConstVal::Int(b)) if *op == Operator::Div => {
                    (ConstVal::Float(a as f64), ConstVal::Float(b as f64))
                }
                other => other,
            };
            match (l, r) {
                (ConstVal::Int(a), ConstVal::Int(b)) => match op {
                    Operator::Add => a.checked_add(b),
                    Operator::Sub => a.checked_sub(b),
                    Operator::Mult => a.checked_mul(b),
                    Operator::LShift if (0..63).contains(&b) => {
                        a.checked_shl(b as u32).filter(|v| v >> b == a)
                    }
                    Operator::Pow if (0..64).contains(&b) => a.checked_pow(b as u32),
                    Operator::FloorDiv if b != 0 && !(a == i64::MIN && b == -1) => {
                        Some(a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0))
                    }
                    Operator::Mod if b != 0 && !(a == i64::MIN && b == -1) => {
                        Some(((a % b) + b) % b)
                    }
                    Operator::BitAnd => Some(a & b),
                    Operator::BitOr => Some(a | b),
                    Operator::BitXor => Some(a ^ b),
                    _ => None,
                }
                .map(ConstVal::Int),
                (ConstVal::Float(a), ConstVal::Float(b)) => match op {
                    Operator::Add => Some(a + b),
                    Operator::Sub => Some(a - b),
                    Operator::Mult => Some(a * b),
                    Operator::Div if b != 0.0 => Some(a / b),
                    _ => None,
                }
                .map(ConstVal::Float),
                (ConstVal::Str(a), ConstVal::Int(k)) | (ConstVal::Int(k), ConstVal::Str(a))
                    if *op == Operator::Mult
                        && (0..=1 << 20).contains(&(k.max(0) * a.len() as i64)) =>
                {
                    Some(ConstVal::Str(a.repeat(k.max(0) as usize)))
                }
                (ConstVal::Str(a), ConstVal::Str(b)) if *op == Operator::Add => {
                    Some(ConstVal::Str(a + &b))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// What a `try` contributes to the exits that leave it.
struct TryFrame<'a> {
    /// Where an exception raised inside goes (a block taking the locals known
    /// when the frame was made).
    handler: BlockId,
    /// The `finally` body to run on every exit through this frame.
    finally: Option<&'a [Stmt]>,
}

struct LoopFrame {
    continue_to: BlockId,
    break_to: BlockId,
    /// Number of try frames open when the loop started.
    try_depth: usize,
}

struct FnBuilder<'a> {
    scope: &'a ModuleScope<'a>,
    g: Graph,
    diags: Vec<Diagnostic>,
    /// The locals, in order: block parameters follow this order.
    locals: Vec<String>,
    local_index: HashMap<String, usize>,
    /// Current value of each local.
    env: Vec<Var>,
    /// The block being filled (a fresh unreachable block after a jump out).
    cur: BlockId,
    loops: Vec<LoopFrame>,
    tries: Vec<TryFrame<'a>>,
    /// Comprehension variables renamed to hidden locals, innermost last.
    renames: Vec<(String, String)>,
    /// The exception being handled, for a bare `raise`.
    handling: Vec<Var>,
    hidden: usize,
    is_init: bool,
    /// A comprehension target whose names `emit_loop` renames once the
    /// iterable has been evaluated.
    pending_rename: Option<&'a Expr>,
    /// For a lambda: the locals of the enclosing function.
    outer_locals: Vec<String>,
}

/// How a loop iterates (see `FnBuilder::plan_iter`).
enum IterPlan {
    /// One or more sequences advanced together (`zip`), with an optional
    /// counter start (`enumerate`).
    Seqs {
        seqs: Vec<(Var, Span)>,
        counter: Option<Var>,
    },
    /// A sequence walked backwards by index.
    Reversed(Var, Span),
}

/// The blocks of a loop made by `emit_loop`.
#[derive(Clone, Copy)]
struct LoopBlocks {
    header: BlockId,
    else_b: BlockId,
    after: BlockId,
}

impl<'a> FnBuilder<'a> {
    fn new(scope: &'a ModuleScope<'a>, name: String, span: Span) -> FnBuilder<'a> {
        let g = Graph {
            name,
            span,
            params: vec![],
            returns: None,
            blocks: vec![],
            vars: vec![],
        };
        FnBuilder {
            scope,
            g,
            diags: vec![],
            locals: vec![],
            local_index: HashMap::new(),
            env: vec![],
            cur: BlockId(0),
            loops: vec![],
            tries: vec![],
            renames: vec![],
            handling: vec![],
            hidden: 0,
            is_init: false,
            pending_rename: None,
            outer_locals: Vec::new(),
        }
    }

    // ---- blocks and the environment ----

    fn emit(&mut self, kind: OpKind, span: Span) -> Var {
        let v = self.g.new_var(None, span);
        self.g.blocks[self.cur.index()].ops.push(Op {
            result: Some(v),
            kind,
            span,
        });
        v
    }

    fn emit_void(&mut self, kind: OpKind, span: Span) {
        self.g.blocks[self.cur.index()].ops.push(Op {
            result: None,
            kind,
            span,
        });
    }

    fn terminate(&mut self, term: Term) {
        let b = self.cur;
        self.g.blocks[b.index()].term = term;
        // Code after a jump out is unreachable: it goes to a fresh block.
        self.cur = self.g.new_block();
        self.fill_undef_from(0);
    }

    /// Make a join block taking `extra` leading values plus every local.
    fn join_block(&mut self, extra: usize) -> (BlockId, Vec<Var>) {
        let b = self.g.new_block();
        let mut extras = Vec::new();
        for _ in 0..extra {
            let v = self.g.new_var(None, Span::new(0, 0));
            extras.push(v);
        }
        let mut params = extras.clone();
        for name in self.locals.clone() {
            params.push(self.g.new_var(Some(name), Span::new(0, 0)));
        }
        self.g.blocks[b.index()].params = params;
        (b, extras)
    }

    /// The arguments for a jump to `b`: `extra` then the current locals.
    fn target(&self, b: BlockId, extra: &[Var]) -> Target {
        let n = self.g.blocks[b.index()].params.len() - extra.len();
        let mut args = extra.to_vec();
        args.extend_from_slice(&self.env[..n]);
        Target { block: b, args }
    }

    /// The arguments for a jump to `b` that passes its first `skip`
    /// parameters some other way (`IterNext` passes the item and the state).
    fn target_skip(&self, b: BlockId, skip: usize) -> Target {
        let n = self.g.blocks[b.index()].params.len() - skip;
        Target {
            block: b,
            args: self.env[..n].to_vec(),
        }
    }

    /// Continue filling `b`: the locals take its parameters.
    fn enter(&mut self, b: BlockId, extra: usize) {
        self.cur = b;
        let params = self.g.blocks[b.index()].params.clone();
        let n = params.len() - extra;
        for (i, &p) in params[extra..].iter().enumerate() {
            self.env[i] = p;
        }
        self.fill_undef_from(n);
    }

    fn fill_undef_from(&mut self, n: usize) {
        for i in n..self.env.len() {
            let v = self.emit(OpKind::Undef, Span::new(0, 0));
            self.env[i] = v;
        }
    }

    fn jump(&mut self, b: BlockId, extra: &[Var]) {
        let t = self.target(b, extra);
        self.terminate(Term::Jump(t));
    }

    fn add_local(&mut self, name: &str) -> usize {
        if let Some(&i) = self.local_index.get(name) {
            return i;
        }
        let i = self.locals.len();
        self.locals.push(name.to_string());
        self.local_index.insert(name.to_string(), i);
        let v = self.emit(OpKind::Undef, Span::new(0, 0));
        self.env.push(v);
        i
    }

    fn hidden_local(&mut self, what: &str) -> usize {
        self.hidden += 1;
        let name = format!("${what}{}", self.hidden);
        self.add_local(&name)
    }

    /// Emit an operation that may raise: inside a `try` it ends the block
    /// with an edge to the handler.
    fn emit_raising(&mut self, kind: OpKind, span: Span) -> Var {
        let v = self.emit(kind, span);
        self.guard();
        v
    }

    fn emit_raising_void(&mut self, kind: OpKind, span: Span) {
        self.emit_void(kind, span);
        self.guard();
    }

    fn guard(&mut self) {
        let Some(frame) = self.tries.last() else {
            return;
        };
        let handler = frame.handler;
        let (next, _) = self.join_block(0);
        let normal = self.target(next, &[]);
        let handler_t = self.target(handler, &[]);
        let b = self.cur;
        self.g.blocks[b.index()].term = Term::Guarded {
            normal,
            handler: handler_t,
        };
        self.enter(next, 0);
    }

    // ---- functions ----

    fn build_function(&mut self, def: &'a ast::FunctionDef) {
        self.build_params(&def.args);
        if let Some(r) = &def.returns {
            self.check_optional_scalar(r);
        }
        self.g.returns = def.returns.as_deref().cloned();
        self.collect_locals(&def.body);
        self.block(&def.body);
        let none = self.emit(OpKind::Const(ConstVal::None), self.g.span);
        self.terminate(Term::Return(none));
    }

    /// A lambda: a function whose body returns one expression.
    fn build_lambda(&mut self, lambda: &'a Expr) {
        let ExprKind::Lambda { args, body } = &lambda.kind else {
            return;
        };
        self.build_params(args);
        let v = self.expr(body);
        let r = self.emit(OpKind::Copy(v), body.span);
        self.terminate(Term::Return(r));
    }

    /// The entry block and the parameters of a function.
    fn build_params(&mut self, args: &'a ast::Arguments) {
        let entry = self.g.new_block();
        self.cur = entry;
        if let Some(v) = &args.vararg {
            self.diags.push(unsupported(v.span, "`*args` is"));
        }
        if let Some(v) = &args.kwarg {
            self.diags.push(unsupported(v.span, "`**kwargs` is"));
        }
        if !args.kwonlyargs.is_empty() {
            self.diags.push(unsupported(
                args.kwonlyargs[0].span,
                "keyword-only parameters are",
            ));
        }
        let positional: Vec<&ast::Arg> = args.posonlyargs.iter().chain(args.args.iter()).collect();
        let first_default = positional.len() - args.defaults.len();
        let mut params = Vec::new();
        for (i, a) in positional.iter().enumerate() {
            let default = if i >= first_default {
                let d = &args.defaults[i - first_default];
                match fold_const(d, self.scope) {
                    Some(c) => Some(c),
                    None => {
                        self.diags.push(error(
                            "unsupported",
                            d.span,
                            "default values must be constants (numbers, strings, None, tuples of them)".into(),
                            "not a constant",
                        ));
                        None
                    }
                }
            } else {
                None
            };
            if let Some(ann) = &a.annotation {
                self.check_optional_scalar(ann);
            }
            params.push(Param {
                name: a.arg.to_string(),
                span: a.span,
                default,
                annotation: a.annotation.as_deref().cloned(),
            });
            let v = self.g.new_var(Some(a.arg.to_string()), a.span);
            self.g.blocks[entry.index()].params.push(v);
            let i = self.locals.len();
            self.locals.push(a.arg.to_string());
            self.local_index.insert(a.arg.to_string(), i);
            self.env.push(v);
        }
        self.g.params = params;
    }

    fn build_init(&mut self, body: &[&'a Stmt]) {
        self.is_init = true;
        let entry = self.g.new_block();
        self.cur = entry;
        for s in body {
            self.stmt(s);
        }
        let zero = self.emit(OpKind::Const(ConstVal::None), Span::new(0, 0));
        self.terminate(Term::Return(zero));
    }

    /// `int | None`, `Optional[float]`...: a number or a bool cannot be None
    /// in RPy (it has no room for it), so the annotation is refused.
    fn check_optional_scalar(&mut self, ann: &Expr) {
        let scalar = |e: &Expr| matches!(&e.kind, ExprKind::Name { id, .. } if matches!(&**id, "int" | "float" | "bool"));
        let none = |e: &Expr| {
            matches!(
                &e.kind,
                ExprKind::Constant {
                    value: Constant::None,
                    ..
                }
            ) || matches!(&e.kind, ExprKind::Name { id, .. } if &**id == "None")
        };
        let bad = match &ann.kind {
            ExprKind::BinOp {
                left,
                op: Operator::BitOr,
                right,
            } => (scalar(left) && none(right)) || (none(left) && scalar(right)),
            ExprKind::Subscript { value, slice, .. } => {
                matches!(&value.kind, ExprKind::Name { id, .. } if &**id == "Optional")
                    && scalar(slice)
            }
            _ => false,
        };
        if bad {
            self.diags.push(error(
                "unsupported",
                ann.span,
                "an int, float or bool cannot also be None in RPy (`int | None` is not supported)"
                    .into(),
                "not supported",
            ));
        }
    }

    /// Every name a function body binds becomes a local up front.
    fn collect_locals(&mut self, body: &'a [Stmt]) {
        for s in body {
            match &s.kind {
                StmtKind::Assign { targets, .. } => {
                    for t in targets {
                        self.collect_target(t);
                    }
                }
                StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                    self.collect_target(target)
                }
                StmtKind::For(f) => {
                    self.collect_target(&f.target);
                    self.collect_locals(&f.body);
                    self.collect_locals(&f.orelse);
                }
                StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                    self.collect_locals(body);
                    self.collect_locals(orelse);
                }
                StmtKind::Try(t) => {
                    self.collect_locals(&t.body);
                    for h in &t.handlers {
                        if let Some(n) = &h.name {
                            self.add_local(n);
                        }
                        self.collect_locals(&h.body);
                    }
                    self.collect_locals(&t.orelse);
                    self.collect_locals(&t.finalbody);
                }
                _ => {}
            }
        }
    }

    fn collect_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.add_local(id);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.collect_target(e);
                }
            }
            _ => {}
        }
    }

    // ---- statements ----

    fn block(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        let span = s.span;
        match &s.kind {
            StmtKind::Expr { value } => {
                self.expr(value);
            }
            StmtKind::Pass => {}
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value);
                for t in targets {
                    self.assign(t, v);
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    let v = self.expr(value);
                    self.assign(target, v);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, span),
            StmtKind::If { test, body, orelse } => {
                let cond = self.condition(test);
                let (then_b, _) = self.join_block(0);
                let (else_b, _) = self.join_block(0);
                let (after, _) = self.join_block(0);
                let t = self.target(then_b, &[]);
                let e = self.target(else_b, &[]);
                self.terminate(Term::Branch {
                    cond,
                    then: t,
                    else_: e,
                });
                self.enter(then_b, 0);
                self.block(body);
                self.jump(after, &[]);
                self.enter(else_b, 0);
                self.block(orelse);
                self.jump(after, &[]);
                self.enter(after, 0);
            }
            StmtKind::While { test, body, orelse } => {
                let (header, _) = self.join_block(0);
                let (body_b, _) = self.join_block(0);
                let (else_b, _) = self.join_block(0);
                let (after, _) = self.join_block(0);
                self.jump(header, &[]);
                self.enter(header, 0);
                let cond = self.condition(test);
                let t = self.target(body_b, &[]);
                let e = self.target(else_b, &[]);
                self.terminate(Term::Branch {
                    cond,
                    then: t,
                    else_: e,
                });
                self.enter(body_b, 0);
                self.loops.push(LoopFrame {
                    continue_to: header,
                    break_to: after,
                    try_depth: self.tries.len(),
                });
                self.block(body);
                self.loops.pop();
                self.jump(header, &[]);
                self.enter(else_b, 0);
                self.block(orelse);
                self.jump(after, &[]);
                self.enter(after, 0);
            }
            StmtKind::For(f) => self.for_loop(f, span),
            StmtKind::Break | StmtKind::Continue => {
                let Some(frame) = self.loops.last() else {
                    self.diags.push(error(
                        "syntax",
                        span,
                        "`break`/`continue` outside a loop".into(),
                        "here",
                    ));
                    return;
                };
                let (to, depth) = match s.kind {
                    StmtKind::Break => (frame.break_to, frame.try_depth),
                    _ => (frame.continue_to, frame.try_depth),
                };
                self.run_finallies(depth);
                self.jump(to, &[]);
            }
            StmtKind::Return { value } => {
                if self.is_init {
                    self.diags.push(error(
                        "syntax",
                        span,
                        "'return' outside function".into(),
                        "here",
                    ));
                    return;
                }
                // The returned value is read here (a copy located at the
                // expression, so diagnostics about it point at the line).
                let v = match value {
                    Some(v) => {
                        let x = self.expr(v);
                        self.emit(OpKind::Copy(x), v.span)
                    }
                    None => self.emit(OpKind::Const(ConstVal::None), span),
                };
                self.run_finallies(0);
                self.terminate(Term::Return(v));
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(c) = cause {
                    self.diags.push(unsupported(c.span, "`raise ... from` is"));
                }
                match exc {
                    None => match self.handling.last() {
                        Some(&e) => self.raise(e, span, true),
                        None => self.diags.push(error(
                            "unsupported",
                            span,
                            "a bare `raise` is only supported inside an `except` block".into(),
                            "here",
                        )),
                    },
                    Some(e) => {
                        let v = self.exception_value(e);
                        self.raise(v, span, false);
                    }
                }
            }
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::Assert { test, msg } => {
                let cond = self.condition(test);
                let (ok, _) = self.join_block(0);
                let (fail, _) = self.join_block(0);
                let t = self.target(ok, &[]);
                let e = self.target(fail, &[]);
                self.terminate(Term::Branch {
                    cond,
                    then: t,
                    else_: e,
                });
                self.enter(fail, 0);
                let m = msg.as_ref().map(|m| self.expr(m));
                let exc = self.emit(OpKind::NewExc(ExcKind::AssertionError, m), span);
                self.raise(exc, span, false);
                self.enter(ok, 0);
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    match &t.kind {
                        ExprKind::Subscript { value, slice, .. } => {
                            let obj = self.expr(value);
                            if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                                let (lo, hi, st) = self.slice_parts(lower, upper, step);
                                self.emit_raising_void(OpKind::DelSlice(obj, lo, hi, st), t.span);
                            } else {
                                let i = self.expr(slice);
                                self.emit_raising_void(OpKind::DelItem(obj, i), t.span);
                            }
                        }
                        _ => self
                            .diags
                            .push(unsupported(t.span, "`del` of a name or attribute is")),
                    }
                }
            }
            StmtKind::FunctionDef(_) => self.diags.push(unsupported(span, "nested functions are")),
            StmtKind::ClassDef(_) => self.diags.push(error(
                "unsupported",
                span,
                "classes are not supported yet".into(),
                "class definition",
            )),
            StmtKind::Global { .. } => self.diags.push(unsupported(span, "`global` is")),
            StmtKind::Nonlocal { .. } => self.diags.push(unsupported(span, "`nonlocal` is")),
            StmtKind::With(_) => self.diags.push(unsupported(span, "`with` is")),
            StmtKind::AsyncWith(_) | StmtKind::AsyncFor(_) | StmtKind::AsyncFunctionDef(_) => {
                self.diags.push(unsupported(span, "`async` is"))
            }
            StmtKind::Match { .. } => self.diags.push(unsupported(span, "`match` is")),
            StmtKind::TryStar(_) => self.diags.push(unsupported(span, "`try`/`except*` is")),
            StmtKind::Import { .. } | StmtKind::ImportFrom { .. } => self
                .diags
                .push(unsupported(span, "`import` inside a function is")),
        }
    }

    /// Inline the `finally` bodies of the try frames above `depth`, innermost
    /// first (for `return`, `break` and `continue`).
    fn run_finallies(&mut self, depth: usize) {
        let mut i = self.tries.len();
        while i > depth {
            i -= 1;
            if let Some(body) = self.tries[i].finally {
                let saved: Vec<TryFrame<'a>> = self.tries.drain(i..).collect();
                self.block(body);
                self.tries.extend(saved);
            }
        }
    }

    fn raise(&mut self, exc: Var, span: Span, reraise: bool) {
        let handler = self
            .tries
            .last()
            .map(|f| f.handler)
            .map(|h| self.target(h, &[]));
        self.terminate(Term::Raise {
            exc,
            span,
            reraise,
            handler,
        });
    }

    fn try_stmt(&mut self, t: &'a ast::Try) {
        let (after, _) = self.join_block(0);
        // The frame that runs `finally` when an exception leaves the try.
        let fin_handler = if t.finalbody.is_empty() {
            None
        } else {
            let (h, _) = self.join_block(0);
            self.tries.push(TryFrame {
                handler: h,
                finally: Some(&t.finalbody),
            });
            Some(h)
        };
        let exc_handler = if t.handlers.is_empty() {
            None
        } else {
            let (h, _) = self.join_block(0);
            self.tries.push(TryFrame {
                handler: h,
                finally: None,
            });
            Some(h)
        };
        self.block(&t.body);
        if exc_handler.is_some() {
            self.tries.pop();
        }
        self.block(&t.orelse);
        self.leave_try(fin_handler.is_some(), &t.finalbody, after);

        if let Some(h) = exc_handler {
            self.enter(h, 0);
            let exc = self.emit(OpKind::ExcFetch, t.handlers[0].span);
            for handler in &t.handlers {
                let kinds = match &handler.type_ {
                    None => vec![ExcKind::BaseException],
                    Some(ty) => self.exception_kinds(ty),
                };
                let (body_b, _) = self.join_block(0);
                let (next_b, _) = self.join_block(0);
                // Test each class of the clause in turn.
                for (i, kind) in kinds.iter().enumerate() {
                    let m = self.emit(OpKind::ExcMatch(exc, *kind), handler.span);
                    let then = self.target(body_b, &[]);
                    if i + 1 == kinds.len() {
                        let else_ = self.target(next_b, &[]);
                        self.terminate(Term::Branch {
                            cond: m,
                            then,
                            else_,
                        });
                    } else {
                        let (more, _) = self.join_block(0);
                        let else_ = self.target(more, &[]);
                        self.terminate(Term::Branch {
                            cond: m,
                            then,
                            else_,
                        });
                        self.enter(more, 0);
                    }
                }
                self.enter(body_b, 0);
                if let Some(name) = &handler.name {
                    let i = self.add_local(name);
                    self.env[i] = exc;
                }
                self.handling.push(exc);
                self.block(&handler.body);
                self.handling.pop();
                self.leave_try(fin_handler.is_some(), &t.finalbody, after);
                self.enter(next_b, 0);
            }
            // No clause matched: the exception goes on (through `finally`).
            self.raise(exc, t.handlers[0].span, true);
        }
        if let Some(h) = fin_handler {
            self.tries.pop();
            self.enter(h, 0);
            let exc = self.emit(OpKind::ExcFetch, Span::new(0, 0));
            self.block(&t.finalbody);
            self.raise(exc, Span::new(0, 0), true);
        }
        self.enter(after, 0);
    }

    /// The normal exit of a try body or handler: run `finally` (outside the
    /// finally frame) and continue after the statement.
    fn leave_try(&mut self, has_finally: bool, finalbody: &'a [Stmt], after: BlockId) {
        if has_finally {
            let frame = self.tries.pop();
            self.block(finalbody);
            if let Some(f) = frame {
                self.tries.push(f);
            }
        }
        self.jump(after, &[]);
    }

    fn exception_kinds(&mut self, e: &Expr) -> Vec<ExcKind> {
        match &e.kind {
            ExprKind::Name { id, .. } => match ExcKind::from_name(id) {
                Some(k) => vec![k],
                None => {
                    self.diags.push(error(
                        "unsupported",
                        e.span,
                        format!("`{id}` is not a built-in exception class (user exception classes are not supported yet)"),
                        "not an exception class",
                    ));
                    vec![]
                }
            },
            ExprKind::Tuple { elts, .. } => {
                elts.iter().flat_map(|e| self.exception_kinds(e)).collect()
            }
            _ => {
                self.diags
                    .push(unsupported(e.span, "this form of exception class is"));
                vec![]
            }
        }
    }

    /// The instance a `raise` statement raises.
    fn exception_value(&mut self, e: &'a Expr) -> Var {
        match &e.kind {
            ExprKind::Name { id, .. } if self.lookup_local(id).is_none() => {
                if let Some(k) = ExcKind::from_name(id) {
                    return self.emit(OpKind::NewExc(k, None), e.span);
                }
                self.expr(e)
            }
            _ => self.expr(e),
        }
    }

    fn for_loop(&mut self, f: &'a ast::For, _span: Span) {
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
    fn special_iterable(&self, iter: &Expr) -> Option<Builtin> {
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

    fn plan_iter(&mut self, iter: &'a Expr) -> IterPlan {
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
    fn emit_loop(
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
    fn emit_loop_plan(
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
    fn bind_items(&mut self, target: &'a Expr, items: Vec<Var>) {
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
    fn materialize(&mut self, call: &'a Expr) -> Var {
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

    fn assign(&mut self, target: &'a Expr, value: Var) {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let name = self.renamed(id);
                let i = self.add_local(&name);
                // Each binding is its own named value, located at the
                // target, so a type conflict points at the assignment.
                let bound = self.g.new_var(Some(name), target.span);
                self.g.blocks[self.cur.index()].ops.push(Op {
                    result: Some(bound),
                    kind: OpKind::Copy(value),
                    span: target.span,
                });
                self.env[i] = bound;
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.diags
                        .push(unsupported(target.span, "star-unpacking is"));
                    return;
                }
                self.emit_raising_void(OpKind::CheckLen(value, elts.len()), target.span);
                let items: Vec<Var> = (0..elts.len())
                    .map(|i| self.emit(OpKind::TupleGet(value, i), elts[i].span))
                    .collect();
                for (e, v) in elts.iter().zip(items) {
                    self.assign(e, v);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                let o = self.expr(obj);
                if matches!(slice.kind, ExprKind::Slice { .. }) {
                    self.diags
                        .push(unsupported(target.span, "assignment to a slice is"));
                    return;
                }
                let i = self.expr(slice);
                self.emit_raising_void(OpKind::SetItem(o, i, value), target.span);
            }
            ExprKind::Attribute { .. } => self.diags.push(error(
                "unsupported",
                target.span,
                "attributes are not supported yet (classes come later)".into(),
                "attribute assignment",
            )),
            _ => self
                .diags
                .push(unsupported(target.span, "this assignment target is")),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr, span: Span) {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let Some(old) = self.lookup_local(id) else {
                    self.diags.push(error(
                        "name",
                        target.span,
                        format!("local `{id}` is used before assignment"),
                        "here",
                    ));
                    return;
                };
                let rhs = self.expr(value);
                let v = self.aug_op(op, old, rhs, span);
                let i = self.local_index[&self.renamed(id)];
                self.env[i] = v;
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if !matches!(slice.kind, ExprKind::Slice { .. }) => {
                let o = self.expr(obj);
                let i = self.expr(slice);
                let old = self.emit_raising(OpKind::GetItem(o, i), target.span);
                let rhs = self.expr(value);
                let v = self.aug_op(op, old, rhs, span);
                self.emit_raising_void(OpKind::SetItem(o, i, v), target.span);
            }
            _ => self.diags.push(unsupported(
                target.span,
                "this augmented assignment target is",
            )),
        }
    }

    /// `x op= y`: `+=` is the method `__iadd__` so that lists extend in
    /// place; `annotate` treats it as `+` on other types.
    fn aug_op(&mut self, op: Operator, old: Var, rhs: Var, span: Span) -> Var {
        let kind = if op == Operator::Add {
            OpKind::Call {
                callee: Callee::Method(old, "__iadd__".into()),
                args: vec![rhs],
                kwargs: vec![],
            }
        } else {
            OpKind::Bin(op, old, rhs)
        };
        self.emit_raising(kind, span)
    }

    fn condition(&mut self, test: &'a Expr) -> Var {
        let v = self.expr(test);
        self.emit(OpKind::Truth(v), test.span)
    }

    fn slice_parts(
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

    // ---- names ----

    fn renamed(&self, id: &str) -> String {
        for (from, to) in self.renames.iter().rev() {
            if from == id {
                return to.clone();
            }
        }
        id.to_string()
    }

    fn lookup_local(&self, id: &str) -> Option<Var> {
        let name = self.renamed(id);
        self.local_index.get(&name).map(|&i| self.env[i])
    }

    fn builtin_name(&self, func: &Expr) -> Option<Builtin> {
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

    // ---- expressions ----

    fn expr(&mut self, e: &'a Expr) -> Var {
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

    fn unsupported_expr(&mut self, span: Span, what: &str) -> Var {
        self.diags.push(unsupported(span, what));
        self.emit(OpKind::Const(ConstVal::None), span)
    }

    fn unsupported_expr_msg(&mut self, span: Span, msg: &str) -> Var {
        self.diags
            .push(error("unsupported", span, msg.into(), "not supported yet"));
        self.emit(OpKind::Const(ConstVal::None), span)
    }

    fn name(&mut self, id: &str, span: Span) -> Var {
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

    fn call(
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

    /// The function a `key=` argument names: a function of the program, a
    /// builtin taking one argument, `math.<f>`, or a lambda (which becomes a
    /// function of its own).
    fn key_callee(&mut self, e: &'a Expr) -> Option<Callee> {
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
    fn sort_with_key(
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

    fn list_comp(
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

    fn comp_level(
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
    fn emit_loop_then_rename(
        &mut self,
        iter: &'a Expr,
        target: &'a Expr,
        body: &mut dyn FnMut(&mut Self, Vec<Var>, LoopBlocks),
    ) -> LoopBlocks {
        self.pending_rename = Some(target);
        self.emit_loop(iter, body)
    }

    fn rename_targets(&mut self, target: &Expr) {
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

impl Block {
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty() && self.params.is_empty()
    }
}

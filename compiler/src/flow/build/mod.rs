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

mod exprs;
mod loops;

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
                bind_module_const(
                    &targets[0],
                    value,
                    stmt.span,
                    &mut scope,
                    &mut globals,
                    &mut diags,
                );
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                simple: true,
                ..
            } => {
                bind_module_const(
                    target,
                    value,
                    stmt.span,
                    &mut scope,
                    &mut globals,
                    &mut diags,
                );
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

/// `NAME = <constant expression>` at module level: a global folded at
/// translation time.
fn bind_module_const(
    target: &Expr,
    value: &Expr,
    span: Span,
    scope: &mut ModuleScope<'_>,
    globals: &mut Vec<Global>,
    diags: &mut Vec<Diagnostic>,
) {
    let ExprKind::Name { id, .. } = &target.kind else {
        return;
    };
    match fold_const(value, scope) {
        Some(c) => {
            scope
                .names
                .insert(id.to_string(), ModuleName::Const(c.clone()));
            globals.push(Global {
                name: id.to_string(),
                value: c,
                span,
            });
        }
        None => diags.push(error(
            "unsupported",
            value.span,
            format!(
                "module-level `{id}` must be a constant (numbers, strings, tuples of them) for now"
            ),
            "not a constant",
        )),
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

    // ---- names ----

    // ---- expressions ----
}

impl Block {
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty() && self.params.is_empty()
    }
}

//! Text form of flow graphs (`rpy build --emit=flow`), stable for snapshots.

use std::fmt::Write;

use super::{Callee, ConstVal, Graph, OpKind, Program, Target, Term, Var};

pub fn print_program(p: &Program) -> String {
    let mut out = String::new();
    for g in &p.globals {
        let _ = writeln!(out, "global {} = {}", g.name, const_text(&g.value));
    }
    for (i, g) in p.funcs.iter().enumerate() {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "graph f{i} {}:", g.name);
        print_graph(g, &mut out);
    }
    out
}

pub fn var_name(g: &Graph, v: Var) -> String {
    match &g.vars[v.index()].name {
        Some(n) => format!("v{}_{}", v.0, n.replace('$', "")),
        None => format!("v{}", v.0),
    }
}

fn vars(g: &Graph, vs: &[Var]) -> String {
    vs.iter()
        .map(|&v| var_name(g, v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn target(g: &Graph, t: &Target) -> String {
    format!("b{}({})", t.block.0, vars(g, &t.args))
}

pub fn const_text(c: &ConstVal) -> String {
    match c {
        ConstVal::Int(i) => i.to_string(),
        ConstVal::Float(f) => format!("{f:?}"),
        ConstVal::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        ConstVal::Str(s) => crate::syntax::pyrepr::repr_text(s),
        ConstVal::None => "None".into(),
        ConstVal::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_text).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

pub fn print_graph(g: &Graph, out: &mut String) {
    let reachable = reachable_blocks(g);
    for (i, b) in g.blocks.iter().enumerate() {
        if !reachable[i] {
            continue;
        }
        let _ = writeln!(out, "  b{i}({}):", vars(g, &b.params));
        for op in &b.ops {
            out.push_str("    ");
            if let Some(r) = op.result {
                let _ = write!(out, "{} = ", var_name(g, r));
            }
            let o = |v: &Var| var_name(g, *v);
            let opt = |v: &Option<Var>| v.map_or("_".to_string(), |v| var_name(g, v));
            let _ = match &op.kind {
                OpKind::Const(c) => write!(out, "const {}", const_text(c)),
                OpKind::Undef => write!(out, "undef"),
                OpKind::Bin(bop, a, b) => write!(out, "bin {bop:?} {}, {}", o(a), o(b)),
                OpKind::Unary(u, a) => write!(out, "unary {u:?} {}", o(a)),
                OpKind::Cmp(c, a, b) => write!(out, "cmp {c:?} {}, {}", o(a), o(b)),
                OpKind::Truth(a) => write!(out, "truth {}", o(a)),
                OpKind::Call {
                    callee,
                    args,
                    kwargs,
                } => {
                    let c = match callee {
                        Callee::Func(f) => format!("f{}", f.0),
                        Callee::Builtin(b) => format!("{b:?}"),
                        Callee::Method(v, m) => format!("{}.{m}", o(v)),
                    };
                    let mut a = vars(g, args);
                    for (k, v) in kwargs {
                        if !a.is_empty() {
                            a.push_str(", ");
                        }
                        let _ = write!(a, "{k}={}", o(v));
                    }
                    write!(out, "call {c}({a})")
                }
                OpKind::GetItem(a, i) => write!(out, "getitem {}[{}]", o(a), o(i)),
                OpKind::SetItem(a, i, v) => write!(out, "setitem {}[{}] = {}", o(a), o(i), o(v)),
                OpKind::DelItem(a, i) => write!(out, "delitem {}[{}]", o(a), o(i)),
                OpKind::GetSlice(a, l, h, s) => {
                    write!(out, "getslice {}[{}:{}:{}]", o(a), opt(l), opt(h), opt(s))
                }
                OpKind::DelSlice(a, l, h, s) => {
                    write!(out, "delslice {}[{}:{}:{}]", o(a), opt(l), opt(h), opt(s))
                }
                OpKind::NewList(items) => write!(out, "newlist [{}]", vars(g, items)),
                OpKind::NewTuple(items) => write!(out, "newtuple ({})", vars(g, items)),
                OpKind::TupleGet(a, i) => write!(out, "unpack {}.{i}", o(a)),
                OpKind::CheckLen(a, n) => write!(out, "checklen {}, {n}", o(a)),
                OpKind::Format {
                    value,
                    conversion,
                    spec,
                } => {
                    let conv = if *conversion >= 0 {
                        format!("!{}", char::from(*conversion as u8))
                    } else {
                        String::new()
                    };
                    write!(out, "format {}{conv}, {}", o(value), opt(spec))
                }
                OpKind::JoinStr(parts) => write!(out, "joinstr {}", vars(g, parts)),
                OpKind::ModuleConst(m, n) => write!(out, "const {m}.{n}"),
                OpKind::Argv => write!(out, "argv"),
                OpKind::ExcFetch => write!(out, "exc_fetch"),
                OpKind::ExcMatch(e, k) => write!(out, "exc_match {}, {}", o(e), k.name()),
                OpKind::IterStart(s) => write!(out, "iter_start {}", o(s)),
                OpKind::SeqLen(s) => write!(out, "seq_len {}", o(s)),
                OpKind::SeqItemAt(s, i) => write!(out, "seq_item {}[{}]", o(s), o(i)),
                OpKind::NewExc(k, m) => write!(out, "new_exc {}({})", k.name(), opt(m)),
                OpKind::AssertFail(m) => write!(out, "assert_fail {}", opt(m)),
                OpKind::Copy(a) => write!(out, "copy {}", o(a)),
            };
            out.push('\n');
        }
        out.push_str("    ");
        let _ = match &b.term {
            Term::Jump(t) => write!(out, "jump {}", target(g, t)),
            Term::Branch { cond, then, else_ } => {
                write!(
                    out,
                    "branch {}, {}, {}",
                    var_name(g, *cond),
                    target(g, then),
                    target(g, else_)
                )
            }
            Term::Return(v) => write!(out, "return {}", var_name(g, *v)),
            Term::Raise {
                exc,
                reraise,
                handler,
                ..
            } => {
                let h = handler
                    .as_ref()
                    .map_or(String::new(), |h| format!(" to {}", target(g, h)));
                write!(
                    out,
                    "{} {}{h}",
                    if *reraise { "reraise" } else { "raise" },
                    var_name(g, *exc)
                )
            }
            Term::Guarded { normal, handler } => {
                write!(
                    out,
                    "guarded {} except {}",
                    target(g, normal),
                    target(g, handler)
                )
            }
            Term::IterNext {
                seq,
                state,
                body,
                exit,
                ..
            } => write!(
                out,
                "iter_next {}, {}, {}, {}",
                var_name(g, *seq),
                var_name(g, *state),
                target(g, body),
                target(g, exit)
            ),
            Term::Unreachable => write!(out, "unreachable"),
        };
        out.push('\n');
    }
}

/// The blocks reachable from the entry (the builder leaves unreachable
/// blocks behind code that follows a `return` or `raise`; they are not
/// printed).
fn reachable_blocks(g: &Graph) -> Vec<bool> {
    let mut seen = vec![false; g.blocks.len()];
    let mut stack = vec![0usize];
    if g.blocks.is_empty() {
        return seen;
    }
    seen[0] = true;
    while let Some(b) = stack.pop() {
        let targets: Vec<usize> = match &g.blocks[b].term {
            Term::Jump(t) => vec![t.block.index()],
            Term::Branch { then, else_, .. } => vec![then.block.index(), else_.block.index()],
            Term::Raise { handler, .. } => handler.iter().map(|h| h.block.index()).collect(),
            Term::Guarded { normal, handler } => vec![normal.block.index(), handler.block.index()],
            Term::IterNext { body, exit, .. } => vec![body.block.index(), exit.block.index()],
            Term::Return(_) | Term::Unreachable => vec![],
        };
        for t in targets {
            if !seen[t] {
                seen[t] = true;
                stack.push(t);
            }
        }
    }
    seen
}

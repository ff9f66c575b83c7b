//! Lowering (the rtyper): annotated flow graphs to LIR.
//!
//! Every annotation gets a machine representation (`repr`): int is `i64`,
//! float `f64`, bool `bool`, str/list/tuple/exception a GC reference, None
//! nothing at all, a range three `i64`s. Every Python-level operation becomes
//! LIR with Python's semantics spelled out: overflow checks, floor division,
//! bounds checks, and an exception test after every operation that may
//! raise, which either jumps to the `except` handler of the enclosing `try`
//! or records a traceback frame and returns.
//!
//! Invariants: one LIR function per annotated instance; a flow variable maps
//! to exactly `repr(type).len()` LIR values; a jump converts each argument
//! to the type of the parameter it lands in (bool to int, nothing to a zero
//! value); the module passes `lir::verify`.

mod builtins;
mod ops;
mod repr;
mod seq;
mod text;

use std::collections::HashMap;

use crate::annotate::{Annotations, InstId, Type};
use crate::diagnostics::Diagnostic;
use crate::flow::{self, BlockId, Program, Term, Var};
use crate::lir::layout::ExcKind;
use crate::lir::{
    self, Block, Const, FuncId, Function, Module, Op, PrebuiltId, RtFn, Terminator, Ty, Value,
};
use crate::syntax::span::{SourceMap, Span};

/// Module-wide state shared by the functions being lowered.
pub(crate) struct Ctx<'a> {
    pub prog: &'a Program,
    pub ann: &'a Annotations,
    pub module: Module,
    pub map: SourceMap,
    pub func_ids: HashMap<InstId, FuncId>,
    pub tuple_tids: HashMap<Vec<Ty>, lir::TypeId>,
    pub diags: Vec<Diagnostic>,
}

/// CPython's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: i64 = 1000;

/// Lower a whole annotated program.
pub fn lower(prog: &Program, ann: &Annotations, source: &str) -> Result<Module, Vec<Diagnostic>> {
    let mut cx = Ctx {
        prog,
        ann,
        module: Module::new(),
        map: SourceMap::new(source),
        func_ids: HashMap::new(),
        tuple_tids: HashMap::new(),
        diags: Vec::new(),
    };
    // Declare every instance first so calls can name their callees.
    for (i, inst) in ann.instances.iter().enumerate() {
        let id = InstId(i as u32);
        let g = &prog.funcs[inst.def.0 as usize];
        let mut params = Vec::new();
        for &p in &g.blocks[0].params {
            params.extend(repr::reprs(&inst.types[p.index()]));
        }
        if id == ann.init {
            params.push(Ty::Ref);
        } else {
            // The caller's frame depth (see `FnLower::count_frame`).
            params.push(Ty::I64);
        }
        let ret = match repr::reprs(&inst.ret).as_slice() {
            [] => None,
            [t] => Some(*t),
            _ => {
                cx.diags
                    .push(error(g.span, "returning a range is not supported".into()));
                None
            }
        };
        let ret = if id == ann.init { Some(Ty::I64) } else { ret };
        let symbol = if id == ann.init {
            "rpy_module_init".to_string()
        } else {
            format!("rpy_{}_{}", sanitize(&g.name), i)
        };
        let f = Function::new(g.name.clone(), symbol, &params, ret);
        let fid = cx.module.add_func(f);
        cx.func_ids.insert(id, fid);
    }
    for i in 0..ann.instances.len() {
        let id = InstId(i as u32);
        let fid = cx.func_ids[&id];
        let f = std::mem::replace(
            &mut cx.module.funcs[fid.index()],
            Function::new("", "", &[], None),
        );
        let f = FnLower::new(&mut cx, id, f).run();
        cx.module.funcs[fid.index()] = f;
    }
    cx.module.entry = Some(cx.func_ids[&ann.init]);
    if cx.diags.is_empty() {
        Ok(cx.module)
    } else {
        Err(cx.diags)
    }
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub(crate) fn error(span: Span, message: String) -> Diagnostic {
    Diagnostic {
        code: "unsupported",
        message,
        primary: span,
        label: "here".into(),
        secondary: vec![],
        notes: vec![],
    }
}

/// Where an exception raised in the current flow block goes.
#[derive(Clone)]
enum ExcRoute {
    /// Leave the function (recording a traceback frame).
    Propagate,
    /// Jump to the `except` handler with these flow arguments.
    Handler(flow::Target),
}

pub(crate) struct FnLower<'a, 'c> {
    pub cx: &'c mut Ctx<'a>,
    pub inst: InstId,
    pub graph: &'a flow::Graph,
    pub f: Function,
    pub cur: Block,
    vals: Vec<Option<Vec<Value>>>,
    blocks: Vec<Option<Block>>,
    route: ExcRoute,
    /// The block that records a traceback frame and returns.
    unwind: Option<Block>,
    /// Blocks raising a built-in exception with a constant message, shared
    /// by the checks outside a `try` (see `raise_if`).
    shared_raises: HashMap<(i64, String), Block>,
    handler_block: Option<Block>,
    unreachable_block: Option<Block>,
    name_str: PrebuiltId,
    pub line: usize,
    /// The argv parameter of the start-up function.
    argv: Option<Value>,
    /// The caller's frame depth (the hidden last parameter; None for the
    /// start-up code) and this frame's.
    caller_depth: Option<Value>,
    depth: Option<Value>,
}

impl<'a, 'c> FnLower<'a, 'c> {
    fn new(cx: &'c mut Ctx<'a>, inst: InstId, f: Function) -> FnLower<'a, 'c> {
        let def = cx.ann.instance(inst).def;
        let graph = &cx.prog.funcs[def.0 as usize];
        let name_str = cx.module.str_const(&graph.name);
        FnLower {
            cx,
            inst,
            graph,
            f,
            cur: Block(0),
            vals: vec![None; graph.vars.len()],
            blocks: vec![None; graph.blocks.len()],
            route: ExcRoute::Propagate,
            unwind: None,
            shared_raises: HashMap::new(),
            handler_block: None,
            unreachable_block: None,
            name_str,
            line: 0,
            argv: None,
            caller_depth: None,
            depth: None,
        }
    }

    pub fn ty(&self, v: Var) -> Type {
        let t = &self.cx.ann.instance(self.inst).types[v.index()];
        self.cx.ann.lists.canon(t)
    }

    pub fn val(&self, v: Var) -> Vec<Value> {
        self.vals[v.index()].clone().unwrap_or_default()
    }

    /// The single LIR value of a one-value variable.
    pub fn val1(&self, v: Var) -> Value {
        let vs = self.val(v);
        vs.first().copied().unwrap_or(Value(u32::MAX))
    }

    fn run(mut self) -> Function {
        let reached = self.cx.ann.instance(self.inst).reached.clone();
        // Make the LIR block of every reached flow block.
        for (bi, r) in reached.iter().enumerate() {
            if !*r {
                continue;
            }
            if bi == 0 {
                self.blocks[0] = Some(Block(0));
                let params = self.f.blocks[0].params.clone();
                let mut k = 0;
                for &p in &self.graph.blocks[0].params {
                    let n = repr::reprs(&self.ty(p)).len();
                    self.vals[p.index()] = Some(params[k..k + n].to_vec());
                    k += n;
                }
                if self.inst == self.cx.ann.init {
                    self.argv = params.last().copied();
                } else {
                    self.caller_depth = params.last().copied();
                }
                self.cur = Block(0);
                self.depth = Some(self.frame_depth());
                continue;
            }
            let b = self.f.new_block();
            self.blocks[bi] = Some(b);
            for &p in &self.graph.blocks[bi].params {
                let vs: Vec<Value> = repr::reprs(&self.ty(p))
                    .into_iter()
                    .map(|t| self.f.add_param(b, t))
                    .collect();
                self.vals[p.index()] = Some(vs);
            }
        }
        for (bi, r) in reached.iter().enumerate() {
            if *r {
                self.lower_block(BlockId(bi as u32));
            }
        }
        self.count_frame();
        self.f
    }

    /// Count this frame at entry: a new entry block runs `EnterFrame` and
    /// raises RecursionError past CPython's limit, then continues at the
    /// old entry (whose parameters become the new block's arguments).
    /// This frame's depth: the caller's plus one (the start-up code is 1).
    fn frame_depth(&mut self) -> Value {
        match self.caller_depth {
            Some(d) => {
                let one = self.iconst(1);
                self.push1(Op::Bin(crate::lir::BinOp::IAdd, d, one), Ty::I64)
            }
            None => self.iconst(1),
        }
    }

    /// The frame depth to pass to a callee.
    pub fn depth_arg(&self) -> Value {
        self.depth.expect("the depth is computed before any call")
    }

    fn count_frame(&mut self) {
        // Move the entry's code to a fresh block; the entry keeps its
        // parameters (which still dominate every use) and counts the frame.
        let moved = self.new_block();
        let insts = std::mem::take(&mut self.f.blocks[0].insts);
        let term = std::mem::replace(&mut self.f.blocks[0].term, Terminator::Unreachable);
        self.f.blocks[moved.index()].insts = insts;
        self.f.blocks[moved.index()].term = term;
        self.cur = Block(0);
        self.line = self.cx.map.line_index(self.graph.span.start as usize) + 1;
        self.route = ExcRoute::Propagate;
        // Frame depths are passed down as a hidden last argument (no memory
        // traffic); past CPython's default recursion limit of 1000 frames
        // the call raises RecursionError, exactly where CPython does.
        let depth = self.frame_depth();
        let limit = self.iconst(RECURSION_LIMIT);
        let over = self.push1(Op::ICmp(crate::lir::Cmp::Gt, depth, limit), Ty::Bool);
        self.raise_if(
            over,
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        );
        self.set_term(Terminator::Jump(moved, vec![]));
    }

    fn lower_block(&mut self, b: BlockId) {
        self.cur = self.blocks[b.index()].expect("reached");
        let block = &self.graph.blocks[b.index()];
        // Only the last operation of a guarded block is inside the `try`;
        // the ones before it (code before the `try` statement) propagate.
        let guarded = match &block.term {
            Term::Guarded { handler, .. } => Some(handler.clone()),
            _ => None,
        };
        self.route = ExcRoute::Propagate;
        self.handler_block = None;
        let n_ops = block.ops.len();
        for (i, op) in block.ops.iter().enumerate() {
            if i + 1 == n_ops {
                if let Some(h) = &guarded {
                    self.route = ExcRoute::Handler(h.clone());
                }
            }
            self.line = self.cx.map.line_index(op.span.start as usize) + 1;
            // An operand with no type means this code is never reached with
            // a value (e.g. after a call that always raises).
            let uses = crate::annotate::op_uses_pub(&op.kind);
            if uses.iter().any(|&u| self.ty(u) == Type::Bottom)
                && !matches!(op.kind, flow::OpKind::Undef)
            {
                self.set_term(Terminator::Unreachable);
                return;
            }
            if let Some(r) = op.result {
                if self.ty(r) == Type::Bottom
                    && !matches!(op.kind, flow::OpKind::Undef | flow::OpKind::SetItem(..))
                {
                    // The op never produces a value: it always raises (or
                    // its result is unused and untyped, e.g. a call of a
                    // function that never returns).
                    let produced = self.lower_op(b, i as u32, op);
                    let _ = produced;
                    self.set_term(Terminator::Unreachable);
                    return;
                }
            }
            let vals = self.lower_op(b, i as u32, op);
            if let Some(r) = op.result {
                self.vals[r.index()] = Some(vals);
            }
        }
        self.lower_term(b, &block.term);
    }

    // ---- emitting ----

    pub fn push(&mut self, op: Op, tys: &[Ty]) -> Vec<Value> {
        self.f.push(self.cur, op, tys)
    }

    pub fn push1(&mut self, op: Op, ty: Ty) -> Value {
        self.f.push(self.cur, op, &[ty])[0]
    }

    pub fn push0(&mut self, op: Op) {
        self.f.push(self.cur, op, &[]);
    }

    pub fn iconst(&mut self, i: i64) -> Value {
        self.push1(Op::Const(Const::I64(i)), Ty::I64)
    }

    pub fn fconst(&mut self, x: f64) -> Value {
        self.push1(Op::Const(Const::F64(x)), Ty::F64)
    }

    pub fn bconst(&mut self, b: bool) -> Value {
        self.push1(Op::Const(Const::Bool(b)), Ty::Bool)
    }

    pub fn str_const(&mut self, s: &str) -> Value {
        let p = self.cx.module.str_const(s);
        self.push1(Op::Prebuilt(p), Ty::Ref)
    }

    pub fn set_term(&mut self, t: Terminator) {
        self.f.set_term(self.cur, t);
    }

    pub fn new_block(&mut self) -> Block {
        self.f.new_block()
    }

    /// `if cond { then } else { continue }`: returns (then block, continue
    /// block); the current block is left terminated.
    pub fn branch(&mut self, cond: Value) -> (Block, Block) {
        let then_b = self.new_block();
        let cont = self.new_block();
        self.set_term(Terminator::Branch {
            cond,
            then_block: then_b,
            then_args: vec![],
            else_block: cont,
            else_args: vec![],
        });
        (then_b, cont)
    }

    /// Call a runtime function; when it may raise, test for an exception.
    pub fn call_rt(&mut self, rt: RtFn, args: &[Value]) -> Option<Value> {
        let r = self
            .push(Op::CallRt(rt, args.to_vec()), rt.ret().as_slice())
            .first()
            .copied();
        if rt.may_raise() {
            self.check_exc();
        }
        r
    }

    pub fn call_rt1(&mut self, rt: RtFn, args: &[Value]) -> Value {
        self.call_rt(rt, args)
            .expect("runtime function returns a value")
    }

    /// Branch to the exception path if an exception is pending.
    pub fn check_exc(&mut self) {
        let pending = self.push1(Op::ExcPending, Ty::Bool);
        let (exc, exc_args) = self.exc_target();
        let cont = self.new_block();
        self.set_term(Terminator::Branch {
            cond: pending,
            then_block: exc,
            then_args: exc_args,
            else_block: cont,
            else_args: vec![],
        });
        self.cur = cont;
    }

    /// Raise a built-in exception with a constant message and leave the
    /// current block on the exception path.
    pub fn raise_const(&mut self, kind: ExcKind, msg: &str) {
        let k = self.iconst(kind as i64);
        let m = self.str_const(msg);
        self.push0(Op::CallRt(RtFn::RaiseKind, vec![k, m]));
        self.goto_exc();
    }

    /// Raise with a message computed at run time.
    pub fn raise_msg(&mut self, kind: ExcKind, msg: Value) {
        let k = self.iconst(kind as i64);
        self.push0(Op::CallRt(RtFn::RaiseKind, vec![k, msg]));
        self.goto_exc();
    }

    /// Jump to the exception path (an exception is pending).
    pub fn goto_exc(&mut self) {
        let (exc, args) = self.exc_target();
        self.set_term(Terminator::Jump(exc, args));
        // Anything emitted after this is dead code in a fresh block.
        self.cur = self.new_block();
    }

    /// `if cond: raise kind(msg)`, continuing in a new block otherwise.
    /// Outside a `try`, the raising block is shared by every check of the
    /// function with the same exception and message (it takes the line).
    pub fn raise_if(&mut self, cond: Value, kind: ExcKind, msg: &str) {
        if let ExcRoute::Propagate = self.route {
            let key = (kind as i64, msg.to_string());
            let fail = match self.shared_raises.get(&key) {
                Some(&b) => b,
                None => {
                    let b = self.new_block();
                    let line = self.f.add_param(b, Ty::I64);
                    let saved = self.cur;
                    self.cur = b;
                    let k = self.iconst(kind as i64);
                    let m = self.str_const(msg);
                    self.push0(Op::CallRt(RtFn::RaiseKind, vec![k, m]));
                    let unwind = self.unwind_block();
                    self.set_term(Terminator::Jump(unwind, vec![line]));
                    self.cur = saved;
                    self.shared_raises.insert(key, b);
                    b
                }
            };
            let line = self.iconst(self.line as i64);
            let cont = self.new_block();
            self.set_term(Terminator::Branch {
                cond,
                then_block: fail,
                then_args: vec![line],
                else_block: cont,
                else_args: vec![],
            });
            self.cur = cont;
            return;
        }
        let (fail, cont) = self.branch(cond);
        self.cur = fail;
        self.raise_const(kind, msg);
        self.cur = cont;
    }

    /// Where a pending exception goes from this point: the block and its
    /// arguments.
    fn exc_target(&mut self) -> (Block, Vec<Value>) {
        match self.route.clone() {
            ExcRoute::Handler(_) => (self.exc_block(), vec![]),
            ExcRoute::Propagate => {
                let b = self.unwind_block();
                let line = self.iconst(self.line as i64);
                (b, vec![line])
            }
        }
    }

    /// The block that handles a pending exception at this point.
    fn exc_block(&mut self) -> Block {
        match self.route.clone() {
            ExcRoute::Handler(t) => {
                if let Some(b) = self.handler_block {
                    return b;
                }
                let b = self.new_block();
                let saved = self.cur;
                self.cur = b;
                let args = self.target_args(&t, &[]);
                let target = self.lir_block(t.block);
                self.set_term(Terminator::Jump(target, args));
                self.cur = saved;
                self.handler_block = Some(b);
                b
            }
            ExcRoute::Propagate => unreachable!("exc_block is only for handlers"),
        }
    }

    /// The function's one unwind block: records a traceback frame for the
    /// line it receives and returns (keeping one block per function, not
    /// one per line, keeps the IR small).
    fn unwind_block(&mut self) -> Block {
        if let Some(b) = self.unwind {
            return b;
        }
        let b = self.new_block();
        let l = self.f.add_param(b, Ty::I64);
        let saved = self.cur;
        self.cur = b;
        let name = self.push1(Op::Prebuilt(self.name_str), Ty::Ref);
        self.push0(Op::CallRt(RtFn::TracebackAdd, vec![name, l]));
        let ret = self.zero_ret();
        self.ret_term(ret);
        self.cur = saved;
        self.unwind = Some(b);
        b
    }

    fn ret_term(&mut self, v: Option<Value>) {
        self.set_term(Terminator::Return(v));
    }

    fn zero_ret(&mut self) -> Option<Value> {
        let ret = self.f.ret?;
        Some(self.zero_of(ret))
    }

    pub fn zero_of(&mut self, t: Ty) -> Value {
        let c = match t {
            Ty::Bool => Const::Bool(false),
            Ty::I8 => Const::I8(0),
            Ty::I32 => Const::I32(0),
            Ty::I64 => Const::I64(0),
            Ty::F64 => Const::F64(0.0),
            Ty::Ref | Ty::Raw => Const::Null,
        };
        self.push1(Op::Const(c), t)
    }

    fn lir_block(&mut self, b: BlockId) -> Block {
        if let Some(lb) = self.blocks[b.index()] {
            return lb;
        }
        // A block the annotator never reached: jumping there cannot happen.
        if let Some(u) = self.unreachable_block {
            return u;
        }
        let u = self.new_block();
        self.unreachable_block = Some(u);
        u
    }

    /// The LIR arguments of a flow jump: `extra` values for leading
    /// parameters, then each argument converted to its parameter's type.
    fn target_args(&mut self, t: &flow::Target, extra: &[(Vec<Value>, Type)]) -> Vec<Value> {
        if self.blocks[t.block.index()].is_none() {
            return vec![];
        }
        let params = self.graph.blocks[t.block.index()].params.clone();
        let mut out = Vec::new();
        for (p, (vals, ty)) in params.iter().zip(extra) {
            let pt = self.ty(*p);
            out.extend(self.convert(vals.clone(), ty, &pt));
        }
        for (p, a) in params[extra.len()..].iter().zip(&t.args) {
            let pt = self.ty(*p);
            let at = self.ty(*a);
            let vals = self.val(*a);
            out.extend(self.convert(vals, &at, &pt));
        }
        out
    }

    fn jump_to(&mut self, t: &flow::Target, extra: &[(Vec<Value>, Type)]) {
        let args = self.target_args(t, extra);
        let b = self.lir_block(t.block);
        self.set_term(Terminator::Jump(b, args));
    }

    fn lower_term(&mut self, _b: BlockId, term: &Term) {
        match term {
            Term::Jump(t) => self.jump_to(t, &[]),
            Term::Branch { cond, then, else_ } => {
                let def = self.cx.ann.instance(self.inst).def;
                match self.cx.ann.folded_branch(def, *cond) {
                    Some(true) => self.jump_to(then, &[]),
                    Some(false) => self.jump_to(else_, &[]),
                    None => {
                        let c = self.val1(*cond);
                        let then_args = self.target_args(then, &[]);
                        let else_args = self.target_args(else_, &[]);
                        let then_block = self.lir_block(then.block);
                        let else_block = self.lir_block(else_.block);
                        self.set_term(Terminator::Branch {
                            cond: c,
                            then_block,
                            then_args,
                            else_block,
                            else_args,
                        });
                    }
                }
            }
            Term::Return(v) => {
                if self.inst == self.cx.ann.init {
                    let z = self.iconst(0);
                    self.ret_term(Some(z));
                    return;
                }
                let ret_t = self
                    .cx
                    .ann
                    .lists
                    .canon(&self.cx.ann.instance(self.inst).ret);
                let vt = self.ty(*v);
                let vals = self.val(*v);
                let vals = self.convert(vals, &vt, &ret_t);
                self.ret_term(vals.first().copied());
            }
            Term::Raise {
                exc, span, handler, ..
            } => {
                self.line = self.cx.map.line_index(span.start as usize) + 1;
                let e = self.val1(*exc);
                self.push0(Op::CallRt(RtFn::Raise, vec![e]));
                match handler {
                    Some(h) => self.jump_to(h, &[]),
                    None => {
                        let b = self.unwind_block();
                        let line = self.iconst(self.line as i64);
                        self.set_term(Terminator::Jump(b, vec![line]));
                    }
                }
            }
            Term::Guarded { normal, .. } => self.jump_to(normal, &[]),
            Term::IterNext {
                seq,
                state,
                body,
                exit,
                span,
            } => {
                self.line = self.cx.map.line_index(span.start as usize) + 1;
                self.iter_next(*seq, *state, body, exit);
            }
            Term::Unreachable => self.set_term(Terminator::Unreachable),
        }
    }

    /// `argv` of the start-up function.
    pub fn argv(&mut self, span: Span) -> Value {
        match self.argv {
            Some(v) => v,
            None => {
                self.cx.diags.push(error(
                    span,
                    "`sys.argv` is only available at module level: pass it to main(argv)".into(),
                ));
                self.zero_of(Ty::Ref)
            }
        }
    }
}

//! The flow stage: every function (and the module's start-up code) as a flow
//! graph of basic blocks with block parameters, built from the AST by
//! `build`. Operations are still Python-level and untyped; `annotate` gives
//! each variable a type and `lower` rewrites the operations into LIR.
//!
//! Invariants:
//! - every variable is defined once: a block parameter or an op result;
//! - every block ends in one terminator; jump arguments match the target's
//!   parameters;
//! - names are resolved: a `Call` names its callee (a function of the
//!   program, a builtin, or a method on a value), so no later stage looks up
//!   names;
//! - exceptional control flow is explicit: inside a `try`, an operation that
//!   may raise ends its block with `Term::Guarded`; outside, a raising
//!   operation leaves the function.

pub mod build;
pub mod print;

use crate::syntax::ast::{CmpOp, Operator, UnaryOp};
use crate::syntax::span::Span;

/// A variable of one graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Var(pub u32);

/// A block of one graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A function definition of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncDefId(pub u32);

impl Var {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl BlockId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    None,
    /// A tuple of constants.
    Tuple(Vec<ConstVal>),
}

/// The builtin functions the flow stage resolves by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Len,
    Abs,
    Min,
    Max,
    Sum,
    Int,
    Float,
    Str,
    Repr,
    Bool,
    Ord,
    Chr,
    Round,
    Divmod,
    Sorted,
    List,
    Range,
    Enumerate,
    Zip,
    Reversed,
    /// `math.<name>(...)`.
    Math(&'static str),
    SysExit,
    /// A built-in exception class called to make an instance.
    Exception(crate::lir::layout::ExcKind),
}

/// What a call calls.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    Func(FuncDefId),
    Builtin(Builtin),
    /// `value.name(...)`: a method of a built-in type.
    Method(Var, String),
}

/// A Python-level operation.
#[derive(Clone, Debug, PartialEq)]
pub enum OpKind {
    Const(ConstVal),
    /// The value of a variable not assigned on some path to here.
    Undef,
    Bin(Operator, Var, Var),
    Unary(UnaryOp, Var),
    /// One comparison (chains are expanded into branches).
    Cmp(CmpOp, Var, Var),
    /// `bool(x)` for a condition.
    Truth(Var),
    Call {
        callee: Callee,
        args: Vec<Var>,
        kwargs: Vec<(String, Var)>,
    },
    GetItem(Var, Var),
    SetItem(Var, Var, Var),
    DelItem(Var, Var),
    /// `x[lo:hi:step]`; missing bounds are `None`.
    GetSlice(Var, Option<Var>, Option<Var>, Option<Var>),
    DelSlice(Var, Option<Var>, Option<Var>, Option<Var>),
    NewList(Vec<Var>),
    NewTuple(Vec<Var>),
    /// Item `i` of a tuple (unpacking, with the length known statically).
    TupleGet(Var, usize),
    /// Check that a list has exactly `n` items before unpacking it
    /// (ValueError otherwise).
    CheckLen(Var, usize),
    /// `format(value, spec)` after the conversion (`!r`, `!s`), for f-strings.
    Format {
        value: Var,
        conversion: i32,
        spec: Option<Var>,
    },
    /// Concatenation of the parts of an f-string (all str).
    JoinStr(Vec<Var>),
    /// `module.name` for a constant of a module (`math.pi`).
    ModuleConst(&'static str, &'static str),
    /// `sys.argv`.
    Argv,
    /// Take the exception being handled (at the start of a handler).
    ExcFetch,
    /// `isinstance(exc, kind)` for an except clause.
    ExcMatch(Var, crate::lir::layout::ExcKind),
    /// Start iterating over a list, str or tuple: the initial state (an int).
    IterStart(Var),
    /// The number of items of a sequence, for `reversed()`.
    SeqLen(Var),
    /// Item of a sequence at an index known in range (for `reversed`).
    SeqItemAt(Var, Var),
    /// Make an exception instance of a built-in class from an optional message.
    NewExc(crate::lir::layout::ExcKind, Option<Var>),
    /// Assertion failure: raise AssertionError with an optional message.
    AssertFail(Option<Var>),
    /// Copy of a variable (used where a value flows unchanged into a new name).
    Copy(Var),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    pub result: Option<Var>,
    pub kind: OpKind,
    pub span: Span,
}

/// A jump target with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub block: BlockId,
    pub args: Vec<Var>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Jump(Target),
    Branch {
        cond: Var,
        then: Target,
        else_: Target,
    },
    Return(Var),
    /// Raise the exception instance. `reraise` is true for a bare `raise`
    /// or an exception no clause matched (the traceback is kept). Inside a
    /// `try`, control continues at `handler`, which fetches the exception;
    /// else the exception leaves the function.
    Raise {
        exc: Var,
        span: Span,
        reraise: bool,
        handler: Option<Target>,
    },
    /// The last operation of the block may raise: on an exception continue
    /// at `handler` (which starts with `ExcFetch`), else at `normal`.
    Guarded {
        normal: Target,
        handler: Target,
    },
    /// Advance an iteration: if the sequence `seq` has an item at `state`,
    /// continue at `body` with the arguments `[item, next_state] ++ body.args`,
    /// else at `exit`.
    IterNext {
        seq: Var,
        state: Var,
        body: Target,
        exit: Target,
        span: Span,
    },
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub params: Vec<Var>,
    pub ops: Vec<Op>,
    pub term: Term,
}

/// What the program knows about a variable: a readable name (for locals) and
/// where its value comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct VarInfo {
    pub name: Option<String>,
    pub span: Span,
}

/// A parameter of a function.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub span: Span,
    /// The default value (a constant), if any.
    pub default: Option<ConstVal>,
    /// The annotation as written, if any (checked by `annotate`).
    pub annotation: Option<crate::syntax::ast::Expr>,
}

/// One function (or the start-up code) as a flow graph. Block 0 is the
/// entry; its parameters are the function's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    pub name: String,
    pub span: Span,
    pub params: Vec<Param>,
    pub returns: Option<crate::syntax::ast::Expr>,
    pub blocks: Vec<Block>,
    pub vars: Vec<VarInfo>,
}

impl Graph {
    pub fn new_var(&mut self, name: Option<String>, span: Span) -> Var {
        self.vars.push(VarInfo { name, span });
        Var(self.vars.len() as u32 - 1)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            params: Vec::new(),
            ops: Vec::new(),
            term: Term::Unreachable,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.index()]
    }
}

/// A module-level constant (`N = 10`), folded at translation time.
#[derive(Clone, Debug, PartialEq)]
pub struct Global {
    pub name: String,
    pub value: ConstVal,
    pub span: Span,
}

/// The whole program after the flow stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// The functions, indexed by `FuncDefId`.
    pub funcs: Vec<Graph>,
    /// The start-up code: module-level statements (the `__main__` block).
    pub init: FuncDefId,
    pub globals: Vec<Global>,
}

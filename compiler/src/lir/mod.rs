//! LIR: the low-level, typed SSA that `lower` produces and `codegen` turns
//! into LLVM IR.
//!
//! A [`Module`] holds functions, the GC type table and the prebuilt (static)
//! objects. A [`Function`] is a list of blocks with block parameters (no phi
//! nodes); every value has one machine-level [`Ty`]. Memory is addressed by
//! byte offsets from a base value, so nothing here depends on LLVM's pointee
//! types.
//!
//! Invariants (checked by `verify`):
//! - every block ends in exactly one terminator; jump arguments match the
//!   target's parameters in number and type;
//! - every value is defined once (a block parameter or an instruction
//!   result) and used only where its definition dominates;
//! - operand types agree with each operation (see [`Op`]).
//!
//! GC references (`Ty::Ref`) are plain SSA values here: codegen keeps every
//! reference that is live across a call that may collect in a shadow-stack
//! slot and reloads it after the call, so lowering never thinks about roots.

pub mod layout;
pub mod print;
pub mod runtime_fn;
pub mod verify;

pub use runtime_fn::RtFn;

use std::collections::HashMap;
use std::fmt;

/// A machine-level type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// A truth value (`i1`).
    Bool,
    I8,
    I32,
    I64,
    F64,
    /// A pointer to the header of a GC object (or a prebuilt object), or null.
    Ref,
    /// A pointer the collector never sees (C strings, function addresses).
    Raw,
}

impl Ty {
    /// Size in bytes when stored in memory.
    pub fn size(self) -> u32 {
        match self {
            Ty::Bool | Ty::I8 => 1,
            Ty::I32 => 4,
            Ty::I64 | Ty::F64 | Ty::Ref | Ty::Raw => 8,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::Bool => "bool",
            Ty::I8 => "i8",
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F64 => "f64",
            Ty::Ref => "ref",
            Ty::Raw => "raw",
        }
    }
}

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(
    /// An SSA value of one function.
    Value,
    "v"
);
entity!(
    /// A basic block of one function.
    Block,
    "block"
);
entity!(
    /// A function of the module.
    FuncId,
    "fn"
);
entity!(
    /// A prebuilt object of the module.
    PrebuiltId,
    "pre"
);
entity!(
    /// An entry of the GC type table (the runtime's type id).
    TypeId,
    "tid"
);

/// Integer and float binary operations. Integer ones wrap (two's
/// complement); `SDiv`/`SRem` truncate toward zero and are undefined on a zero
/// divisor or `MIN / -1`, so lowering guards them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    IAdd,
    ISub,
    IMul,
    SDiv,
    SRem,
    And,
    Or,
    Xor,
    Shl,
    AShr,
    LShr,
    FAdd,
    FSub,
    FMul,
    FDiv,
}

/// Operations that produce `(result, overflowed: bool)` on `i64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OvfOp {
    Add,
    Sub,
    Mul,
}

/// Comparison predicates. Integer predicates are signed; float ones are
/// ordered (false if either side is NaN) except `FNe`, which is unordered
/// (true if either side is NaN), matching Python's `!=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Conversions between machine types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cast {
    /// Zero-extend `bool`/`i8`/`i32` to a wider integer.
    ZExt,
    /// Sign-extend `i8`/`i32` to a wider integer.
    SExt,
    /// Truncate an integer to a narrower one (`i64 -> bool` keeps bit 0).
    Trunc,
    /// Signed integer to `f64`.
    SIToF,
    /// `f64` to `i64`, truncating; undefined out of range, so lowering guards it.
    FToSI,
    /// Reinterpret the bits of an `f64` as `i64` or back.
    Bitcast,
}

/// A constant operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    I8(i8),
    I32(i32),
    I64(i64),
    F64(f64),
    /// The null reference.
    Null,
}

impl Const {
    pub fn ty(self) -> Ty {
        match self {
            Const::Bool(_) => Ty::Bool,
            Const::I8(_) => Ty::I8,
            Const::I32(_) => Ty::I32,
            Const::I64(_) => Ty::I64,
            Const::F64(_) => Ty::F64,
            Const::Null => Ty::Ref,
        }
    }
}

/// One operation. The result types are given by [`Op::result_types`].
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A constant.
    Const(Const),
    /// The address of a prebuilt object (`ref`).
    Prebuilt(PrebuiltId),
    /// `a op b`; both operands and the result have the same type (`i64` or
    /// `i32` for integer ops, `f64` for float ops).
    Bin(BinOp, Value, Value),
    /// Checked `i64` arithmetic: two results, the wrapped value and a `bool`
    /// that is true on overflow.
    Ovf(OvfOp, Value, Value),
    /// `f64` negation.
    FNeg(Value),
    /// `f64` square root (IEEE; NaN for negative inputs: lowering checks).
    FSqrt(Value),
    /// `f64` absolute value.
    FAbs(Value),
    /// Integer compare (`i64`, `i32`, `i8`, `bool`, or `ref` for identity with
    /// `Eq`/`Ne`) or float compare, giving `bool`.
    ICmp(Cmp, Value, Value),
    FCmp(Cmp, Value, Value),
    /// `cond ? a : b`.
    Select(Value, Value, Value),
    /// Convert to the given type.
    Cast(Cast, Value, Ty),
    /// Load a `Ty` at `base + offset` (base is `ref` or `raw`).
    Load {
        ty: Ty,
        base: Value,
        offset: i32,
    },
    /// Store `value` at `base + offset`. With `barrier`, a `ref` value is
    /// stored behind the write barrier of `base` (which must be an object).
    Store {
        base: Value,
        offset: i32,
        value: Value,
        barrier: bool,
    },
    /// Load item `index` of the array `base`: address
    /// `base + items_offset + index * ty.size()`.
    LoadItem {
        ty: Ty,
        base: Value,
        items_offset: i32,
        index: Value,
    },
    /// Store item `index` of the array `base` (card-marking barrier when
    /// `barrier` and the value is a `ref`).
    StoreItem {
        base: Value,
        items_offset: i32,
        index: Value,
        value: Value,
        barrier: bool,
    },
    /// Allocate a fixed-size object of the type (zeroed, header written).
    /// May collect; the result is null when memory is exhausted (the
    /// out-of-memory flag of the runtime is then set).
    New(TypeId),
    /// Allocate a var-sized object with `len` items (`i64`). May collect;
    /// null on exhaustion.
    NewArray(TypeId, Value),
    /// Call a function of the module.
    Call(FuncId, Vec<Value>),
    /// Call a runtime entry point.
    CallRt(RtFn, Vec<Value>),
    /// True when an exception is pending (the runtime's current exception is
    /// not null). Cheap: one load and a compare.
    ExcPending,
}

impl Op {
    /// True if the operation may run a collection (so references live across
    /// it must sit in shadow-stack slots).
    pub fn may_collect(&self, module: &Module) -> bool {
        match self {
            Op::New(_) | Op::NewArray(..) => true,
            Op::Call(f, _) => module.funcs[f.index()].may_collect,
            Op::CallRt(rt, _) => rt.may_collect(),
            _ => false,
        }
    }
}

/// An instruction: an operation and the values it defines.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub results: Vec<Value>,
    pub op: Op,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(Block, Vec<Value>),
    Branch {
        cond: Value,
        then_block: Block,
        then_args: Vec<Value>,
        else_block: Block,
        else_args: Vec<Value>,
    },
    Return(Option<Value>),
    /// Control never reaches here (e.g. after a call that always exits).
    Unreachable,
}

impl Terminator {
    /// The successor blocks with their arguments.
    pub fn successors(&self) -> Vec<(Block, &[Value])> {
        match self {
            Terminator::Jump(b, args) => vec![(*b, args.as_slice())],
            Terminator::Branch {
                then_block,
                then_args,
                else_block,
                else_args,
                ..
            } => {
                vec![
                    (*then_block, then_args.as_slice()),
                    (*else_block, else_args.as_slice()),
                ]
            }
            Terminator::Return(_) | Terminator::Unreachable => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

/// One function. Block 0 is the entry; its parameters are the function's.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    /// The symbol in the object file (unique, mangled).
    pub symbol: String,
    pub params: Vec<Ty>,
    pub ret: Option<Ty>,
    /// Type of each value, indexed by `Value`.
    pub values: Vec<Ty>,
    pub blocks: Vec<BlockData>,
    /// Whether a call to this function may collect (conservatively true).
    pub may_collect: bool,
}

impl Function {
    pub fn new(
        name: impl Into<String>,
        symbol: impl Into<String>,
        params: &[Ty],
        ret: Option<Ty>,
    ) -> Function {
        let mut f = Function {
            name: name.into(),
            symbol: symbol.into(),
            params: params.to_vec(),
            ret,
            values: Vec::new(),
            blocks: Vec::new(),
            may_collect: true,
        };
        let entry = f.new_block();
        for &ty in params {
            f.add_param(entry, ty);
        }
        f
    }

    pub fn entry(&self) -> Block {
        Block(0)
    }

    pub fn new_value(&mut self, ty: Ty) -> Value {
        self.values.push(ty);
        Value(self.values.len() as u32 - 1)
    }

    pub fn ty(&self, v: Value) -> Ty {
        self.values[v.index()]
    }

    pub fn new_block(&mut self) -> Block {
        self.blocks.push(BlockData {
            params: Vec::new(),
            insts: Vec::new(),
            term: Terminator::Unreachable,
        });
        Block(self.blocks.len() as u32 - 1)
    }

    pub fn add_param(&mut self, block: Block, ty: Ty) -> Value {
        let v = self.new_value(ty);
        self.blocks[block.index()].params.push(v);
        v
    }

    pub fn block(&self, b: Block) -> &BlockData {
        &self.blocks[b.index()]
    }

    pub fn block_mut(&mut self, b: Block) -> &mut BlockData {
        &mut self.blocks[b.index()]
    }

    /// Append an instruction with the given result types; returns the results.
    pub fn push(&mut self, block: Block, op: Op, result_tys: &[Ty]) -> Vec<Value> {
        let results: Vec<Value> = result_tys.iter().map(|&t| self.new_value(t)).collect();
        self.blocks[block.index()].insts.push(Inst {
            results: results.clone(),
            op,
        });
        results
    }

    pub fn set_term(&mut self, block: Block, term: Terminator) {
        self.blocks[block.index()].term = term;
    }
}

/// One entry of the GC type table (see docs/runtime-abi.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GcType {
    /// A readable name for dumps (`str`, `list[int].items`, ...).
    pub name: String,
    /// Fixed size in bytes including the header; for var-sized types the
    /// offset of item 0.
    pub size: u32,
    /// `Some((item_size, length_offset))` for var-sized types.
    pub varsize: Option<(u32, u32)>,
    pub ptr_offsets: Vec<u32>,
    pub item_ptr_offsets: Vec<u32>,
}

/// The contents of a prebuilt object.
#[derive(Clone, Debug, PartialEq)]
pub enum PrebuiltData {
    /// A `str` constant (layout in [`layout::str_`]).
    Str(String),
    /// A fixed-size object: the type and its fields as `(offset, value)`.
    Object {
        tid: TypeId,
        fields: Vec<(u32, PrebuiltField)>,
    },
}

/// A field value of a prebuilt object.
#[derive(Clone, Debug, PartialEq)]
pub enum PrebuiltField {
    I64(i64),
    F64(f64),
    Ref(PrebuiltId),
}

/// A whole program at the LIR level.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Module {
    pub funcs: Vec<Function>,
    /// The GC type table; the first entries are the runtime's fixed types
    /// ([`layout::fixed_types`]).
    pub types: Vec<GcType>,
    pub prebuilt: Vec<PrebuiltData>,
    /// The function the runtime's `main` calls: `(argv: ref) -> i64`.
    pub entry: Option<FuncId>,
    /// Index of the `str` constants in `prebuilt`, so each text is emitted once.
    str_index: HashMap<String, PrebuiltId>,
}

impl Module {
    /// A module whose type table holds the runtime's fixed types.
    pub fn new() -> Module {
        Module {
            types: layout::fixed_types(),
            ..Module::default()
        }
    }

    pub fn add_func(&mut self, f: Function) -> FuncId {
        self.funcs.push(f);
        FuncId(self.funcs.len() as u32 - 1)
    }

    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.index()]
    }

    pub fn add_type(&mut self, t: GcType) -> TypeId {
        self.types.push(t);
        TypeId(self.types.len() as u32 - 1)
    }

    pub fn add_prebuilt(&mut self, p: PrebuiltData) -> PrebuiltId {
        self.prebuilt.push(p);
        PrebuiltId(self.prebuilt.len() as u32 - 1)
    }

    /// The prebuilt `str` constant for `text`, shared between uses.
    pub fn str_const(&mut self, text: &str) -> PrebuiltId {
        if let Some(&id) = self.str_index.get(text) {
            return id;
        }
        let id = self.add_prebuilt(PrebuiltData::Str(text.to_string()));
        self.str_index.insert(text.to_string(), id);
        id
    }
}

//! The object layouts and type ids that compiled code and the runtime share
//! (docs/runtime-abi.md, "Runtime types"). The runtime's `objects` module
//! mirrors every constant here; `fixed_types` must stay in the order of the
//! `TID_*` constants.
//!
//! All offsets are in bytes from the object header.

use super::{GcType, TypeId};

/// `str`: `{header, hash: i64, charlen: i64, len: i64, bytes: [u8; len]}`.
/// The bytes are UTF-8; `charlen` is the length in code points (equal to
/// `len` for ASCII text); `hash` is 0 until computed.
pub mod str_ {
    pub const HASH: i32 = 8;
    pub const CHARLEN: i32 = 16;
    pub const LEN: i32 = 24;
    pub const BYTES: i32 = 32;
}

/// `list[T]`: `{header, len: i64, items: ref}`; `items` is an array of one of
/// the `*_ARRAY` types whose length is the capacity.
pub mod list {
    pub const LEN: i32 = 8;
    pub const ITEMS: i32 = 16;
    pub const SIZE: u32 = 24;
}

/// The item arrays: `{header, len: i64, items...}`.
pub mod array {
    pub const LEN: i32 = 8;
    pub const ITEMS: i32 = 16;
}

/// Exception instances: `{header, kind: i64, msg: ref (str or null),
/// code: i64}`. `kind` is an [`ExcKind`](super::ExcKind) (or, later, a user
/// class id); `code` is the exit status of `SystemExit`.
pub mod exc {
    pub const KIND: i32 = 8;
    pub const MSG: i32 = 16;
    pub const CODE: i32 = 24;
    pub const SIZE: u32 = 32;
}

/// String builders: `{header, len: i64 (bytes used), buf: ref (a str used as
/// storage), charlen: i64}`.
pub mod strbuf {
    pub const LEN: i32 = 8;
    pub const BUF: i32 = 16;
    pub const CHARLEN: i32 = 24;
    pub const SIZE: u32 = 32;
}

pub const TID_STR: TypeId = TypeId(0);
pub const TID_LIST: TypeId = TypeId(1);
pub const TID_REF_ARRAY: TypeId = TypeId(2);
pub const TID_I64_ARRAY: TypeId = TypeId(3);
pub const TID_F64_ARRAY: TypeId = TypeId(4);
pub const TID_I8_ARRAY: TypeId = TypeId(5);
pub const TID_EXC: TypeId = TypeId(6);
pub const TID_STRBUF: TypeId = TypeId(7);

/// The first entries of every type table, in `TID_*` order.
pub fn fixed_types() -> Vec<GcType> {
    let array = |name: &str, item: u32, ptr: bool| GcType {
        name: name.into(),
        size: array::ITEMS as u32,
        varsize: Some((item, array::LEN as u32)),
        ptr_offsets: vec![],
        item_ptr_offsets: if ptr { vec![0] } else { vec![] },
    };
    vec![
        GcType {
            name: "str".into(),
            size: str_::BYTES as u32,
            varsize: Some((1, str_::LEN as u32)),
            ptr_offsets: vec![],
            item_ptr_offsets: vec![],
        },
        GcType {
            name: "list".into(),
            size: list::SIZE,
            varsize: None,
            ptr_offsets: vec![list::ITEMS as u32],
            item_ptr_offsets: vec![],
        },
        array("array[ref]", 8, true),
        array("array[i64]", 8, false),
        array("array[f64]", 8, false),
        array("array[i8]", 1, false),
        GcType {
            name: "exception".into(),
            size: exc::SIZE,
            varsize: None,
            ptr_offsets: vec![exc::MSG as u32],
            item_ptr_offsets: vec![],
        },
        GcType {
            name: "strbuf".into(),
            size: strbuf::SIZE,
            varsize: None,
            ptr_offsets: vec![strbuf::BUF as u32],
            item_ptr_offsets: vec![],
        },
    ]
}

/// The built-in exception classes, with the runtime's numbering. The class
/// hierarchy is [`ExcKind::parent`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum ExcKind {
    BaseException = 0,
    Exception = 1,
    ArithmeticError = 2,
    ZeroDivisionError = 3,
    OverflowError = 4,
    LookupError = 5,
    IndexError = 6,
    KeyError = 7,
    ValueError = 8,
    TypeError = 9,
    RuntimeError = 10,
    NotImplementedError = 11,
    RecursionError = 12,
    AssertionError = 13,
    StopIteration = 14,
    MemoryError = 15,
    OSError = 16,
    SystemExit = 17,
    UnicodeError = 18,
}

impl ExcKind {
    pub const ALL: [ExcKind; 19] = [
        ExcKind::BaseException,
        ExcKind::Exception,
        ExcKind::ArithmeticError,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::LookupError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::RuntimeError,
        ExcKind::NotImplementedError,
        ExcKind::RecursionError,
        ExcKind::AssertionError,
        ExcKind::StopIteration,
        ExcKind::MemoryError,
        ExcKind::OSError,
        ExcKind::SystemExit,
        ExcKind::UnicodeError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::LookupError => "LookupError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::OSError => "OSError",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::UnicodeError => "UnicodeError",
        }
    }

    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The base class (None for `BaseException`).
    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        match self {
            BaseException => None,
            Exception | SystemExit => Some(BaseException),
            ArithmeticError | LookupError | ValueError | TypeError | RuntimeError
            | AssertionError | StopIteration | MemoryError | OSError => Some(Exception),
            ZeroDivisionError | OverflowError => Some(ArithmeticError),
            IndexError | KeyError => Some(LookupError),
            NotImplementedError | RecursionError => Some(RuntimeError),
            UnicodeError => Some(ValueError),
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(c) = k {
            if c == other {
                return true;
            }
            k = c.parent();
        }
        false
    }
}

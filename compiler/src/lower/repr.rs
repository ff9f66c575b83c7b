//! Machine representations of annotations, and conversions between them.
//!
//! Keeps true: `reprs(t)` is the list of LIR types one value of type `t`
//! occupies; tuples are GC objects whose fields take one 8-byte slot per
//! LIR value, in order, after the header; list items use one array type per
//! item representation.

use super::FnLower;
use crate::annotate::Type;
use crate::lir::layout::{self, TID_F64_ARRAY, TID_I64_ARRAY, TID_I8_ARRAY, TID_REF_ARRAY};
use crate::lir::{Cast, GcType, Op, Ty, TypeId, Value};

pub fn reprs(t: &Type) -> Vec<Ty> {
    match t {
        Type::Bottom | Type::None => vec![],
        Type::Bool => vec![Ty::Bool],
        Type::Int => vec![Ty::I64],
        Type::Float => vec![Ty::F64],
        Type::Str | Type::List(_) | Type::Tuple(_) | Type::Exc => vec![Ty::Ref],
        Type::Range => vec![Ty::I64, Ty::I64, Ty::I64],
    }
}

/// The single LIR type of a list item (None for items with no value).
pub fn item_ty(t: &Type) -> Option<Ty> {
    match reprs(t).as_slice() {
        [] => None,
        [t] => Some(*t),
        _ => None,
    }
}

/// The item array type id and item size for a list of `item`.
pub fn items_tid(item: &Type) -> TypeId {
    match item_ty(item) {
        Some(Ty::Ref) => TID_REF_ARRAY,
        Some(Ty::F64) => TID_F64_ARRAY,
        Some(Ty::Bool) | Some(Ty::I8) => TID_I8_ARRAY,
        _ => TID_I64_ARRAY,
    }
}

/// Offset of the first item of an item array.
pub const ITEMS: i32 = layout::array::ITEMS;

impl FnLower<'_, '_> {
    /// The GC type of a tuple whose fields have these representations, and
    /// the offset of each field.
    pub fn tuple_layout(&mut self, items: &[Type]) -> (TypeId, Vec<(i32, Vec<Ty>)>) {
        let mut flat = Vec::new();
        let mut fields = Vec::new();
        let mut off = 8i32;
        for it in items {
            let r = reprs(it);
            fields.push((off, r.clone()));
            off += 8 * r.len() as i32;
            flat.extend(r);
        }
        let tid = match self.cx.tuple_tids.get(&flat) {
            Some(&t) => t,
            None => {
                let ptrs: Vec<u32> = flat
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| **t == Ty::Ref)
                    .map(|(i, _)| 8 + 8 * i as u32)
                    .collect();
                let name = format!(
                    "tuple({})",
                    flat.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
                );
                let t = self.cx.module.add_type(GcType {
                    name,
                    size: (8 + 8 * flat.len().max(1)) as u32,
                    varsize: None,
                    ptr_offsets: ptrs,
                    item_ptr_offsets: vec![],
                });
                self.cx.tuple_tids.insert(flat, t);
                t
            }
        };
        (tid, fields)
    }

    /// Build a tuple object from its field values.
    pub fn make_tuple(&mut self, items: &[Type], vals: &[Vec<Value>]) -> Value {
        let (tid, fields) = self.tuple_layout(items);
        let obj = self.push1(Op::New(tid), Ty::Ref);
        self.check_alloc(obj);
        for ((off, tys), vs) in fields.iter().zip(vals) {
            for (k, (&v, ty)) in vs.iter().zip(tys).enumerate() {
                self.push0(Op::Store {
                    base: obj,
                    offset: off + 8 * k as i32,
                    value: v,
                    barrier: *ty == Ty::Ref,
                });
            }
        }
        obj
    }

    /// Field `i` of a tuple object.
    pub fn tuple_field(&mut self, items: &[Type], obj: Value, i: usize) -> Vec<Value> {
        let (_, fields) = self.tuple_layout(items);
        let (off, tys) = fields[i].clone();
        tys.iter()
            .enumerate()
            .map(|(k, &ty)| {
                self.push1(
                    Op::Load {
                        ty,
                        base: obj,
                        offset: off + 8 * k as i32,
                    },
                    ty,
                )
            })
            .collect()
    }

    /// After `New`/`NewArray`: a null result means out of memory.
    pub fn check_alloc(&mut self, obj: Value) {
        let null = self.zero_of(Ty::Ref);
        let failed = self.push1(Op::ICmp(crate::lir::Cmp::Eq, obj, null), Ty::Bool);
        let (fail, cont) = self.branch(failed);
        self.cur = fail;
        self.push0(Op::CallRt(crate::lir::RtFn::RaiseMemoryError, vec![]));
        self.goto_exc();
        self.cur = cont;
    }

    /// Zero values of a type (for a variable not assigned on some path).
    pub fn zero_vals(&mut self, t: &Type) -> Vec<Value> {
        reprs(t).into_iter().map(|ty| self.zero_of(ty)).collect()
    }

    /// Convert values of type `from` to type `to` (bool to int, tuples of
    /// them, nothing to zero).
    pub fn convert(&mut self, vals: Vec<Value>, from: &Type, to: &Type) -> Vec<Value> {
        if from == to {
            return vals;
        }
        match (from, to) {
            (Type::Bottom, t) => self.zero_vals(t),
            (Type::Bool, Type::Int) => {
                vec![self.push1(Op::Cast(Cast::ZExt, vals[0], Ty::I64), Ty::I64)]
            }
            (Type::Tuple(a), Type::Tuple(b)) if a.len() == b.len() => {
                let a = a.clone();
                let b = b.clone();
                if a.iter().zip(&b).all(|(x, y)| reprs(x) == reprs(y)) {
                    return vals;
                }
                let fields: Vec<Vec<Value>> = (0..a.len())
                    .map(|i| {
                        let f = self.tuple_field(&a, vals[0], i);
                        self.convert(f, &a[i], &b[i])
                    })
                    .collect();
                vec![self.make_tuple(&b, &fields)]
            }
            _ => vals,
        }
    }

    /// An int-like value as `i64` (bool zero-extended).
    pub fn as_int(&mut self, v: Value, t: &Type) -> Value {
        match t {
            Type::Bool => self.push1(Op::Cast(Cast::ZExt, v, Ty::I64), Ty::I64),
            _ => v,
        }
    }

    /// A numeric value as `f64`.
    pub fn as_float(&mut self, v: Value, t: &Type) -> Value {
        match t {
            Type::Float => v,
            _ => {
                let i = self.as_int(v, t);
                self.push1(Op::Cast(Cast::SIToF, i, Ty::F64), Ty::F64)
            }
        }
    }
}

//! Lowering of sequences: list fields, items and growth, index
//! normalisation with CPython's IndexError messages, searching and
//! comparing lists item by item (specialised per item type), lengths, and
//! the `IterNext` of `for` loops over lists, strings, ranges and tuples.

use super::repr::{item_ty, items_tid, reprs, ITEMS};
use super::FnLower;
use crate::annotate::Type;
use crate::flow::{self, Var};
use crate::lir::layout::{self, ExcKind};
use crate::lir::{BinOp, Cmp, Op, OvfOp, RtFn, Terminator, Ty, Value};

impl FnLower<'_, '_> {
    pub fn list_len(&mut self, l: Value) -> Value {
        self.push1(
            Op::Load {
                ty: Ty::I64,
                base: l,
                offset: layout::list::LEN,
            },
            Ty::I64,
        )
    }

    pub fn list_items(&mut self, l: Value) -> Value {
        self.push1(
            Op::Load {
                ty: Ty::Ref,
                base: l,
                offset: layout::list::ITEMS,
            },
            Ty::Ref,
        )
    }

    /// Item `i` (in range) of a list of `item`.
    pub fn list_get(&mut self, l: Value, i: Value, item: &Type) -> Vec<Value> {
        match item_ty(item) {
            Some(ty) => {
                let items = self.list_items(l);
                vec![self.push1(
                    Op::LoadItem {
                        ty,
                        base: items,
                        items_offset: ITEMS,
                        index: i,
                    },
                    ty,
                )]
            }
            None => vec![],
        }
    }

    /// Store item `i` (in range).
    pub fn list_set(&mut self, l: Value, i: Value, item: &Type, vals: &[Value]) {
        if let Some(ty) = item_ty(item) {
            let items = self.list_items(l);
            self.push0(Op::StoreItem {
                base: items,
                items_offset: ITEMS,
                index: i,
                value: vals[0],
                barrier: ty == Ty::Ref,
            });
        }
    }

    /// A new list of `n` zeroed items.
    pub fn new_list(&mut self, item: &Type, n: Value) -> Value {
        let tid = self.iconst(items_tid(item).0 as i64);
        self.call_rt1(RtFn::ListNew, &[n, tid])
    }

    /// `list.append(x)`: inline when there is room.
    pub fn list_append(&mut self, l: Value, item: &Type, vals: &[Value]) {
        let len = self.list_len(l);
        let one = self.iconst(1);
        let n1 = self.push1(Op::Bin(BinOp::IAdd, len, one), Ty::I64);
        let items = self.list_items(l);
        let cap = self.push1(
            Op::Load {
                ty: Ty::I64,
                base: items,
                offset: layout::array::LEN,
            },
            Ty::I64,
        );
        let room = self.push1(Op::ICmp(Cmp::Lt, len, cap), Ty::Bool);
        let (fast, slow) = self.branch(room);
        let store = self.new_block();
        self.cur = fast;
        self.push0(Op::Store {
            base: l,
            offset: layout::list::LEN,
            value: n1,
            barrier: false,
        });
        self.set_term(Terminator::Jump(store, vec![]));
        self.cur = slow;
        self.call_rt(RtFn::ListResize, &[l, n1]);
        self.set_term(Terminator::Jump(store, vec![]));
        self.cur = store;
        self.list_set(l, len, item, vals);
    }

    /// Normalise a Python index against `len`, raising `kind(msg)` when out
    /// of range.
    pub fn normalize_index(&mut self, i: Value, len: Value, kind: ExcKind, msg: &str) -> Value {
        let zero = self.iconst(0);
        let neg = self.push1(Op::ICmp(Cmp::Lt, i, zero), Ty::Bool);
        let plus = self.push1(Op::Bin(BinOp::IAdd, i, len), Ty::I64);
        let idx = self.push1(Op::Select(neg, plus, i), Ty::I64);
        let below = self.push1(Op::ICmp(Cmp::Lt, idx, zero), Ty::Bool);
        let above = self.push1(Op::ICmp(Cmp::Ge, idx, len), Ty::Bool);
        let bad = self.push1(Op::Bin(BinOp::Or, below, above), Ty::Bool);
        self.raise_if(bad, kind, msg);
        idx
    }

    /// A counted loop `for i in 0..n`: calls `body(self, i)` in the loop;
    /// returns with the current block after the loop.
    pub fn count_loop(&mut self, n: Value, body: &mut dyn FnMut(&mut Self, Value)) {
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let zero = self.iconst(0);
        self.set_term(Terminator::Jump(header, vec![zero]));
        self.cur = header;
        let more = self.push1(Op::ICmp(Cmp::Lt, i, n), Ty::Bool);
        let (body_b, after) = self.branch(more);
        self.cur = body_b;
        body(self, i);
        let one = self.iconst(1);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next]));
        self.cur = after;
    }

    /// Index of the first item equal to the needle, or -1.
    pub fn list_find(&mut self, l: Value, item: &Type, tn: &Type, vn: &[Value]) -> Value {
        let zero = self.iconst(0);
        let len = self.list_len(l);
        self.list_find_in(l, item, tn, vn, zero, len)
    }

    /// Index of the first item equal to the needle in `start..end` (the
    /// list's length bounds the search at each step), or -1.
    pub fn list_find_in(
        &mut self,
        l: Value,
        item: &Type,
        tn: &Type,
        vn: &[Value],
        start: Value,
        end: Value,
    ) -> Value {
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let done = self.new_block();
        let result = self.f.add_param(done, Ty::I64);
        self.set_term(Terminator::Jump(header, vec![start]));
        self.cur = header;
        let len = self.list_len(l);
        let in_list = self.push1(Op::ICmp(Cmp::Lt, i, len), Ty::Bool);
        let in_range = self.push1(Op::ICmp(Cmp::Lt, i, end), Ty::Bool);
        let more = self.push1(Op::Bin(BinOp::And, in_list, in_range), Ty::Bool);
        let body = self.new_block();
        let m1 = self.iconst(-1);
        self.set_term(Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: done,
            else_args: vec![m1],
        });
        self.cur = body;
        let v = self.list_get(l, i, item);
        let e = self.equal(item, &v, tn, vn);
        let next_b = self.new_block();
        self.set_term(Terminator::Branch {
            cond: e,
            then_block: done,
            then_args: vec![i],
            else_block: next_b,
            else_args: vec![],
        });
        self.cur = next_b;
        let one = self.iconst(1);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next]));
        self.cur = done;
        result
    }

    pub(super) fn list_eq(&mut self, a: Value, ia: &Type, b: Value, ib: &Type) -> Value {
        let done = self.new_block();
        let result = self.f.add_param(done, Ty::Bool);
        let la = self.list_len(a);
        let lb = self.list_len(b);
        let same_len = self.push1(Op::ICmp(Cmp::Eq, la, lb), Ty::Bool);
        let start = self.new_block();
        let f = self.bconst(false);
        self.set_term(Terminator::Branch {
            cond: same_len,
            then_block: start,
            then_args: vec![],
            else_block: done,
            else_args: vec![f],
        });
        self.cur = start;
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let zero = self.iconst(0);
        self.set_term(Terminator::Jump(header, vec![zero]));
        self.cur = header;
        let la = self.list_len(a);
        let lb = self.list_len(b);
        let shorter = self.push1(Op::ICmp(Cmp::Lt, la, lb), Ty::Bool);
        let n = self.push1(Op::Select(shorter, la, lb), Ty::I64);
        let more = self.push1(Op::ICmp(Cmp::Lt, i, n), Ty::Bool);
        let body = self.new_block();
        let t = self.bconst(true);
        self.set_term(Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: done,
            else_args: vec![t],
        });
        self.cur = body;
        let x = self.list_get(a, i, ia);
        let y = self.list_get(b, i, ib);
        let e = self.equal(ia, &x, ib, &y);
        let next_b = self.new_block();
        let f = self.bconst(false);
        self.set_term(Terminator::Branch {
            cond: e,
            then_block: next_b,
            then_args: vec![],
            else_block: done,
            else_args: vec![f],
        });
        self.cur = next_b;
        let one = self.iconst(1);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next]));
        self.cur = done;
        result
    }

    pub(super) fn list_order(
        &mut self,
        cmp: Cmp,
        a: Value,
        ia: &Type,
        b: Value,
        ib: &Type,
    ) -> Value {
        let done = self.new_block();
        let result = self.f.add_param(done, Ty::Bool);
        let header = self.new_block();
        let i = self.f.add_param(header, Ty::I64);
        let zero = self.iconst(0);
        self.set_term(Terminator::Jump(header, vec![zero]));
        self.cur = header;
        let la = self.list_len(a);
        let lb = self.list_len(b);
        let in_a = self.push1(Op::ICmp(Cmp::Lt, i, la), Ty::Bool);
        let in_b = self.push1(Op::ICmp(Cmp::Lt, i, lb), Ty::Bool);
        let both = self.push1(Op::Bin(BinOp::And, in_a, in_b), Ty::Bool);
        let body = self.new_block();
        let ends = self.new_block();
        self.set_term(Terminator::Branch {
            cond: both,
            then_block: body,
            then_args: vec![],
            else_block: ends,
            else_args: vec![],
        });
        self.cur = ends;
        let r = self.push1(Op::ICmp(cmp, la, lb), Ty::Bool);
        self.set_term(Terminator::Jump(done, vec![r]));
        self.cur = body;
        let x = self.list_get(a, i, ia);
        let y = self.list_get(b, i, ib);
        let e = self.equal(ia, &x, ib, &y);
        let next_b = self.new_block();
        let differ = self.new_block();
        self.set_term(Terminator::Branch {
            cond: e,
            then_block: next_b,
            then_args: vec![],
            else_block: differ,
            else_args: vec![],
        });
        self.cur = differ;
        let r = self.order(cmp, ia, &x, ib, &y);
        self.set_term(Terminator::Jump(done, vec![r]));
        self.cur = next_b;
        let one = self.iconst(1);
        let next = self.push1(Op::Bin(BinOp::IAdd, i, one), Ty::I64);
        self.set_term(Terminator::Jump(header, vec![next]));
        self.cur = done;
        result
    }

    /// Item `i` (in range) of a tuple whose items share one representation.
    pub(super) fn tuple_dynamic_get(
        &mut self,
        items: &[Type],
        obj: Value,
        i: Value,
        result: &Type,
    ) -> Vec<Value> {
        let r = reprs(result);
        let (_, fields) = self.tuple_layout(items);
        if r.len() != 1 || fields.iter().any(|(_, tys)| tys.len() != 1) {
            return self.zero_vals(result);
        }
        // Convert each field lazily: a chain of compares on the index.
        let done = self.new_block();
        let out = self.f.add_param(done, r[0]);
        for (k, it) in items.iter().enumerate() {
            let kv = self.iconst(k as i64);
            let is_k = self.push1(Op::ICmp(Cmp::Eq, i, kv), Ty::Bool);
            let (hit, next) = self.branch(is_k);
            self.cur = hit;
            let f = self.tuple_field(items, obj, k);
            let f = self.convert(f, it, result);
            self.set_term(Terminator::Jump(done, vec![f[0]]));
            self.cur = next;
        }
        self.set_term(Terminator::Unreachable);
        self.cur = done;
        vec![out]
    }

    pub fn seq_len(&mut self, t: &Type, vals: &[Value]) -> Value {
        match t {
            Type::List(_) => self.list_len(vals[0]),
            Type::Str => self.push1(
                Op::Load {
                    ty: Ty::I64,
                    base: vals[0],
                    offset: layout::str_::CHARLEN,
                },
                Ty::I64,
            ),
            Type::Tuple(items) => self.iconst(items.len() as i64),
            Type::Range => {
                // max(0, ceil((stop - start) / step)) without overflow for
                // the usual cases.
                let (start, stop, step) = (vals[0], vals[1], vals[2]);
                let zero = self.iconst(0);
                let one = self.iconst(1);
                let pos = self.push1(Op::ICmp(Cmp::Gt, step, zero), Ty::Bool);
                let d = self.push1(Op::Bin(BinOp::ISub, stop, start), Ty::I64);
                let m1 = self.iconst(-1);
                let adj = self.push1(Op::Select(pos, m1, one), Ty::I64);
                let d2 = self.push1(Op::Bin(BinOp::IAdd, d, step), Ty::I64);
                let d3 = self.push1(Op::Bin(BinOp::IAdd, d2, adj), Ty::I64);
                let n = self.push1(Op::Bin(BinOp::SDiv, d3, step), Ty::I64);
                let neg = self.push1(Op::ICmp(Cmp::Lt, n, zero), Ty::Bool);
                self.push1(Op::Select(neg, zero, n), Ty::I64)
            }
            _ => self.iconst(0),
        }
    }

    pub(super) fn iter_next(
        &mut self,
        seq: Var,
        state: Var,
        body: &flow::Target,
        exit: &flow::Target,
    ) {
        let t = self.ty(seq);
        let s = self.val(seq);
        let st = self.val1(state);
        let item_t = {
            let params = &self.graph.blocks[body.block.index()].params;
            params.first().map(|p| self.ty(*p)).unwrap_or(Type::Bottom)
        };
        let (more, item, item_ty_src): (Value, NextItem<'_, '_>, Type) = match &t {
            Type::List(l) => {
                let it = self.cx.ann.lists.item(*l).clone();
                let len = self.list_len(s[0]);
                let more = self.push1(Op::ICmp(Cmp::Lt, st, len), Ty::Bool);
                let list = s[0];
                (
                    more,
                    Box::new(move |me: &mut Self| {
                        let v = me.list_get(list, st, &it);
                        let one = me.iconst(1);
                        (v, me.push1(Op::Bin(BinOp::IAdd, st, one), Ty::I64))
                    }),
                    self.cx.ann.lists.item(*l).clone(),
                )
            }
            Type::Str => {
                let len = self.push1(
                    Op::Load {
                        ty: Ty::I64,
                        base: s[0],
                        offset: layout::str_::LEN,
                    },
                    Ty::I64,
                );
                let more = self.push1(Op::ICmp(Cmp::Lt, st, len), Ty::Bool);
                let string = s[0];
                (
                    more,
                    Box::new(move |me: &mut Self| {
                        let c = me.call_rt1(RtFn::StrCharAt, &[string, st]);
                        let n = me.call_rt1(RtFn::StrNextPos, &[string, st]);
                        (vec![c], n)
                    }),
                    Type::Str,
                )
            }
            Type::Range => {
                let (stop, step) = (s[1], s[2]);
                let zero = self.iconst(0);
                let pos = self.push1(Op::ICmp(Cmp::Gt, step, zero), Ty::Bool);
                let lt = self.push1(Op::ICmp(Cmp::Lt, st, stop), Ty::Bool);
                let gt = self.push1(Op::ICmp(Cmp::Gt, st, stop), Ty::Bool);
                let more = self.push1(Op::Select(pos, lt, gt), Ty::Bool);
                (
                    more,
                    Box::new(move |me: &mut Self| {
                        let r = me.push(Op::Ovf(OvfOp::Add, st, step), &[Ty::I64, Ty::Bool]);
                        // On overflow the iteration ends after this item.
                        let n = me.push1(Op::Select(r[1], stop, r[0]), Ty::I64);
                        (vec![st], n)
                    }),
                    Type::Int,
                )
            }
            Type::Tuple(items) => {
                let n = self.iconst(items.len() as i64);
                let more = self.push1(Op::ICmp(Cmp::Lt, st, n), Ty::Bool);
                let items = items.clone();
                let obj = s[0];
                let it2 = item_t.clone();
                (
                    more,
                    Box::new(move |me: &mut Self| {
                        let v = me.tuple_dynamic_get(&items, obj, st, &it2);
                        let one = me.iconst(1);
                        (v, me.push1(Op::Bin(BinOp::IAdd, st, one), Ty::I64))
                    }),
                    item_t.clone(),
                )
            }
            _ => {
                self.set_term(Terminator::Unreachable);
                return;
            }
        };
        let (body_b, exit_b) = self.branch(more);
        self.cur = exit_b;
        self.jump_to(exit, &[]);
        self.cur = body_b;
        let (vals, next_state) = item(self);
        self.jump_to(body, &[(vals, item_ty_src), (vec![next_state], Type::Int)]);
    }
}

/// Emits the item of one iteration and the next state (see `iter_next`).
type NextItem<'a, 'c> = Box<dyn Fn(&mut FnLower<'a, 'c>) -> (Vec<Value>, Value)>;

//! The lattice of annotations: one type per variable, list item types shared
//! through union-find cells so that every alias of a list agrees.
//!
//! Invariants: `Bottom` is below every type (a variable not yet reached);
//! `union` never loses information — it either returns a type at least as
//! general as both sides or fails; list cells only ever generalise.

use std::fmt;

use crate::syntax::span::Span;

/// A list definition: the item type shared by every list that meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// No value yet (unreached, or only ever `undef`).
    Bottom,
    None,
    Bool,
    Int,
    Float,
    Str,
    List(ListId),
    Tuple(Vec<Type>),
    /// `range(start, stop, step)`.
    Range,
    /// An exception instance.
    Exc,
}

impl Type {
    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Bool | Type::Int | Type::Float)
    }

    pub fn is_intlike(&self) -> bool {
        matches!(self, Type::Bool | Type::Int)
    }
}

/// The list cells (union-find).
#[derive(Clone, Debug, Default)]
pub struct Lists {
    parent: Vec<u32>,
    item: Vec<Type>,
    /// Where the list was made (for diagnostics).
    pub origin: Vec<Span>,
}

impl Lists {
    pub fn new_list(&mut self, item: Type, origin: Span) -> ListId {
        self.parent.push(self.parent.len() as u32);
        self.item.push(item);
        self.origin.push(origin);
        ListId(self.parent.len() as u32 - 1)
    }

    pub fn find(&self, mut l: ListId) -> ListId {
        while self.parent[l.0 as usize] != l.0 {
            l = ListId(self.parent[l.0 as usize]);
        }
        l
    }

    pub fn item(&self, l: ListId) -> &Type {
        &self.item[self.find(l).0 as usize]
    }

    pub fn count(&self) -> usize {
        self.parent.len()
    }

    /// Replace the item type of a root (after a successful union).
    fn set_item(&mut self, l: ListId, t: Type) {
        let r = self.find(l);
        self.item[r.0 as usize] = t;
    }

    /// Canonical form of a type: list ids replaced by their roots.
    pub fn canon(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => Type::List(self.find(*l)),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.canon(t)).collect()),
            other => other.clone(),
        }
    }

    pub fn display(&self, t: &Type) -> String {
        match t {
            Type::Bottom => "nothing".into(),
            Type::None => "None".into(),
            Type::Bool => "bool".into(),
            Type::Int => "int".into(),
            Type::Float => "float".into(),
            Type::Str => "str".into(),
            Type::Range => "range".into(),
            Type::Exc => "exception".into(),
            Type::List(l) => format!("list[{}]", self.display(self.item(*l))),
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.display(t)).collect();
                format!("tuple[{}]", parts.join(", "))
            }
        }
    }
}

/// Why two types could not be united.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub left: String,
    pub right: String,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} and {}", self.left, self.right)
    }
}

/// The result of a union: the united type, and the list roots whose item
/// type changed (their readers must be re-flowed).
pub struct United {
    pub ty: Type,
    pub changed_lists: Vec<ListId>,
}

/// The least general type above both, or a conflict. Lists are merged.
pub fn union(lists: &mut Lists, a: &Type, b: &Type) -> Result<United, Conflict> {
    let mut changed = Vec::new();
    let ty = union_rec(lists, a, b, &mut changed)?;
    Ok(United {
        ty,
        changed_lists: changed,
    })
}

fn union_rec(
    lists: &mut Lists,
    a: &Type,
    b: &Type,
    changed: &mut Vec<ListId>,
) -> Result<Type, Conflict> {
    let conflict = |lists: &Lists| Conflict {
        left: lists.display(a),
        right: lists.display(b),
    };
    Ok(match (a, b) {
        (Type::Bottom, t) | (t, Type::Bottom) => t.clone(),
        (Type::Bool, Type::Int) | (Type::Int, Type::Bool) => Type::Int,
        (Type::List(x), Type::List(y)) => {
            let (rx, ry) = (lists.find(*x), lists.find(*y));
            if rx == ry {
                return Ok(Type::List(rx));
            }
            let (ix, iy) = (lists.item(rx).clone(), lists.item(ry).clone());
            let item = union_rec(lists, &ix, &iy, changed).map_err(|c| Conflict {
                left: format!("list[{}]", c.left),
                right: format!("list[{}]", c.right),
            })?;
            // Merge ry into rx.
            lists.parent[ry.0 as usize] = rx.0;
            if item != ix {
                changed.push(rx);
            }
            if item != iy {
                changed.push(ry);
            }
            changed.push(rx);
            lists.set_item(rx, item);
            Type::List(rx)
        }
        (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
            let mut out = Vec::new();
            for (x, y) in xs.iter().zip(ys) {
                out.push(union_rec(lists, x, y, changed).map_err(|_| conflict(lists))?);
            }
            Type::Tuple(out)
        }
        (x, y) if x == y => x.clone(),
        _ => return Err(conflict(lists)),
    })
}

/// Generalise the item type of a list with `t` (for `append`, stores, ...).
pub fn add_item(lists: &mut Lists, l: ListId, t: &Type) -> Result<Vec<ListId>, Conflict> {
    let root = lists.find(l);
    let old = lists.item(root).clone();
    let mut changed = Vec::new();
    let new = union_rec(lists, &old, t, &mut changed)?;
    let root = lists.find(root);
    if new != old {
        lists.set_item(root, new);
        changed.push(root);
    }
    Ok(changed)
}

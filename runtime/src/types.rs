//! The type table: the only thing the runtime knows about program types.
//!
//! The compiler emits an array of [`TypeInfo`] (a `#[repr(C)]` struct whose
//! layout is part of the ABI) and registers it once at start-up. The runtime
//! validates it and copies it into [`TypeTable`], so that a bad table is an
//! error at init time, never a wild read during a collection.
//!
//! Invariant kept: every [`TypeDesc`] has 8-aligned GC-pointer offsets that lie
//! inside the object, so tracing never reads outside an object.

use crate::header::ObjPtr;

/// `TypeInfo::flags`: the type has a variable-length part (an array).
pub const TYPE_VARSIZE: u32 = 1;

/// Smallest object the collector handles: a header plus one word (the word
/// holds the forwarding address while a young object is being moved).
pub const MIN_OBJECT_SIZE: usize = 16;

/// One type descriptor, as emitted by the compiler (40 bytes, see
/// docs/runtime-abi.md for the field offsets).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct TypeInfo {
    /// Fixed types: the size in bytes, header included. Var-sized types: the
    /// offset of item 0 (the size of the object with no items).
    pub size: u32,
    /// `TYPE_VARSIZE` or 0.
    pub flags: u32,
    /// Var-sized types: bytes per item.
    pub item_size: u32,
    /// Var-sized types: offset of the signed 64-bit length field.
    pub length_offset: u32,
    /// Number of entries in `ptr_offsets`.
    pub n_ptr_offsets: u32,
    /// Number of entries in `item_ptr_offsets`.
    pub n_item_ptr_offsets: u32,
    /// Offsets of the GC pointers in the fixed part (may be null if count 0).
    pub ptr_offsets: *const u32,
    /// Offsets of the GC pointers inside each item (may be null if count 0).
    /// Empty for arrays of numbers, `[0]` for arrays of GC pointers.
    pub item_ptr_offsets: *const u32,
}

/// A validated, runtime-owned copy of one [`TypeInfo`].
#[derive(Clone, Debug)]
pub struct TypeDesc {
    pub size: usize,
    pub varsize: bool,
    pub item_size: usize,
    pub length_offset: usize,
    pub ptr_offsets: Box<[u32]>,
    pub item_ptr_offsets: Box<[u32]>,
}

impl TypeDesc {
    /// True if the variable part holds GC pointers.
    #[inline]
    pub fn items_have_ptrs(&self) -> bool {
        !self.item_ptr_offsets.is_empty()
    }

    /// Largest length whose object size still fits in `isize`.
    pub fn max_length(&self) -> i64 {
        if !self.varsize {
            return 0;
        }
        let room = (isize::MAX as usize / 2).saturating_sub(self.size);
        match room.checked_div(self.item_size) {
            Some(n) => n.min(i64::MAX as usize) as i64,
            None => i64::MAX,
        }
    }

    /// Allocated size of an object with `length` items (ignored for fixed
    /// types): at least 16 bytes, rounded up to a multiple of 8.
    #[inline]
    pub fn alloc_size(&self, length: usize) -> usize {
        let raw = if self.varsize {
            self.size + length * self.item_size
        } else {
            self.size
        };
        round_size(raw)
    }
}

/// Rounds an object size up to the allocation granule (and the minimum).
#[inline]
pub const fn round_size(raw: usize) -> usize {
    let r = (raw + 7) & !7;
    if r < MIN_OBJECT_SIZE {
        MIN_OBJECT_SIZE
    } else {
        r
    }
}

/// Why a type table was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeTableError {
    pub type_id: u32,
    pub reason: &'static str,
}

impl std::fmt::Display for TypeTableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "type {}: {}", self.type_id, self.reason)
    }
}

/// The validated type table.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    descs: Vec<TypeDesc>,
}

impl TypeTable {
    /// Builds a table from descriptors given as Rust values.
    pub fn from_descs(descs: Vec<TypeDesc>) -> Result<TypeTable, TypeTableError> {
        for (i, d) in descs.iter().enumerate() {
            validate(i as u32, d)?;
        }
        Ok(TypeTable { descs })
    }

    /// Copies and validates a table emitted by the compiler.
    ///
    /// # Safety
    /// `table` must point at `n` readable `TypeInfo`s whose offset arrays are
    /// readable for their stated counts.
    pub unsafe fn from_raw(table: *const TypeInfo, n: u32) -> Result<TypeTable, TypeTableError> {
        let mut descs = Vec::with_capacity(n as usize);
        for i in 0..n as usize {
            let t = &*table.add(i);
            let read = |p: *const u32, n: u32| -> Box<[u32]> {
                if n == 0 || p.is_null() {
                    Box::new([])
                } else {
                    std::slice::from_raw_parts(p, n as usize).into()
                }
            };
            descs.push(TypeDesc {
                size: t.size as usize,
                varsize: t.flags & TYPE_VARSIZE != 0,
                item_size: t.item_size as usize,
                length_offset: t.length_offset as usize,
                ptr_offsets: read(t.ptr_offsets, t.n_ptr_offsets),
                item_ptr_offsets: read(t.item_ptr_offsets, t.n_item_ptr_offsets),
            });
        }
        TypeTable::from_descs(descs)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.descs.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.descs.is_empty()
    }

    #[inline]
    pub fn get(&self, tid: u32) -> Option<&TypeDesc> {
        self.descs.get(tid as usize)
    }

    /// The descriptor of `tid`, which the caller knows to be valid.
    #[inline]
    pub fn desc(&self, tid: u32) -> &TypeDesc {
        &self.descs[tid as usize]
    }

    /// Length of var-sized object `obj` (0 for fixed types).
    ///
    /// # Safety
    /// `obj` must be an object of type `d`.
    #[inline]
    pub unsafe fn length_of(d: &TypeDesc, obj: ObjPtr) -> usize {
        if d.varsize {
            *((obj as *const u8).add(d.length_offset) as *const i64) as usize
        } else {
            0
        }
    }

    /// Allocated size of `obj`.
    ///
    /// # Safety
    /// `obj` must be a valid object with a type id from this table.
    #[inline]
    pub unsafe fn size_of(&self, obj: ObjPtr) -> usize {
        let d = self.desc(crate::header::tid(obj));
        d.alloc_size(Self::length_of(d, obj))
    }
}

fn validate(tid: u32, d: &TypeDesc) -> Result<(), TypeTableError> {
    let err = |reason| {
        Err(TypeTableError {
            type_id: tid,
            reason,
        })
    };
    if d.size < 8 {
        return err("size smaller than the header");
    }
    if d.size > u32::MAX as usize / 2 {
        return err("size too large");
    }
    for &o in d.ptr_offsets.iter() {
        let o = o as usize;
        if o < 8 || !o.is_multiple_of(8) || o + 8 > d.size {
            return err("GC-pointer offset outside the fixed part or misaligned");
        }
    }
    if d.varsize {
        if d.item_size == 0 {
            return err("var-sized type with item size 0");
        }
        let lo = d.length_offset;
        if lo < 8 || !lo.is_multiple_of(8) || lo + 8 > d.size {
            return err("length field outside the fixed part or misaligned");
        }
        if d.ptr_offsets.contains(&(lo as u32)) {
            return err("length field overlaps a GC pointer");
        }
        if d.items_have_ptrs() && (!d.item_size.is_multiple_of(8) || !d.size.is_multiple_of(8)) {
            return err("items holding GC pointers must be 8-aligned");
        }
        for &o in d.item_ptr_offsets.iter() {
            let o = o as usize;
            if !o.is_multiple_of(8) || o + 8 > d.item_size {
                return err("item GC-pointer offset outside the item or misaligned");
            }
        }
    } else if !d.item_ptr_offsets.is_empty() {
        return err("item GC pointers on a fixed-size type");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(size: usize, ptrs: &[u32]) -> TypeDesc {
        TypeDesc {
            size,
            varsize: false,
            item_size: 0,
            length_offset: 0,
            ptr_offsets: ptrs.into(),
            item_ptr_offsets: Box::new([]),
        }
    }

    #[test]
    fn sizes_round_up() {
        assert_eq!(round_size(8), 16);
        assert_eq!(round_size(17), 24);
        let arr = TypeDesc {
            size: 16,
            varsize: true,
            item_size: 1,
            length_offset: 8,
            ptr_offsets: Box::new([]),
            item_ptr_offsets: Box::new([]),
        };
        assert_eq!(arr.alloc_size(0), 16);
        assert_eq!(arr.alloc_size(9), 32);
    }

    #[test]
    fn rejects_bad_offsets() {
        assert!(TypeTable::from_descs(vec![fixed(16, &[8])]).is_ok());
        assert!(TypeTable::from_descs(vec![fixed(16, &[16])]).is_err());
        assert!(TypeTable::from_descs(vec![fixed(16, &[0])]).is_err());
        assert!(TypeTable::from_descs(vec![fixed(24, &[12])]).is_err());
    }
}

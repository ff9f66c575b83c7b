//! Card marking for large arrays of GC pointers.
//!
//! An array in the large-object space whose items hold GC pointers and whose
//! length exceeds one card gets a card table: one bit per
//! `1 << CARD_SHIFT` items, stored in the bytes that end [`CARD_OFFSET`]
//! bytes before the object header (card `c` is bit `c & 7` of the byte at
//! `obj - CARD_OFFSET - 1 - (c >> 3)`), much as in PyPy. A store into item `i` sets card `i >> CARD_SHIFT`; the next minor
//! collection rescans only the items of set cards, then clears them.

use crate::header::ObjPtr;

/// log2 of the number of items covered by one card (ABI constant).
pub const CARD_SHIFT: u32 = 3;
/// Distance from the object header back to the end of the card table (the
/// large-object record sits in between). ABI constant.
pub const CARD_OFFSET: usize = 16;
/// Items per card.
pub const CARD_ITEMS: usize = 1 << CARD_SHIFT;

/// Bytes reserved before the header for an array of `length` items (a
/// multiple of 8 so that the object stays 8-aligned).
#[inline]
pub fn card_area(length: usize) -> usize {
    let cards = length.div_ceil(CARD_ITEMS);
    cards.div_ceil(8).div_ceil(8) * 8
}

/// True if an array of `length` items holding GC pointers gets cards when
/// it lives in the large-object space.
#[inline]
pub fn wants_cards(items_have_ptrs: bool, length: usize) -> bool {
    items_have_ptrs && length > CARD_ITEMS
}

/// Sets the card of item `index`.
///
/// # Safety
/// `obj` must have a card table covering `index`.
#[inline]
pub unsafe fn mark(obj: ObjPtr, index: usize) {
    let card = index >> CARD_SHIFT;
    let byte = (obj as *mut u8).sub(CARD_OFFSET + 1 + (card >> 3));
    *byte |= 1 << (card & 7);
}

/// True if the card of item `index` is set.
///
/// # Safety
/// `obj` must have a card table covering `index`.
#[inline]
pub unsafe fn is_marked(obj: ObjPtr, index: usize) -> bool {
    let card = index >> CARD_SHIFT;
    let byte = (obj as *const u8).sub(CARD_OFFSET + 1 + (card >> 3));
    *byte & (1 << (card & 7)) != 0
}

/// Appends to `runs` the item ranges `(first, end)` of the runs of set
/// cards of an array of `length` items, clearing the cards.
///
/// # Safety
/// `obj` must have a card table for `length` items.
pub unsafe fn take_runs(obj: ObjPtr, length: usize, runs: &mut Vec<(usize, usize)>) {
    drain(obj, length, |a, b| runs.push((a, b)));
}

/// Calls `f(first_item, end_item)` for each run of set cards of an array of
/// `length` items, clearing the cards as it goes.
///
/// # Safety
/// `obj` must have a card table for `length` items.
pub unsafe fn drain(obj: ObjPtr, length: usize, mut f: impl FnMut(usize, usize)) {
    let ncards = length.div_ceil(CARD_ITEMS);
    let nbytes = ncards.div_ceil(8);
    let mut run_start: Option<usize> = None;
    let mut b = 0;
    while b < nbytes {
        // Skip eight clear bytes at a time.
        if run_start.is_none() && b + 8 <= nbytes {
            let word = (obj as *const u8).sub(CARD_OFFSET + b + 8) as *const u64;
            if word.read_unaligned() == 0 {
                b += 8;
                continue;
            }
        }
        let byte = (obj as *mut u8).sub(CARD_OFFSET + 1 + b);
        let bits = *byte;
        b += 1;
        let b = b - 1;
        if bits == 0 {
            if let Some(s) = run_start.take() {
                f(s, (b * 8 * CARD_ITEMS).min(length));
            }
            continue;
        }
        *byte = 0;
        for bit in 0..8 {
            let card = b * 8 + bit;
            if bits & (1 << bit) != 0 {
                if run_start.is_none() {
                    run_start = Some(card * CARD_ITEMS);
                }
            } else if let Some(s) = run_start.take() {
                f(s, (card * CARD_ITEMS).min(length));
            }
        }
    }
    if let Some(s) = run_start {
        f(s, length);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs() {
        let len = 40 * CARD_ITEMS + 3;
        let area = card_area(len);
        assert_eq!(area, 8);
        let mut buf = vec![0u64; 8];
        let obj = unsafe { (buf.as_mut_ptr() as *mut u8).add(area + CARD_OFFSET) } as ObjPtr;
        unsafe {
            mark(obj, 0);
            mark(obj, CARD_ITEMS + 1);
            mark(obj, 5 * CARD_ITEMS);
            mark(obj, len - 1);
            assert!(is_marked(obj, 1));
            assert!(!is_marked(obj, 2 * CARD_ITEMS));
            let mut got = Vec::new();
            drain(obj, len, |a, b| got.push((a, b)));
            assert_eq!(
                got,
                vec![
                    (0, 2 * CARD_ITEMS),
                    (5 * CARD_ITEMS, 6 * CARD_ITEMS),
                    (40 * CARD_ITEMS, len)
                ]
            );
            assert!(!is_marked(obj, 0));
        }
    }
}

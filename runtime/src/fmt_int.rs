//! Integers to text: `str(i)`, digits in bases 2, 8 and 16, and the str
//! objects of `str(i)` and `str(b)`.
//!
//! What this module keeps true: the text is CPython's (`-` sign, lower-case
//! hex digits, no prefix: prefixes belong to the format-spec renderer), for
//! the whole i64 range including `i64::MIN`.

use crate::objects::{self as o, RResult, Ref};

/// Writes the decimal digits of `i` at the end of `buf`; returns how many
/// bytes (the text is `buf[24 - n..]`).
#[inline]
pub fn write_decimal(buf: &mut [u8; 24], i: i64) -> usize {
    let mut v = i.unsigned_abs();
    let mut p = 24;
    loop {
        p -= 1;
        buf[p] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if i < 0 {
        p -= 1;
        buf[p] = b'-';
    }
    24 - p
}

/// `str(i)`.
pub fn to_decimal(i: i64) -> String {
    let mut buf = [0u8; 24];
    let n = write_decimal(&mut buf, i);
    String::from_utf8_lossy(&buf[24 - n..]).into_owned()
}

/// The digits of `|i|` in `base` (2, 8, 10 or 16, lower case), with a
/// leading `-` for negative numbers and no prefix.
pub fn to_base(i: i64, base: u32) -> String {
    if base == 10 {
        return to_decimal(i);
    }
    let mut v = i.unsigned_abs();
    let mut digits = Vec::with_capacity(66);
    loop {
        let d = (v % base as u64) as u8;
        digits.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        v /= base as u64;
        if v == 0 {
            break;
        }
    }
    if i < 0 {
        digits.push(b'-');
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// A new str holding `str(i)` (single digits are prebuilt). May collect.
///
/// # Safety
/// The GC must be initialised.
pub unsafe fn int_to_str_obj(i: i64) -> RResult<Ref> {
    let mut buf = [0u8; 24];
    let n = write_decimal(&mut buf, i);
    let text = std::str::from_utf8_unchecked(&buf[24 - n..]);
    o::new_str_counted(text, n)
}

/// `str(i)`.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_int_to_str(i: i64) -> Ref {
    int_to_str_obj(i).unwrap_or(std::ptr::null_mut())
}

/// `str(b)`: the prebuilt "True" or "False".
#[no_mangle]
pub extern "C" fn rpy_bool_to_str(b: bool) -> Ref {
    o::bool_str(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_and_bases() {
        assert_eq!(to_decimal(0), "0");
        assert_eq!(to_decimal(-7), "-7");
        assert_eq!(to_decimal(i64::MIN), "-9223372036854775808");
        assert_eq!(to_decimal(i64::MAX), "9223372036854775807");
        assert_eq!(to_base(255, 16), "ff");
        assert_eq!(to_base(-255, 16), "-ff");
        assert_eq!(to_base(5, 2), "101");
        assert_eq!(to_base(0, 8), "0");
        assert_eq!(to_base(i64::MIN, 2), format!("-1{}", "0".repeat(63)));
    }
}

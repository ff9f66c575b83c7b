//! `int(s)` and `float(s)` exactly as CPython 3.11 parses them: Unicode
//! decimal digits and spaces are first mapped to ASCII
//! (`_PyUnicode_TransformDecimalAndSpaceToASCII`), then surrounding
//! whitespace, a sign, single underscores between digits and (for floats)
//! `inf`/`infinity`/`nan` in any case are accepted.
//!
//! What this module keeps true: errors carry CPython's exact messages (the
//! repr of the original string, cut to 200 characters for int); values
//! outside the 64-bit range, which CPython would accept as big ints, raise
//! OverflowError "integer overflow" (RPy's rule).

use crate::format_spec::PyErr;
use crate::objects::{self as o, kind, Ref};
use crate::unicode;

/// `Py_ISSPACE`: the ASCII whitespace of CPython's number parsers.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn to_ascii(s: &str) -> Vec<u8> {
    if s.is_ascii() {
        return s.as_bytes().to_vec();
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if unicode::is_space(c) {
                b' '
            } else if let Some(d) = unicode::decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// `repr(s)` cut to `max` characters (`%.200R`).
fn repr_cut(s: &str, max: usize) -> String {
    let r = unicode::repr(s);
    match r.char_indices().nth(max) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

/// The digit limit of CPython 3.11 (`sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// `int(s)` (base 10).
pub fn parse_int(s: &str) -> Result<i64, PyErr> {
    let invalid = || {
        PyErr::value(format!(
            "invalid literal for int() with base 10: {}",
            repr_cut(s, 200)
        ))
    };
    let b = to_ascii(s);
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    if i < b.len() && b[i] == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(b[i] - b'0');
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(invalid());
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    if digits.len() > MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let mut v: i128 = 0;
    for d in digits {
        v = v * 10 + d as i128;
        if v > 1 << 64 {
            return Err(PyErr::new(kind::OVERFLOW_ERROR, "integer overflow"));
        }
    }
    let v = if negative { -v } else { v };
    i64::try_from(v).map_err(|_| PyErr::new(kind::OVERFLOW_ERROR, "integer overflow"))
}

/// Whether `t` (ASCII, no spaces, no underscores) is a float literal
/// `PyOS_string_to_double` consumes entirely.
fn float_syntax_ok(t: &[u8]) -> bool {
    let mut i = 0;
    if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
        i += 1;
    }
    let rest = &t[i..];
    let lower: Vec<u8> = rest.iter().map(u8::to_ascii_lowercase).collect();
    if lower == b"inf" || lower == b"infinity" || lower == b"nan" {
        return true;
    }
    let mut mant = 0;
    while i < t.len() && t[i].is_ascii_digit() {
        i += 1;
        mant += 1;
    }
    if i < t.len() && t[i] == b'.' {
        i += 1;
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
            mant += 1;
        }
    }
    if mant == 0 {
        return false;
    }
    if i < t.len() && (t[i] == b'e' || t[i] == b'E') {
        i += 1;
        if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == t.len()
}

/// `float(s)`.
pub fn parse_float(s: &str) -> Result<f64, PyErr> {
    let invalid = || {
        PyErr::value(format!(
            "could not convert string to float: {}",
            unicode::repr(s)
        ))
    };
    let b = to_ascii(s);
    let mut from = 0;
    let mut to = b.len();
    while from < to && is_ascii_space(b[from]) {
        from += 1;
    }
    while to > from + 1 && is_ascii_space(b[to - 1]) {
        to -= 1;
    }
    let t = &b[from..to];
    let mut clean = Vec::with_capacity(t.len());
    let mut prev = 0u8;
    for &c in t {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(invalid());
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' || !float_syntax_ok(&clean) {
        return Err(invalid());
    }
    let text = std::str::from_utf8(&clean).map_err(|_| invalid())?;
    text.parse::<f64>().map_err(|_| invalid())
}

/// `int(s)`.
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_to_int(s: Ref) -> i64 {
    match parse_int(o::str_as_str(s)) {
        Ok(v) => v,
        Err(e) => {
            crate::format_spec::raise(&e);
            0
        }
    }
}

/// `float(s)`.
///
/// # Safety
/// `s` must be a valid str; GC initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_str_to_float(s: Ref) -> f64 {
    match parse_float(o::str_as_str(s)) {
        Ok(v) => v,
        Err(e) => {
            crate::format_spec::raise(&e);
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(parse_int(" -1_000 \n"), Ok(-1000));
        assert_eq!(parse_int("007"), Ok(7));
        assert_eq!(parse_int("٣٤"), Ok(34));
        assert_eq!(parse_int("\u{3000}5\u{a0}"), Ok(5));
        assert_eq!(parse_int("-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(
            parse_int("9223372036854775808").unwrap_err().kind,
            kind::OVERFLOW_ERROR
        );
        for bad in [
            "", " ", "_1", "1_", "1__0", "+", "1.5", "\x1c5", "abc", "0x10",
        ] {
            assert_eq!(
                parse_int(bad).unwrap_err().kind,
                kind::VALUE_ERROR,
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_int("abc").unwrap_err().msg,
            "invalid literal for int() with base 10: 'abc'"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1.5 "), Ok(1.5));
        assert_eq!(parse_float("1_0.2_5e1_0"), Ok(10.25e10));
        assert_eq!(parse_float("-iNfinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e500"), Ok(f64::INFINITY));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("5."), Ok(5.0));
        for bad in [
            "", "1e", "e5", ".", "1_", "_1", "1__0", "1._5", "inf_", "infinit", "0x1",
        ] {
            assert!(parse_float(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_float("x").unwrap_err().msg,
            "could not convert string to float: 'x'"
        );
    }
}

//! The format-spec mini-language (`format(x, spec)`, f-string fields) for
//! int, float and str, ported from CPython 3.11's
//! `Python/formatter_unicode.c`: the same parse, the same error messages,
//! the same width computation (`calc_number_widths`), zero padding through
//! the digit grouping (`_PyUnicode_InsertThousandsGrouping`), and the same
//! fill order (`fill_number`).
//!
//! What this module keeps true: the pure functions return either CPython's
//! exact text or CPython's exact exception (kind and message); the C entry
//! points turn the latter into a pending exception. The `n` type uses the C
//! locale (no grouping, `.`), which is what CPython uses unless a program
//! calls `locale.setlocale`.

use crate::fmt_float::{self, DtoaFlags};
use crate::fmt_int;
use crate::objects::{self as o, kind, Ref};
use crate::unicode;

/// An exception as a value: kind and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr {
    pub kind: i64,
    pub msg: String,
}

impl PyErr {
    pub fn new(kind: i64, msg: impl Into<String>) -> PyErr {
        PyErr {
            kind,
            msg: msg.into(),
        }
    }
    pub fn value(msg: impl Into<String>) -> PyErr {
        PyErr::new(kind::VALUE_ERROR, msg)
    }
    pub fn memory() -> PyErr {
        PyErr::new(kind::MEMORY_ERROR, "")
    }
}

/// Largest width or precision the runtime renders (beyond: MemoryError).
pub const MAX_WIDTH: i64 = 1 << 28;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    None,
    Comma,
    Underscore,
    /// `_` with `b o x X`: groups of four.
    UnderFour,
}

/// A parsed format spec (`InternalFormatSpec`).
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: i64,
    sep: Sep,
    precision: i64,
    ty: Option<char>,
}

fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, i64), PyErr> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode::decimal_value(c)) {
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(PyErr::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

fn invalid_sep_type(sep: char, ty: Option<char>) -> PyErr {
    let t = ty.unwrap_or('\0') as u32;
    if t > 32 && t < 128 {
        PyErr::value(format!(
            "Cannot specify '{sep}' with '{}'.",
            t as u8 as char
        ))
    } else {
        PyErr::value(format!("Cannot specify '{sep}' with '\\x{t:x}'."))
    }
}

/// `unknown_presentation_type`.
fn unknown_type(ty: char, type_name: &str) -> PyErr {
    let t = ty as u32;
    if t > 32 && t < 128 {
        PyErr::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        PyErr::value(format!(
            "Unknown format code '\\x{t:x}' for object of type '{type_name}'"
        ))
    }
}

/// `parse_internal_render_format_spec`.
fn parse(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> Result<Spec, PyErr> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: -1,
        sep: Sep::None,
        precision: -1,
        ty: default_type,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    let mut align_specified = false;
    if end - pos >= 2 && is_align(c[pos + 1]) {
        f.align = c[pos + 1];
        f.fill = c[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(c[pos]) {
        f.align = c[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(c[pos], ' ' | '+' | '-') {
        f.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && c[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (n, w) = get_integer(&c, &mut pos)?;
    f.width = if n == 0 { -1 } else { w };
    if pos < end && c[pos] == ',' {
        f.sep = Sep::Comma;
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if f.sep != Sep::None {
            return Err(PyErr::value("Cannot specify both ',' and '_'."));
        }
        f.sep = Sep::Underscore;
        pos += 1;
    }
    if pos < end && c[pos] == ',' && f.sep == Sep::Underscore {
        return Err(PyErr::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        let (n, p) = get_integer(&c, &mut pos)?;
        if n == 0 {
            return Err(PyErr::value("Format specifier missing precision"));
        }
        f.precision = p;
    }
    if end - pos > 1 {
        return Err(PyErr::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        f.ty = Some(c[pos]);
    }
    if f.sep != Sep::None {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if f.sep == Sep::Underscore => f.sep = Sep::UnderFour,
            ty => {
                let ch = if f.sep == Sep::Comma { ',' } else { '_' };
                return Err(invalid_sep_type(ch, ty));
            }
        }
    }
    Ok(f)
}

/// The pieces of a formatted number (`calc_number_widths` input).
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// The digits that get grouped (ASCII).
    digits: &'a [u8],
    has_decimal: bool,
    /// Everything after the decimal point (or the whole text of inf/nan,
    /// or the character of `c`).
    remainder: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: the grouped digits, zero-filled to
/// `min_width` (sep: the separator and the group size; None: no grouping).
fn group_digits(digits: &[u8], min_width: i64, sep: Option<(u8, i64)>) -> Vec<u8> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut dpos = digits.len();
    let mut rev: Vec<u8> =
        Vec::with_capacity((remaining.max(min_width) + remaining / 3 + 2) as usize);
    let piece =
        |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64, use_sep: Option<u8>, dpos: &mut usize| {
            if let Some(s) = use_sep {
                rev.push(s);
            }
            for _ in 0..n_chars {
                *dpos -= 1;
                rev.push(digits[*dpos]);
            }
            for _ in 0..n_zeros {
                rev.push(b'0');
            }
        };
    let mut use_sep = false;
    let mut broken = false;
    if let Some((s, g)) = sep {
        loop {
            let len = g.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            piece(&mut rev, n_chars, n_zeros, use_sep.then_some(s), &mut dpos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let s = sep.map(|(s, _)| s);
        piece(
            &mut rev,
            n_chars,
            n_zeros,
            if use_sep { s } else { None },
            &mut dpos,
        );
    }
    rev.reverse();
    rev
}

/// `calc_number_widths` + `fill_number`.
fn render_number(
    n: &Number,
    f: &Spec,
    sep: Option<(u8, i64)>,
    upper: bool,
) -> Result<String, PyErr> {
    let sign = match f.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = n.prefix.chars().count() as i64;
    let n_remainder = n.remainder.chars().count() as i64;
    let nnd = n_sign + n_prefix + n.has_decimal as i64 + n_remainder;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - nnd
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(n.digits, min_width, sep)
    };
    let padding = f.width - (nnd + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match f.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fill = |s: &mut String, k: i64| {
        for _ in 0..k {
            s.push(f.fill);
        }
    };
    let mut out = String::with_capacity((f.width.max(0) + nnd + grouped.len() as i64) as usize);
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    fill(&mut out, spad);
    let g = String::from_utf8_lossy(&grouped);
    if upper {
        out.push_str(&g.to_ascii_uppercase());
    } else {
        out.push_str(&g);
    }
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, rpad);
    Ok(out)
}

fn grouping(f: &Spec, ty: Option<char>) -> Option<(u8, i64)> {
    if ty == Some('n') {
        return None; // C locale: no grouping
    }
    match f.sep {
        Sep::None => None,
        Sep::Comma => Some((b',', 3)),
        Sep::Underscore => Some((b'_', 3)),
        Sep::UnderFour => Some((b'_', 4)),
    }
}

fn check_width(f: &Spec) -> Result<(), PyErr> {
    if f.width > MAX_WIDTH || f.precision > MAX_WIDTH {
        Err(PyErr::memory())
    } else {
        Ok(())
    }
}

/// `format_long_internal`.
fn format_long(v: i64, f: &Spec) -> Result<String, PyErr> {
    if f.precision != -1 {
        return Err(PyErr::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_width(f)?;
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(PyErr::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(PyErr::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = u32::try_from(v)
            .ok()
            .filter(|&c| c <= 0x10FFFF)
            .ok_or_else(|| PyErr::new(kind::OVERFLOW_ERROR, "%c arg not in range(0x110000)"))?;
        let ch = char::from_u32(ch)
            .ok_or_else(|| PyErr::new(kind::UNICODE_ERROR, "surrogates not allowed"))?;
        let text = ch.to_string();
        let n = Number {
            negative: false,
            prefix: "",
            digits: b"",
            has_decimal: false,
            remainder: &text,
        };
        return render_number(&n, f, None, false);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let text = fmt_int::to_base(v, base);
    let digits = text.trim_start_matches('-');
    let n = Number {
        negative: v < 0,
        prefix: if f.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        has_decimal: false,
        remainder: "",
    };
    render_number(&n, f, grouping(f, Some(ty)), ty == 'X')
}

/// `format_float_internal`.
fn format_float_internal(x: f64, f: &Spec) -> Result<String, PyErr> {
    if f.precision > i32::MAX as i64 {
        return Err(PyErr::value("precision too big"));
    }
    check_width(f)?;
    let mut fl = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        fl.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut x = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    fl.upper = ty.is_ascii_uppercase();
    let code = ty.to_ascii_lowercase() as u8;
    let mut buf = String::new();
    fmt_float::double_to_string(&mut buf, x, code, precision as usize, fl);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let nd = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body.as_bytes().get(nd) == Some(&b'.');
    let remainder = &body[nd + has_decimal as usize..];
    let n = Number {
        negative,
        prefix: "",
        digits: &body.as_bytes()[..nd],
        has_decimal,
        remainder,
    };
    render_number(&n, f, grouping(f, f.ty), false)
}

/// `format(v, spec)` for an int.
pub fn format_int(v: i64, spec: &str) -> Result<String, PyErr> {
    if spec.is_empty() {
        return Ok(fmt_int::to_decimal(v));
    }
    let f = parse(spec, "int", Some('d'), '>')?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long(v, &f),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_internal(v as f64, &f),
        ty => Err(unknown_type(ty.unwrap_or('\0'), "int")),
    }
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, PyErr> {
    if spec.is_empty() {
        return Ok(fmt_float::repr(x));
    }
    let f = parse(spec, "float", None, '>')?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(x, &f),
        Some(ty) => Err(unknown_type(ty, "float")),
    }
}

/// `format(s, spec)` for a str; `None` means "the string itself".
pub fn format_str(s: &str, spec: &str) -> Result<Option<String>, PyErr> {
    if spec.is_empty() {
        return Ok(None);
    }
    let f = parse(spec, "str", Some('s'), '<')?;
    if f.ty != Some('s') {
        return Err(unknown_type(f.ty.unwrap_or('\0'), "str"));
    }
    if let Some(sign) = f.sign {
        return Err(PyErr::value(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_0 {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(PyErr::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(PyErr::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = o::count_chars(s.as_bytes()) as i64;
    if (f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len) {
        return Ok(None);
    }
    if f.width > MAX_WIDTH {
        return Err(PyErr::memory());
    }
    let mut n = len;
    let mut text = s;
    if f.precision >= 0 && len >= f.precision {
        n = f.precision;
        let cut = s.char_indices().nth(n as usize).map_or(s.len(), |(i, _)| i);
        text = &s[..cut];
    }
    let total = if f.width >= 0 { f.width.max(n) } else { n };
    let lpad = match f.align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::with_capacity(text.len() + (lpad + rpad) as usize * f.fill.len_utf8());
    for _ in 0..lpad {
        out.push(f.fill);
    }
    out.push_str(text);
    for _ in 0..rpad {
        out.push(f.fill);
    }
    Ok(Some(out))
}

/// Raises `e` (MemoryError through the prebuilt instance).
pub fn raise(e: &PyErr) {
    if e.kind == kind::MEMORY_ERROR {
        // SAFETY: raising the prebuilt MemoryError allocates nothing.
        unsafe { crate::exc::rpy_raise_memory_error() };
    } else {
        crate::exc::raise_str(e.kind, &e.msg);
    }
}

/// A str object for a result, or the raised error: null.
unsafe fn to_obj(r: Result<String, PyErr>) -> Ref {
    match r {
        Ok(s) => o::new_str(&s).unwrap_or(std::ptr::null_mut()),
        Err(e) => {
            raise(&e);
            std::ptr::null_mut()
        }
    }
}

/// `format(i, spec)`.
///
/// # Safety
/// `spec` must be a valid str; the GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_format_int(v: i64, spec: Ref) -> Ref {
    let spec = o::str_as_str(spec).to_string();
    to_obj(format_int(v, &spec))
}

/// `format(x, spec)`.
///
/// # Safety
/// As for [`rpy_format_int`].
#[no_mangle]
pub unsafe extern "C" fn rpy_format_float(x: f64, spec: Ref) -> Ref {
    let spec = o::str_as_str(spec).to_string();
    to_obj(format_float(x, &spec))
}

/// `format(s, spec)`.
///
/// # Safety
/// As for [`rpy_format_int`]; `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn rpy_format_str(s: Ref, spec: Ref) -> Ref {
    let r = format_str(o::str_as_str(s), o::str_as_str(spec));
    match r {
        Ok(None) => s,
        Ok(Some(text)) => o::new_str(&text).unwrap_or(std::ptr::null_mut()),
        Err(e) => {
            raise(&e);
            std::ptr::null_mut()
        }
    }
}

/// `repr(f)` (also `str(f)`).
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_float_repr(x: f64) -> Ref {
    let mut s = fmt_float::StackStr::new();
    fmt_float::write_repr(&mut s, x);
    let n = s.as_bytes().len();
    o::new_str_counted(s.as_str(), n).unwrap_or(std::ptr::null_mut())
}

/// `str(f)`: the same text as `repr(f)`.
///
/// # Safety
/// The GC must be initialised.
#[no_mangle]
pub unsafe extern "C" fn rpy_float_to_str(x: f64) -> Ref {
    rpy_float_repr(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        let ok = |v, s: &str| format_int(v, s).unwrap();
        assert_eq!(ok(1234567, ","), "1,234,567");
        assert_eq!(ok(1000, "010,"), "00,001,000");
        assert_eq!(ok(-255, "#x"), "-0xff");
        assert_eq!(ok(255, "#010X"), "0X000000FF");
        assert_eq!(ok(65, "c"), "A");
        assert_eq!(ok(0xdeadbeef, "_x"), "dead_beef");
        assert_eq!(ok(5, "*^7"), "***5***");
        assert_eq!(ok(-5, "=+5"), "-   5");
        assert_eq!(ok(12, "e"), "1.200000e+01");
        assert_eq!(
            format_int(1, ".2").unwrap_err().msg,
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            format_int(1, "xx").unwrap_err().msg,
            "Invalid format specifier 'xx' for object of type 'int'"
        );
    }

    #[test]
    fn floats() {
        let ok = |v, s: &str| format_float(v, s).unwrap();
        assert_eq!(ok(1234.5678, ",.2f"), "1,234.57");
        assert_eq!(ok(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ok(f64::NAN, "=+10"), "+      nan");
        assert_eq!(ok(0.25, "%"), "25.000000%");
        assert_eq!(ok(-0.0, "z"), "0.0");
        assert_eq!(ok(123.0, ".3"), "1.23e+02");
        assert_eq!(
            format_float(1.0, "d").unwrap_err().msg,
            "Unknown format code 'd' for object of type 'float'"
        );
    }

    #[test]
    fn strs() {
        assert_eq!(format_str("ab", "08").unwrap().unwrap(), "ab000000");
        assert_eq!(format_str("héllo", ".2").unwrap().unwrap(), "hé");
        assert_eq!(format_str("ab", "^6").unwrap().unwrap(), "  ab  ");
        assert_eq!(format_str("ab", "").unwrap(), None);
        assert_eq!(
            format_str("a", "=").unwrap_err().msg,
            "'=' alignment not allowed in string format specifier"
        );
    }
}

//! Byte-exact CPython 3.11 `repr` of literal values: `str`, `bytes`, `int`,
//! `float`, imaginary `complex`, and the singletons, as `ast.dump` prints them
//! inside `Constant(value=...)` (and as the runtime's `repr()` will).
//!
//! What this module must keep true:
//! - every output is exactly what CPython 3.11 prints, byte for byte;
//! - `str` printability follows CPython 3.11's Unicode 14.0 database through
//!   the generated table in `unicode_printable.rs` (regenerated and compared
//!   by a test, so it cannot drift from `compiler/tools/gen_printable.py`);
//! - float formatting allocates nothing beyond the output string: the shortest
//!   round-trip digits come from Rust's `{:e}` written into a stack buffer;
//! - nothing here panics.
//!
//! Every `repr_*` function has a `write_*` twin appending to a `String`, so
//! callers building large outputs (the AST dumper) avoid temporary strings.

use super::ast::{Constant, Int, PyStr};
use std::fmt::Write as _;

#[path = "unicode_printable.rs"]
mod printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

// ---------------------------------------------------------------------------
// Singletons, ints and constants
// ---------------------------------------------------------------------------

/// `repr` of a constant, as `Constant(value=...)` shows it.
pub fn repr_constant(c: &Constant) -> String {
    let mut out = String::new();
    write_constant(&mut out, c);
    out
}

/// Appends `repr` of a constant.
pub fn write_constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => write_int(out, i),
        Constant::Float(x) => write_float(out, *x),
        Constant::Complex { imag } => write_complex_imag(out, *imag),
        Constant::Str(s) => write_str(out, s),
        Constant::Bytes(b) => write_bytes(out, b),
    }
}

/// `repr` of an integer: its decimal digits, any size.
pub fn repr_int(i: &Int) -> String {
    let mut out = String::new();
    write_int(&mut out, i);
    out
}

/// Appends `repr` of an integer.
pub fn write_int(out: &mut String, i: &Int) {
    // Writing to a `String` cannot fail.
    let _ = match i {
        Int::Small(v) => write!(out, "{v}"),
        Int::Big(v) => write!(out, "{v}"),
    };
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/// Whether `str.isprintable()` holds for the one-character string `chr(cp)`
/// in CPython 3.11. Lone surrogates and values above U+10FFFF are not
/// printable.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x80 {
        return (0x20..0x7F).contains(&cp);
    }
    if cp > 0x10FFFF {
        return false;
    }
    let table = &printable::NON_PRINTABLE;
    let idx = table.partition_point(|&(_, last)| last < cp);
    !matches!(table.get(idx), Some(&(first, _)) if first <= cp)
}

/// CPython's `str.__repr__`.
pub fn repr_str(s: &PyStr) -> String {
    let mut out = String::new();
    write_str(&mut out, s);
    out
}

/// Appends CPython's `str.__repr__` of a Python string.
pub fn write_str(out: &mut String, s: &PyStr) {
    match s.as_str() {
        Some(text) => write_text(out, text),
        None => write_code_points(out, || s.code_points()),
    }
}

/// `str.__repr__` of a Rust string (an identifier, say).
pub fn repr_text(s: &str) -> String {
    let mut out = String::new();
    write_text(&mut out, s);
    out
}

/// Appends `str.__repr__` of a Rust string. Runs of characters that need no
/// escape are copied whole.
pub fn write_text(out: &mut String, s: &str) {
    let quote = choose_quote(s.bytes());
    out.reserve(s.len() + 2);
    out.push(quote as char);
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        let cp = u32::from(c);
        if needs_escape(cp, quote) {
            out.push_str(&s[run_start..i]);
            push_str_char(out, cp, quote);
            run_start = i + c.len_utf8();
        }
    }
    out.push_str(&s[run_start..]);
    out.push(quote as char);
}

/// The general case of `str.__repr__`, over the code points (surrogates
/// included) that `cps` iterates, twice.
fn write_code_points<I, F>(out: &mut String, cps: F)
where
    I: Iterator<Item = u32>,
    F: Fn() -> I,
{
    let quote = choose_quote(cps().filter_map(|c| u8::try_from(c).ok()));
    out.push(quote as char);
    for cp in cps() {
        push_str_char(out, cp, quote);
    }
    out.push(quote as char);
}

/// Whether `str.__repr__` writes the code point other than as itself.
fn needs_escape(cp: u32, quote: u8) -> bool {
    if cp < 0x80 {
        !(0x20..0x7F).contains(&cp) || cp == u32::from(quote) || cp == u32::from(b'\\')
    } else {
        !is_printable(cp)
    }
}

/// CPython's quote choice for `str` and `bytes`: single quotes unless the
/// text holds a single quote and no double quote.
fn choose_quote(units: impl Iterator<Item = u8>) -> u8 {
    let (mut single, mut double) = (false, false);
    for u in units {
        single |= u == b'\'';
        double |= u == b'"';
    }
    if single && !double {
        b'"'
    } else {
        b'\''
    }
}

/// Appends one code point of a `str` repr, escaped as CPython escapes it.
fn push_str_char(out: &mut String, cp: u32, quote: u8) {
    if cp < 0x80 {
        push_ascii_escaped(out, cp as u8, quote);
        return;
    }
    if is_printable(cp) {
        if let Some(c) = char::from_u32(cp) {
            out.push(c);
            return;
        }
    }
    if cp <= 0xFF {
        push_hex(out, 'x', cp, 2);
    } else if cp <= 0xFFFF {
        push_hex(out, 'u', cp, 4);
    } else {
        push_hex(out, 'U', cp, 8);
    }
}

/// Appends an ASCII character (or byte below 0x80) with the escapes shared
/// by `str` and `bytes` reprs.
fn push_ascii_escaped(out: &mut String, b: u8, quote: u8) {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'\t' => out.push_str("\\t"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        _ if b == quote => {
            out.push('\\');
            out.push(b as char);
        }
        0x20..=0x7E => out.push(b as char),
        _ => push_hex(out, 'x', u32::from(b), 2),
    }
}

/// Appends `\` `kind` and the low `width` hex digits (lower case) of `v`.
fn push_hex(out: &mut String, kind: char, v: u32, width: u32) {
    out.push('\\');
    out.push(kind);
    for i in (0..width).rev() {
        out.push(HEX[((v >> (4 * i)) & 0xF) as usize] as char);
    }
}

// ---------------------------------------------------------------------------
// bytes
// ---------------------------------------------------------------------------

/// CPython's `bytes.__repr__`.
pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    write_bytes(&mut out, b);
    out
}

/// Appends CPython's `bytes.__repr__`.
pub fn write_bytes(out: &mut String, b: &[u8]) {
    let quote = choose_quote(b.iter().copied());
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        if byte < 0x80 {
            push_ascii_escaped(out, byte, quote);
        } else {
            push_hex(out, 'x', u32::from(byte), 2);
        }
    }
    out.push(quote as char);
}

// ---------------------------------------------------------------------------
// float and complex
// ---------------------------------------------------------------------------

/// CPython's `float.__repr__`: the shortest digits that round-trip, in fixed
/// notation when the decimal exponent `e` satisfies `-4 <= e < 16` (with
/// `.0` appended to integral values), else in scientific notation (`1e+16`).
pub fn repr_float(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_float(&mut out, x);
    out
}

/// Appends CPython's `float.__repr__`.
pub fn write_float(out: &mut String, x: f64) {
    write_float_r(out, x, true);
}

/// `float.__repr__` without the `.0` added to integral values: how
/// `complex.__repr__` prints its parts (`1`, `1.5`, `1e+16`, `inf`).
pub fn format_float_repr_no_dot0(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_float_no_dot0(&mut out, x);
    out
}

/// Appends [`format_float_repr_no_dot0`].
pub fn write_float_no_dot0(out: &mut String, x: f64) {
    write_float_r(out, x, false);
}

/// `repr` of the complex number `imag * 1j` (real part `+0.0`), the value of
/// an imaginary literal: `1j`, `2.5j`, `0j`, `1e+100j`, `infj`.
pub fn repr_complex_imag(imag: f64) -> String {
    let mut out = String::with_capacity(25);
    write_complex_imag(&mut out, imag);
    out
}

/// Appends [`repr_complex_imag`].
pub fn write_complex_imag(out: &mut String, imag: f64) {
    write_float_r(out, imag, false);
    out.push('j');
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)` with
/// `Py_DTSF_ADD_DOT_0` when `add_dot0`.
fn write_float_r(out: &mut String, x: f64, add_dot0: bool) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let dec = Decimal::shortest(x.abs());
    if (-4..16).contains(&dec.exp) {
        dec.write_fixed(out, add_dot0);
    } else {
        dec.write_scientific(out);
    }
}

/// A positive decimal `0.d1d2...dn * 10^(exp+1)`, that is `d1.d2...dn *
/// 10^exp`, with no trailing zero digit (except for zero itself, `"0"`).
struct Decimal {
    /// ASCII digits; only `digits[..len]` are meaningful.
    digits: [u8; 24],
    len: usize,
    /// The decimal exponent of the first digit.
    exp: i32,
}

impl Decimal {
    /// The digits CPython's `repr` picks for a finite `x >= 0`: the shortest
    /// that round-trip, the closest to `x` among those, and on a tie (`x`
    /// exactly halfway between two such candidates) the one with an even
    /// last digit, as David Gay's `dtoa` mode 0 does.
    fn shortest(x: f64) -> Decimal {
        let mut buf = StackBuf::new();
        let mut dec = if write!(buf, "{x:e}").is_ok() {
            Decimal::parse_sci(buf.as_str())
        } else {
            // Unreachable: `{:e}` of a finite f64 needs at most 24 bytes.
            Decimal::parse_sci(&format!("{x:e}"))
        };
        dec.break_tie_to_even(x);
        dec
    }

    /// Parses Rust's `{:e}` output for a non-negative number (`1.25e-7`).
    fn parse_sci(sci: &str) -> Decimal {
        let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
        let mut dec = Decimal {
            digits: [b'0'; 24],
            len: 0,
            exp: exp.parse().unwrap_or(0),
        };
        for &d in mantissa.as_bytes().iter().filter(|d| d.is_ascii_digit()) {
            if let Some(slot) = dec.digits.get_mut(dec.len) {
                *slot = d;
                dec.len += 1;
            }
        }
        dec.len = dec.len.max(1);
        dec
    }

    /// The digits as an integer `D` and the exponent `t` of the last one:
    /// the value is `D * 10^t`.
    fn integer(&self) -> (u64, i32) {
        let d = self.digits[..self.len]
            .iter()
            .fold(0u64, |acc, &c| acc.wrapping_mul(10) + u64::from(c - b'0'));
        (d, self.exp - (self.len as i32 - 1))
    }

    /// Rust rounds an exact tie between the two closest shortest candidates
    /// upwards; CPython takes the even one when it round-trips too.
    fn break_tie_to_even(&mut self, x: f64) {
        let (d, t) = self.integer();
        if d % 2 == 0 {
            return;
        }
        let other = if is_half_odd_times_pow10(x, 2 * d - 1, t) {
            d - 1
        } else if is_half_odd_times_pow10(x, 2 * d + 1, t) {
            d + 1
        } else {
            return;
        };
        let mut buf = StackBuf::new();
        let round_trips =
            write!(buf, "{other}e{t}").is_ok() && buf.as_str().parse::<f64>() == Ok(x);
        if round_trips {
            *self = Decimal::from_integer(other, t);
        }
    }

    /// `d * 10^t` (`d > 0`), without trailing zero digits.
    fn from_integer(mut d: u64, mut t: i32) -> Decimal {
        while d != 0 && d.is_multiple_of(10) {
            d /= 10;
            t += 1;
        }
        let mut buf = StackBuf::new();
        let _ = write!(buf, "{d}");
        let mut dec = Decimal::parse_sci(buf.as_str());
        dec.exp = t + (dec.len as i32 - 1);
        dec
    }

    fn digit_str(&self, range: std::ops::Range<usize>) -> &str {
        std::str::from_utf8(self.digits.get(range).unwrap_or(&[])).unwrap_or("")
    }

    /// Fixed notation, for `-4 <= exp < 16`.
    fn write_fixed(&self, out: &mut String, add_dot0: bool) {
        if self.exp < 0 {
            out.push_str("0.");
            push_zeros(out, (-self.exp - 1) as usize);
            out.push_str(self.digit_str(0..self.len));
            return;
        }
        let int_len = self.exp as usize + 1; // digits before the point
        if int_len < self.len {
            out.push_str(self.digit_str(0..int_len));
            out.push('.');
            out.push_str(self.digit_str(int_len..self.len));
        } else {
            out.push_str(self.digit_str(0..self.len));
            push_zeros(out, int_len - self.len);
            if add_dot0 {
                out.push_str(".0");
            }
        }
    }

    /// Scientific notation: `d[.ddd]e±XX`, at least two exponent digits.
    fn write_scientific(&self, out: &mut String) {
        out.push_str(self.digit_str(0..1));
        if self.len > 1 {
            out.push('.');
            out.push_str(self.digit_str(1..self.len));
        }
        out.push('e');
        out.push(if self.exp < 0 { '-' } else { '+' });
        let abs = self.exp.unsigned_abs();
        if abs < 10 {
            out.push('0');
        }
        let _ = write!(out, "{abs}");
    }
}

/// Whether the finite `x >= 0` equals exactly `c * 10^t / 2` for the odd
/// integer `c`: exact integer arithmetic on `x = m * 2^q`.
fn is_half_odd_times_pow10(x: f64, c: u64, t: i32) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & 0x000F_FFFF_FFFF_FFFF;
    let (m, q) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return false;
    }
    // m * 2^q == c * 2^(t-1) * 5^t with m = m_odd * 2^a and c odd.
    let a = m.trailing_zeros() as i32;
    let m_odd = u128::from(m >> a);
    if a + q != t - 1 {
        return false;
    }
    let five_pow = 5u128.checked_pow(t.unsigned_abs());
    match five_pow {
        Some(p) if t >= 0 => p.checked_mul(u128::from(c)) == Some(m_odd),
        Some(p) => m_odd.checked_mul(p) == Some(u128::from(c)),
        None => false,
    }
}

fn push_zeros(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n('0', n));
}

/// A fixed-capacity `fmt::Write` target on the stack.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl StackBuf {
    fn new() -> StackBuf {
        StackBuf {
            buf: [0; 40],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so this is valid UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let dest = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dest.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use std::io::Write as _;
    use std::process::{Command, Stdio};

    fn pystr(cps: &[u32]) -> PyStr {
        let mut s = PyStr::new();
        for &cp in cps {
            s.push_code_point(cp);
        }
        s
    }

    /// Runs `python3 -c script` with `input` on stdin and returns its stdout,
    /// or `None` (after saying so) when python3 cannot be run.
    fn python(script: &str, input: &[u8]) -> Option<String> {
        let child = Command::new("python3")
            .arg("-c")
            .arg(script)
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn();
        let Ok(mut child) = child else {
            eprintln!("python3 not available: skipping the comparison with CPython");
            return None;
        };
        let mut stdin = child.stdin.take()?;
        let input = input.to_vec();
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let output = child.wait_with_output().ok()?;
        writer.join().ok()?.ok()?;
        assert!(output.status.success(), "python3 failed");
        Some(String::from_utf8(output.stdout).expect("python3 printed UTF-8"))
    }

    /// Whether python3 runs with CPython 3.11's Unicode database.
    fn python_has_unicode_14() -> bool {
        let script = "import unicodedata; print(unicodedata.unidata_version)";
        match python(script, b"") {
            Some(v) if v.trim() == "14.0.0" => true,
            Some(v) => {
                eprintln!("python3 has Unicode {}, not 14.0.0: skipping", v.trim());
                false
            }
            None => false,
        }
    }

    /// A small deterministic PRNG (splitmix64).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
    }

    #[test]
    fn str_fixed_cases() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("a", "'a'"),
            ("'", r#""'""#),
            ("\"", r#"'"'"#),
            ("'\"", r#"'\'"'"#),
            ("it's", r#""it's""#),
            ("say \"hi\"", r#"'say "hi"'"#),
            ("a\\b", r"'a\\b'"),
            ("\t\n\r", r"'\t\n\r'"),
            ("\x00\x1f\x7f", r"'\x00\x1f\x7f'"),
            ("\u{80}\u{a0}\u{ad}\u{e9}", "'\\x80\\xa0\\xad\u{e9}'"),
            ("é中文", "'é中文'"),
            ("\u{200b}\u{2028}\u{feff}", r"'\u200b\u2028\ufeff'"),
            ("\u{1F600}", "'\u{1F600}'"),
            ("\u{E0001}\u{10FFFF}", r"'\U000e0001\U0010ffff'"),
        ];
        for &(text, expected) in cases {
            assert_eq!(repr_str(&PyStr::from_str(text)), expected, "{text:?}");
            assert_eq!(repr_text(text), expected, "{text:?}");
        }
    }

    #[test]
    fn str_surrogates() {
        assert_eq!(repr_str(&pystr(&[0xD800])), r"'\ud800'");
        assert_eq!(repr_str(&pystr(&[0x61, 0xDFFF, 0x62])), r"'a\udfffb'");
        assert_eq!(repr_str(&pystr(&[0xD83D, 0xDE00])), r"'\ud83d\ude00'");
        assert_eq!(repr_str(&pystr(&[0x27, 0xDC80])), r#""'\udc80""#);
    }

    #[test]
    fn printability_edges() {
        assert!(is_printable(u32::from(' ')));
        assert!(!is_printable(0x7F));
        assert!(!is_printable(0x80));
        assert!(!is_printable(0xA0));
        assert!(is_printable(0xA1));
        assert!(!is_printable(0xD800));
        assert!(is_printable(0x1F600));
        assert!(!is_printable(0x10FFFF));
        assert!(!is_printable(0x110000));
    }

    #[test]
    fn printable_table_is_sorted_and_disjoint() {
        let table = &printable::NON_PRINTABLE;
        assert!(table
            .iter()
            .all(|&(first, last)| 0x80 <= first && first <= last));
        assert!(table.windows(2).all(|w| w[0].1 + 1 < w[1].0));
    }

    /// The committed table is exactly what the generator prints.
    #[test]
    fn printable_table_matches_generator() {
        if !python_has_unicode_14() {
            return;
        }
        let script_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/gen_printable.py");
        let script = format!("import runpy; runpy.run_path({script_path:?}, run_name='__main__')");
        let generated = python(&script, b"").expect("python3 ran before");
        let committed = include_str!("unicode_printable.rs");
        assert!(
            generated == committed,
            "unicode_printable.rs is stale: rerun compiler/tools/gen_printable.py"
        );
    }

    /// `repr(chr(c))` for every code point, compared with CPython.
    #[test]
    fn every_code_point_matches_python() {
        if !python_has_unicode_14() {
            return;
        }
        let script = "import sys\n\
            sys.stdout.write('\\n'.join(repr(chr(c)) for c in range(0x110000)) + '\\n')";
        let expected = python(script, b"").expect("python3 ran before");
        let mut lines = expected.lines();
        for cp in 0..0x110000u32 {
            let want = lines.next().unwrap_or("<missing>");
            assert_eq!(repr_str(&pystr(&[cp])), want, "U+{cp:04X}");
        }
    }

    #[test]
    fn bytes_fixed_cases() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"'", r#"b"'""#),
            (b"\"", r#"b'"'"#),
            (b"'\"", r#"b'\'"'"#),
            (b"it's", r#"b"it's""#),
            (b"a\\b", r"b'a\\b'"),
            (
                b"\x00\t\n\r\x1f\x7f\x80\xff",
                r"b'\x00\t\n\r\x1f\x7f\x80\xff'",
            ),
            (b"hello world", "b'hello world'"),
        ];
        for &(bytes, expected) in cases {
            assert_eq!(repr_bytes(bytes), expected, "{bytes:?}");
        }
    }

    #[test]
    fn every_byte_matches_python() {
        let script = "import sys\n\
            for i in range(256): print(repr(bytes([i])), repr(bytes([39, i])))";
        let Some(expected) = python(script, b"") else {
            return;
        };
        let mut lines = expected.lines();
        for b in 0..=255u8 {
            let got = format!("{} {}", repr_bytes(&[b]), repr_bytes(&[b'\'', b]));
            assert_eq!(got, lines.next().unwrap_or("<missing>"), "byte {b}");
        }
    }

    #[test]
    fn ints() {
        assert_eq!(repr_int(&Int::Small(0)), "0");
        assert_eq!(repr_int(&Int::Small(-42)), "-42");
        assert_eq!(repr_int(&Int::Small(i64::MAX)), "9223372036854775807");
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(repr_int(&Int::Big(big)), "123456789012345678901234567890");
    }

    #[test]
    fn constants() {
        let cases = [
            (Constant::None, "None"),
            (Constant::Bool(true), "True"),
            (Constant::Bool(false), "False"),
            (Constant::Ellipsis, "Ellipsis"),
            (Constant::Int(Int::Small(7)), "7"),
            (Constant::Float(2.5), "2.5"),
            (Constant::Complex { imag: 1.0 }, "1j"),
            (Constant::Str(PyStr::from_str("x")), "'x'"),
            (Constant::Bytes(b"x".to_vec()), "b'x'"),
        ];
        for (c, expected) in cases {
            assert_eq!(repr_constant(&c), expected);
        }
    }

    /// (value, `repr(value)`, `repr(complex(0, value))`) computed by CPython 3.11.
    const FLOAT_CASES: &[(f64, &str, &str)] = &[
        (0.0, "0.0", "0j"),
        (-0.0, "-0.0", "-0j"),
        (1.0, "1.0", "1j"),
        (-1.0, "-1.0", "-1j"),
        (100.0, "100.0", "100j"),
        (0.1, "0.1", "0.1j"),
        (1.0 / 3.0, "0.3333333333333333", "0.3333333333333333j"),
        (2.0 / 3.0, "0.6666666666666666", "0.6666666666666666j"),
        (1e16, "1e+16", "1e+16j"),
        (1e15, "1000000000000000.0", "1000000000000000j"),
        (
            9999999999999998.0,
            "9999999999999998.0",
            "9999999999999998j",
        ),
        (1e-4, "0.0001", "0.0001j"),
        (1e-5, "1e-05", "1e-05j"),
        (1.5e-7, "1.5e-07", "1.5e-07j"),
        (0.0001234, "0.0001234", "0.0001234j"),
        (
            123456789012345678.0,
            "1.2345678901234568e+17",
            "1.2345678901234568e+17j",
        ),
        (5e-324, "5e-324", "5e-324j"),
        (
            1.7976931348623157e308,
            "1.7976931348623157e+308",
            "1.7976931348623157e+308j",
        ),
        (
            2.2250738585072014e-308,
            "2.2250738585072014e-308",
            "2.2250738585072014e-308j",
        ),
        (1e22, "1e+22", "1e+22j"),
        (1e23, "1e+23", "1e+23j"),
        (1.5, "1.5", "1.5j"),
        (12345.678, "12345.678", "12345.678j"),
        (f64::INFINITY, "inf", "infj"),
        (f64::NEG_INFINITY, "-inf", "-infj"),
        (f64::NAN, "nan", "nanj"),
        (-f64::NAN, "nan", "nanj"),
        (1e100, "1e+100", "1e+100j"),
        (-2.5e-10, "-2.5e-10", "-2.5e-10j"),
        (0.5, "0.5", "0.5j"),
        (
            std::f64::consts::PI,
            "3.141592653589793",
            "3.141592653589793j",
        ),
        // Exact ties: CPython takes the even candidate, Rust the upper one.
        (
            2.9802322387695312e-08,
            "2.9802322387695312e-08",
            "2.9802322387695312e-08j",
        ),
        (
            1165671092624425.0 + 0.25,
            "1165671092624425.2",
            "1165671092624425.2j",
        ),
        (
            -(217305098262824.0 + 0.625),
            "-217305098262824.62",
            "-217305098262824.62j",
        ),
    ];

    #[test]
    fn float_fixed_cases() {
        for &(x, repr, complex) in FLOAT_CASES {
            assert_eq!(repr_float(x), repr, "{x:e}");
            assert_eq!(repr_complex_imag(x), complex, "{x:e}");
            assert_eq!(
                format_float_repr_no_dot0(x),
                complex.trim_end_matches('j'),
                "{x:e}"
            );
        }
    }

    /// Bit patterns of edge cases: zeros, subnormals, extremes, powers of two
    /// and of ten and their neighbours, short decimals around the notation
    /// boundaries.
    fn float_edge_bits() -> Vec<u64> {
        let mut bits = vec![0, 1, 2, 3, 0x000F_FFFF_FFFF_FFFF, 0x0010_0000_0000_0000];
        bits.extend([0x7FEF_FFFF_FFFF_FFFF, 0x7FF0_0000_0000_0000]);
        bits.extend((0..=2046u64).map(|e| e << 52));
        for e in -330..=310 {
            let x: f64 = format!("1e{e}").parse().unwrap_or(0.0);
            let b = x.to_bits();
            bits.extend([b.wrapping_sub(1), b, b.wrapping_add(1)]);
        }
        for e in -8..=20 {
            for m in [1u64, 5, 9, 12, 15, 99, 123, 999_999, 123_456_789] {
                let x: f64 = format!("{m}e{e}").parse().unwrap_or(0.0);
                bits.push(x.to_bits());
            }
        }
        bits.extend([0.1f64, 0.2, 0.3, 1.0 / 3.0, 123456789012345678.0].map(f64::to_bits));
        let with_signs: Vec<u64> = bits.iter().map(|b| b | (1 << 63)).collect();
        bits.extend(with_signs);
        bits
    }

    /// Random bit patterns: uniform over all doubles, over the fixed-notation
    /// range, over small integers, and short decimals.
    fn float_random_bits(rng: &mut Rng) -> Vec<u64> {
        let mut bits = Vec::new();
        for _ in 0..20_000 {
            bits.push(rng.next());
        }
        for _ in 0..20_000 {
            // Binary exponents -20..60: values around 1e-6..1e18.
            let exp = 1023 - 20 + rng.next() % 80;
            bits.push((exp << 52) | (rng.next() & 0x000F_FFFF_FFFF_FFFF));
        }
        for _ in 0..5_000 {
            bits.push(((rng.next() % 1_000_000_000) as f64).to_bits());
        }
        for _ in 0..5_000 {
            let digits = rng.next() % 100_000;
            let exp = (rng.next() % 60) as i64 - 30;
            let x: f64 = format!("{digits}e{exp}").parse().unwrap_or(0.0);
            bits.push(x.to_bits());
        }
        for _ in 0..2_000 {
            bits.push(rng.next() & 0x000F_FFFF_FFFF_FFFF); // subnormals
        }
        for _ in 0..5_000 {
            // 2^44..2^56: few fractional bits, so many exact ties between
            // the two closest shortest candidates.
            let exp = 1023 + 44 + rng.next() % 12;
            bits.push((exp << 52) | (rng.next() & 0x000F_FFFF_FFFF_FFFF));
        }
        bits
    }

    /// `repr` of floats and imaginary numbers, compared with CPython in one
    /// batch.
    #[test]
    fn floats_match_python() {
        let mut bits = float_edge_bits();
        bits.extend(float_random_bits(&mut Rng(0x5EED_F10A7)));
        let input: String = bits.iter().map(|b| format!("{b:016x}\n")).collect();
        let script = "import sys, struct\n\
            out = []\n\
            for line in sys.stdin:\n    \
                x = struct.unpack('<d', struct.pack('<Q', int(line, 16)))[0]\n    \
                out.append(repr(x) + ' ' + repr(complex(0.0, x)))\n\
            sys.stdout.write('\\n'.join(out) + '\\n')";
        let Some(expected) = python(script, input.as_bytes()) else {
            return;
        };
        let mut lines = expected.lines();
        let mut got = String::new();
        let mut failures = Vec::new();
        for &b in &bits {
            let x = f64::from_bits(b);
            got.clear();
            write_float(&mut got, x);
            got.push(' ');
            write_complex_imag(&mut got, x);
            let want = lines.next().unwrap_or("<missing>");
            if got != want {
                failures.push(format!("{b:016x}: got {got}, CPython {want}"));
            }
        }
        assert_eq!(lines.next(), None);
        assert!(
            failures.is_empty(),
            "{} of {} differ:\n{}",
            failures.len(),
            bits.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }
}

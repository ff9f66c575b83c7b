//! Number literals: a character-by-character port of CPython 3.11's
//! tokenizer, so that both the extent of a literal and the wording and
//! position of its errors match (`invalid decimal literal`, `invalid digit
//! '8' in octal literal`, leading zeros, ...).
//!
//! Invariant: a scan only ever stops on an ASCII byte or at the end of the
//! range, so the end it returns is a char boundary.

use super::super::ast::Int;
use super::super::error::SyntaxError;
use super::super::span::Span;
use super::super::token::Tok;
use num_bigint::BigInt;

const EOF: i32 = -1;

/// A cursor over bytes that mimics `tok_nextc`/`tok_backup`: reading past
/// the end yields `EOF` without moving.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    limit: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> i32 {
        if self.pos < self.limit {
            self.pos += 1;
            self.bytes[self.pos - 1] as i32
        } else {
            EOF
        }
    }

    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.pos -= 1;
        }
    }

    /// CPython's `syntaxerror`: reported at the last character read.
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        let at = self.pos.saturating_sub(1);
        SyntaxError::new(message, Span::new(at, at))
    }
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_xdigit(c: i32) -> bool {
    is_digit(c)
        || (b'a' as i32..=b'f' as i32).contains(&c)
        || (b'A' as i32..=b'F' as i32).contains(&c)
}

fn is(c: i32, b: u8) -> bool {
    c == b as i32
}

fn is_potential_identifier_char(c: i32) -> bool {
    c >= 128 || (0..128).contains(&c) && ((c as u8).is_ascii_alphanumeric() || c == b'_' as i32)
}

/// Scans the number starting at `start` (a digit, or a `.` followed by a
/// digit) and returns its token and end.
pub(super) fn scan_number(
    bytes: &[u8],
    start: usize,
    limit: usize,
) -> Result<(Tok, usize), SyntaxError> {
    let mut cur = Cursor {
        bytes,
        pos: start,
        limit,
    };
    scan(&mut cur)?;
    let end = cur.pos;
    let text = &bytes[start..end];
    let tok = value(text)
        .ok_or_else(|| SyntaxError::new("invalid decimal literal", Span::new(start, start)))?;
    Ok((tok, end))
}

/// The body of CPython's number scanner; on success the cursor is just past
/// the literal.
fn scan(cur: &mut Cursor) -> Result<(), SyntaxError> {
    let c = cur.next();
    if is(c, b'.') {
        let c = cur.next();
        return fraction(cur, c);
    }
    if is(c, b'0') {
        return scan_zero(cur);
    }
    let c = decimal_tail(cur)?;
    if is(c, b'.') {
        let c = cur.next();
        return fraction(cur, c);
    }
    exponent_or_end(cur, c)
}

/// After a leading `0`: hex, octal, binary, or a decimal made of zeros
/// (anything else is an old-style octal, now an error).
fn scan_zero(cur: &mut Cursor) -> Result<(), SyntaxError> {
    let start = cur.pos - 1;
    let mut c = cur.next();
    match c as u8 {
        _ if c == EOF => {}
        b'x' | b'X' => return radix_digits(cur, 16),
        b'o' | b'O' => return radix_digits(cur, 8),
        b'b' | b'B' => return radix_digits(cur, 2),
        _ => {}
    }
    loop {
        if is(c, b'_') {
            c = cur.next();
            if !is_digit(c) {
                cur.backup(c);
                return Err(cur.error("invalid decimal literal"));
            }
        }
        if !is(c, b'0') {
            break;
        }
        c = cur.next();
    }
    let zeros_end = cur.pos;
    let mut nonzero = false;
    if is_digit(c) {
        nonzero = true;
        c = decimal_tail(cur)?;
    }
    if is(c, b'.') {
        let c = cur.next();
        return fraction(cur, c);
    }
    if is(c, b'e') || is(c, b'E') {
        return exponent(cur, c);
    }
    if is(c, b'j') || is(c, b'J') {
        return imaginary(cur);
    }
    if nonzero {
        cur.backup(c);
        let end = zeros_end.saturating_sub(1).max(start);
        return Err(SyntaxError::new(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            Span::new(start, end),
        ));
    }
    verify_end(cur, c, "decimal")?;
    cur.backup(c);
    Ok(())
}

/// Digits of a `0x`, `0o` or `0b` literal, with single underscores.
fn radix_digits(cur: &mut Cursor, radix: u32) -> Result<(), SyntaxError> {
    let (name, ok): (&str, fn(i32) -> bool) = match radix {
        16 => ("hexadecimal", is_xdigit),
        8 => ("octal", |c| (b'0' as i32..b'8' as i32).contains(&c)),
        _ => ("binary", |c| is(c, b'0') || is(c, b'1')),
    };
    let mut c = cur.next();
    loop {
        if is(c, b'_') {
            c = cur.next();
        }
        if !ok(c) {
            if radix != 16 && is_digit(c) {
                return Err(cur.error(format!(
                    "invalid digit '{}' in {name} literal",
                    c as u8 as char
                )));
            }
            cur.backup(c);
            return Err(cur.error(format!("invalid {name} literal")));
        }
        loop {
            c = cur.next();
            if !ok(c) {
                break;
            }
        }
        if !is(c, b'_') {
            break;
        }
    }
    if radix != 16 && is_digit(c) {
        return Err(cur.error(format!(
            "invalid digit '{}' in {name} literal",
            c as u8 as char
        )));
    }
    verify_end(cur, c, name)?;
    cur.backup(c);
    Ok(())
}

/// CPython's `tok_decimal_tail`: digits with single underscores; returns
/// the first character after them (already read).
fn decimal_tail(cur: &mut Cursor) -> Result<i32, SyntaxError> {
    loop {
        let mut c;
        loop {
            c = cur.next();
            if !is_digit(c) {
                break;
            }
        }
        if !is(c, b'_') {
            return Ok(c);
        }
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.error("invalid decimal literal"));
        }
    }
}

/// After the `.`: `c` is the first character of the fraction.
fn fraction(cur: &mut Cursor, mut c: i32) -> Result<(), SyntaxError> {
    if is_digit(c) {
        c = decimal_tail(cur)?;
    }
    exponent_or_end(cur, c)
}

/// `c` follows the digits: an exponent, a `j`, or the end of the literal.
fn exponent_or_end(cur: &mut Cursor, c: i32) -> Result<(), SyntaxError> {
    if is(c, b'e') || is(c, b'E') {
        return exponent(cur, c);
    }
    if is(c, b'j') || is(c, b'J') {
        return imaginary(cur);
    }
    verify_end(cur, c, "decimal")?;
    cur.backup(c);
    Ok(())
}

/// `e` has just been read.
fn exponent(cur: &mut Cursor, e: i32) -> Result<(), SyntaxError> {
    let mut c = cur.next();
    if is(c, b'+') || is(c, b'-') {
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.error("invalid decimal literal"));
        }
    } else if !is_digit(c) {
        // `1else`: the number ends before the `e`.
        cur.backup(c);
        verify_end(cur, e, "decimal")?;
        cur.backup(e);
        return Ok(());
    }
    let c = decimal_tail(cur)?;
    if is(c, b'j') || is(c, b'J') {
        return imaginary(cur);
    }
    verify_end(cur, c, "decimal")?;
    cur.backup(c);
    Ok(())
}

/// `j` has just been read.
fn imaginary(cur: &mut Cursor) -> Result<(), SyntaxError> {
    let c = cur.next();
    verify_end(cur, c, "imaginary")?;
    cur.backup(c);
    Ok(())
}

/// CPython's `verify_end_of_number`: `c` (already read) follows a literal.
/// A keyword that may follow a number (`1if x else y`) is accepted (CPython
/// warns); any other identifier character is an error.
fn verify_end(cur: &mut Cursor, c: i32, kind: &str) -> Result<(), SyntaxError> {
    let allowed_keyword = match u8::try_from(c).unwrap_or(0) {
        b'a' => lookahead(cur, b"nd"),
        b'e' => lookahead(cur, b"lse"),
        b'f' => lookahead(cur, b"or"),
        b'i' => {
            let c2 = cur.next();
            cur.backup(c2);
            is(c2, b'f') || is(c2, b'n') || is(c2, b's')
        }
        b'o' => lookahead(cur, b"r"),
        b'n' => lookahead(cur, b"ot"),
        _ => false,
    };
    if !allowed_keyword && c < 128 && is_potential_identifier_char(c) {
        cur.backup(c);
        let err = cur.error(format!("invalid {kind} literal"));
        cur.next();
        return Err(err);
    }
    Ok(())
}

/// Whether the next characters are `test` followed by a non-identifier
/// character; the cursor does not move.
fn lookahead(cur: &mut Cursor, test: &[u8]) -> bool {
    let saved = cur.pos;
    let mut matched = true;
    for &t in test {
        if !is(cur.next(), t) {
            matched = false;
            break;
        }
    }
    let result = if matched {
        let c = cur.next();
        !is_potential_identifier_char(c)
    } else {
        false
    };
    cur.pos = saved;
    result
}

/// The value of a scanned literal, classified by its text.
fn value(text: &[u8]) -> Option<Tok> {
    let digits: String = text
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect();
    let radix = match text.get(..2) {
        Some(b"0x" | b"0X") => 16,
        Some(b"0o" | b"0O") => 8,
        Some(b"0b" | b"0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        return parse_int(digits.get(2..)?, radix).map(Tok::Int);
    }
    if let Some(imag) = digits.strip_suffix(['j', 'J']) {
        return imag.parse::<f64>().ok().map(Tok::Imag);
    }
    if digits.contains(['.', 'e', 'E']) {
        return digits.parse::<f64>().ok().map(Tok::Float);
    }
    parse_int(&digits, 10).map(Tok::Int)
}

fn parse_int(digits: &str, radix: u32) -> Option<Int> {
    match i64::from_str_radix(digits, radix) {
        Ok(n) => Some(Int::Small(n)),
        Err(_) => BigInt::parse_bytes(digits.as_bytes(), radix).map(Int::Big),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_str(src: &str) -> Result<(Tok, usize), SyntaxError> {
        scan_number(src.as_bytes(), 0, src.len())
    }

    fn int(n: i64) -> Tok {
        Tok::Int(Int::Small(n))
    }

    #[test]
    fn integers() {
        assert_eq!(scan_str("0").unwrap(), (int(0), 1));
        assert_eq!(scan_str("00").unwrap(), (int(0), 2));
        assert_eq!(scan_str("0_0").unwrap(), (int(0), 3));
        assert_eq!(scan_str("123 ").unwrap(), (int(123), 3));
        assert_eq!(scan_str("1_000_000").unwrap(), (int(1_000_000), 9));
        assert_eq!(scan_str("0x_1f").unwrap(), (int(31), 5));
        assert_eq!(scan_str("0XFF").unwrap(), (int(255), 4));
        assert_eq!(scan_str("0o17").unwrap(), (int(15), 4));
        assert_eq!(scan_str("0b1010)").unwrap(), (int(10), 6));
        assert_eq!(
            scan_str("9223372036854775807").unwrap(),
            (int(i64::MAX), 19)
        );
        let big = scan_str("9223372036854775808").unwrap().0;
        assert_eq!(
            big,
            Tok::Int(Int::Big(
                BigInt::parse_bytes(b"9223372036854775808", 10).unwrap()
            ))
        );
        let big_hex = scan_str("0xffffffffffffffffff").unwrap().0;
        assert!(matches!(big_hex, Tok::Int(Int::Big(_))));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(scan_str("1.5").unwrap(), (Tok::Float(1.5), 3));
        assert_eq!(scan_str("1.").unwrap(), (Tok::Float(1.0), 2));
        assert_eq!(scan_str(".5").unwrap(), (Tok::Float(0.5), 2));
        assert_eq!(scan_str("1e3").unwrap(), (Tok::Float(1000.0), 3));
        assert_eq!(scan_str("1E-3").unwrap(), (Tok::Float(0.001), 4));
        assert_eq!(scan_str("1_0.0_1e+0_1").unwrap(), (Tok::Float(100.1), 12));
        assert_eq!(scan_str("09.5").unwrap(), (Tok::Float(9.5), 4));
        assert_eq!(scan_str("00e1").unwrap(), (Tok::Float(0.0), 4));
        assert_eq!(scan_str("2j").unwrap(), (Tok::Imag(2.0), 2));
        assert_eq!(scan_str("1.e5J").unwrap(), (Tok::Imag(100000.0), 5));
        assert_eq!(scan_str("0j").unwrap(), (Tok::Imag(0.0), 2));
        assert_eq!(scan_str("1e400").unwrap(), (Tok::Float(f64::INFINITY), 5));
        assert_eq!(scan_str("0.1").unwrap().0, Tok::Float(0.1));
        assert_eq!(
            scan_str("2.2250738585072011e-308").unwrap().0,
            Tok::Float(2.225_073_858_507_201e-308)
        );
    }

    #[test]
    fn keywords_may_follow() {
        assert_eq!(scan_str("1if").unwrap(), (int(1), 1));
        assert_eq!(scan_str("1else").unwrap(), (int(1), 1));
        assert_eq!(scan_str("1.0for").unwrap(), (Tok::Float(1.0), 3));
        assert_eq!(scan_str("0x1or").unwrap(), (int(1), 3));
        assert_eq!(scan_str("1not").unwrap(), (int(1), 1));
        assert_eq!(scan_str("1and").unwrap(), (int(1), 1));
        assert_eq!(scan_str("1in").unwrap(), (int(1), 1));
        assert_eq!(scan_str("1is").unwrap(), (int(1), 1));
    }

    fn err(src: &str) -> (String, usize, usize) {
        let e = scan_str(src).unwrap_err();
        (e.message, e.span.start as usize, e.span.end as usize)
    }

    #[test]
    fn errors_like_cpython() {
        assert_eq!(err("1_"), ("invalid decimal literal".into(), 1, 1));
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 1, 1));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 1, 1));
        assert_eq!(
            err("0o8"),
            ("invalid digit '8' in octal literal".into(), 2, 2)
        );
        assert_eq!(
            err("0o18"),
            ("invalid digit '8' in octal literal".into(), 3, 3)
        );
        assert_eq!(
            err("0b2"),
            ("invalid digit '2' in binary literal".into(), 2, 2)
        );
        assert_eq!(err("0b1abc"), ("invalid binary literal".into(), 2, 2));
        assert_eq!(err("0o"), ("invalid octal literal".into(), 1, 1));
        assert_eq!(err("1e"), ("invalid decimal literal".into(), 0, 0));
        assert_eq!(err("1e+"), ("invalid decimal literal".into(), 2, 2));
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 0, 0));
        assert_eq!(err("1.5x"), ("invalid decimal literal".into(), 2, 2));
        assert_eq!(err("1jx"), ("invalid imaginary literal".into(), 1, 1));
        assert_eq!(err("0xfg"), ("invalid hexadecimal literal".into(), 2, 2));
        let leading = "leading zeros in decimal integer literals are not permitted; \
                       use an 0o prefix for octal integers";
        assert_eq!(err("0777"), (leading.into(), 0, 1));
        assert_eq!(err("0_7"), (leading.into(), 0, 2));
        assert_eq!(err("0_"), ("invalid decimal literal".into(), 1, 1));
    }
}

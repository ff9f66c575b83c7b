//! Floats to text exactly as CPython: `repr`/`str` (shortest round-trip
//! digits), `PyOS_double_to_string` for the `e`, `f`, `g` and `r` codes of
//! the format-spec mini-language, and `round(x, n)`.
//!
//! CPython gets its digits from David Gay's `dtoa` in three modes; this
//! module gets the same digits from Rust's formatting, which is correctly
//! rounded (round-half-even on the exact binary value):
//! - mode 0 (shortest): `{:e}`, plus a fix for the one case where Rust and
//!   `dtoa` differ (an exact tie between two shortest candidates: `dtoa`
//!   takes the even one);
//! - mode 2 (`n` significant digits): `{:.(n-1)e}`;
//! - mode 3 (`n` digits after the point): `{:.n}`.
//!
//! What this module keeps true: for every finite and non-finite double the
//! text is byte-identical to CPython 3.11 (checked against python3 by the
//! differential test).

use std::fmt::Write;

/// A small string on the stack (enough for any `repr` of a float).
pub struct StackStr {
    buf: [u8; 40],
    len: usize,
}

impl Default for StackStr {
    fn default() -> Self {
        Self::new()
    }
}

impl StackStr {
    pub fn new() -> StackStr {
        StackStr {
            buf: [0; 40],
            len: 0,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }
}

impl Write for StackStr {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.len + s.len() > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
        self.len += s.len();
        Ok(())
    }
}

/// Output sink shared by the stack buffer and `String`.
pub trait Sink {
    fn push_byte(&mut self, b: u8);
    fn push_bytes(&mut self, b: &[u8]) {
        for &c in b {
            self.push_byte(c);
        }
    }
}

impl Sink for StackStr {
    fn push_byte(&mut self, b: u8) {
        self.push(b);
    }
}

impl Sink for String {
    fn push_byte(&mut self, b: u8) {
        self.push(b as char);
    }
    fn push_bytes(&mut self, b: &[u8]) {
        self.push_str(std::str::from_utf8(b).unwrap_or(""));
    }
}

/// Decimal digits `d1 d2 ... dn` (ASCII, no trailing zeros except for a
/// zero value, which is `"0"`) and the position of the decimal point: the
/// value is `0.d1d2...dn * 10^decpt`, as `dtoa` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i32,
}

impl Digits {
    /// From a mantissa (digits, possibly with a '.') and the decimal
    /// exponent of its first digit.
    fn from_parts(mantissa: &[u8], exp_first: i32) -> Digits {
        let mut digits: Vec<u8> = mantissa
            .iter()
            .copied()
            .filter(u8::is_ascii_digit)
            .collect();
        let mut decpt = exp_first + 1;
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        if lead == digits.len() {
            return Digits {
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        digits.drain(..lead);
        decpt -= lead as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }

    fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// Parses Rust's `{:e}` text of a non-negative number (`1.25e-7`).
fn parse_sci(s: &str) -> Digits {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    Digits::from_parts(m.as_bytes(), e.parse().unwrap_or(0))
}

/// `dtoa` mode 0: the shortest digits that round-trip, the closest to `x`
/// among those, ties to even. `x` finite and non-negative.
pub fn shortest(x: f64) -> Digits {
    let mut buf = StackStr::new();
    let mut d = if write!(buf, "{x:e}").is_ok() {
        parse_sci(buf.as_str())
    } else {
        parse_sci(&format!("{x:e}"))
    };
    break_tie_to_even(&mut d, x);
    d
}

/// `dtoa` mode 2: `n >= 1` significant digits, correctly rounded.
pub fn significant(x: f64, n: usize) -> Digits {
    parse_sci(&format!("{:.*e}", n - 1, x))
}

/// `dtoa` mode 3: digits up to `n` places after the point, correctly
/// rounded (a value that rounds to zero gives `"0"`).
pub fn fixed(x: f64, n: usize) -> Digits {
    let s = format!("{:.*}", n, x);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut all = Vec::with_capacity(s.len());
    all.extend_from_slice(int.as_bytes());
    all.extend_from_slice(frac.as_bytes());
    Digits::from_parts(&all, int.len() as i32 - 1)
}

/// Rust rounds an exact tie between the two closest shortest candidates
/// upwards; `dtoa` takes the even one when it round-trips too.
fn break_tie_to_even(d: &mut Digits, x: f64) {
    if d.digits.len() > 19 {
        return;
    }
    let int = d
        .digits
        .iter()
        .fold(0u64, |acc, &c| acc.wrapping_mul(10) + u64::from(c - b'0'));
    if int % 2 == 0 || int == 0 {
        return;
    }
    let t = d.decpt - d.digits.len() as i32; // value = int * 10^t
    let other = if is_half_odd_times_pow10(x, 2 * int - 1, t) {
        int - 1
    } else if is_half_odd_times_pow10(x, 2 * int + 1, t) {
        int + 1
    } else {
        return;
    };
    let text = format!("{other}e{t}");
    if text.parse::<f64>() == Ok(x) {
        let s = other.to_string();
        *d = Digits::from_parts(s.as_bytes(), t + s.len() as i32 - 1);
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
    match 5u128.checked_pow(t.unsigned_abs()) {
        Some(p) if t >= 0 => p.checked_mul(u128::from(c)) == Some(m_odd),
        Some(p) => m_odd.checked_mul(p) == Some(u128::from(c)),
        None => false,
    }
}

/// Options of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DtoaFlags {
    pub always_sign: bool,
    pub add_dot_0: bool,
    pub alt: bool,
    pub no_neg_0: bool,
    pub upper: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)` for `code`
/// in `e f g r` (upper-case codes pass `upper`).
pub fn double_to_string<S: Sink>(out: &mut S, x: f64, code: u8, precision: usize, fl: DtoaFlags) {
    if !x.is_finite() {
        if x.is_nan() {
            if fl.always_sign {
                out.push_byte(b'+');
            }
            out.push_bytes(if fl.upper { b"NAN" } else { b"nan" });
        } else {
            if x < 0.0 {
                out.push_byte(b'-');
            } else if fl.always_sign {
                out.push_byte(b'+');
            }
            out.push_bytes(if fl.upper { b"INF" } else { b"inf" });
        }
        return;
    }
    let mut precision = precision as i64;
    let ax = x.abs();
    let d = match code {
        b'e' => {
            precision += 1;
            significant(ax, precision as usize)
        }
        b'f' => fixed(ax, precision as usize),
        b'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant(ax, precision as usize)
        }
        _ => shortest(ax),
    };
    let mut negative = x.is_sign_negative();
    if fl.no_neg_0 && negative && d.is_zero() {
        negative = false;
    }
    // (dtoa returns no digits for a non-zero value that rounds to zero in
    // mode 3; "0" gives the same text.)
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if fl.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if fl.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && fl.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let digits = &d.digits[..digits_len as usize];

    let mut buf: Vec<u8> = Vec::with_capacity((vdigits_end - vdigits_start + 8) as usize);
    if negative {
        buf.push(b'-');
    } else if fl.always_sign {
        buf.push(b'+');
    }
    let zeros = |buf: &mut Vec<u8>, n: i64| {
        for _ in 0..n.max(0) {
            buf.push(b'0');
        }
    };
    if decpt <= 0 {
        zeros(&mut buf, decpt - vdigits_start);
        buf.push(b'.');
        zeros(&mut buf, -decpt);
    } else {
        zeros(&mut buf, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        buf.extend_from_slice(&digits[..decpt as usize]);
        buf.push(b'.');
        buf.extend_from_slice(&digits[decpt as usize..]);
    } else {
        buf.extend_from_slice(digits);
    }
    if digits_len < decpt {
        zeros(&mut buf, decpt - digits_len);
        buf.push(b'.');
        zeros(&mut buf, vdigits_end - decpt);
    } else {
        zeros(&mut buf, vdigits_end - digits_len);
    }
    if buf.last() == Some(&b'.') && !fl.alt {
        buf.pop();
    }
    if use_exp {
        buf.push(if fl.upper { b'E' } else { b'e' });
        buf.push(if exp < 0 { b'-' } else { b'+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            buf.push(b'0');
        }
        buf.extend_from_slice(a.to_string().as_bytes());
    }
    out.push_bytes(&buf);
}

/// Appends `repr(x)` (also `str(x)`).
pub fn write_repr<S: Sink>(out: &mut S, x: f64) {
    if x.is_nan() {
        out.push_bytes(b"nan");
        return;
    }
    if x.is_infinite() {
        out.push_bytes(if x < 0.0 { b"-inf" } else { b"inf" });
        return;
    }
    if x.is_sign_negative() {
        out.push_byte(b'-');
    }
    let d = shortest(x.abs());
    let digits = &d.digits;
    let n = digits.len() as i32;
    let decpt = d.decpt;
    if (-3..=16).contains(&decpt) {
        if decpt <= 0 {
            out.push_bytes(b"0.");
            for _ in 0..-decpt {
                out.push_byte(b'0');
            }
            out.push_bytes(digits);
        } else if decpt < n {
            out.push_bytes(&digits[..decpt as usize]);
            out.push_byte(b'.');
            out.push_bytes(&digits[decpt as usize..]);
        } else {
            out.push_bytes(digits);
            for _ in 0..decpt - n {
                out.push_byte(b'0');
            }
            out.push_bytes(b".0");
        }
    } else {
        let exp = decpt - 1;
        out.push_byte(digits[0]);
        if n > 1 {
            out.push_byte(b'.');
            out.push_bytes(&digits[1..]);
        }
        out.push_byte(b'e');
        out.push_byte(if exp < 0 { b'-' } else { b'+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push_byte(b'0');
        }
        let mut tmp = StackStr::new();
        let _ = write!(tmp, "{a}");
        out.push_bytes(tmp.as_bytes());
    }
}

/// `repr(x)` as a `String`.
pub fn repr(x: f64) -> String {
    let mut s = String::with_capacity(24);
    write_repr(&mut s, x);
    s
}

/// `round(x, n)`: the double nearest to the decimal value of `x` rounded
/// (half to even) to `n` digits after the point. `None` when the rounded
/// value overflows (CPython: OverflowError "rounded value too large to
/// represent").
pub fn round(x: f64, n: i64) -> Option<f64> {
    // Bounds from CPython's float___round___impl:
    // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || n > NDIGITS_MAX {
        return Some(x);
    }
    if n < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    let text = if n >= 0 {
        format!("{:.*}", n as usize, x)
    } else {
        // Round the exact integer part to a multiple of 10^k, half to even,
        // with the fraction as a sticky bit.
        let k = (-n) as usize;
        let t = x.trunc();
        let sticky = x != t;
        let int = format!("{:.0}", t.abs());
        let (head, tail) = if int.len() > k {
            int.split_at(int.len() - k)
        } else {
            ("0", int.as_str())
        };
        let tail_padded = format!("{:0>width$}", tail, width = k);
        let half = format!("5{}", "0".repeat(k - 1));
        let mut head: Vec<u8> = head.bytes().collect();
        let up = match tail_padded.as_str().cmp(half.as_str()) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => sticky || head.last().is_some_and(|d| (d - b'0') % 2 == 1),
            std::cmp::Ordering::Less => false,
        };
        if up {
            let mut i = head.len();
            loop {
                if i == 0 {
                    head.insert(0, b'1');
                    break;
                }
                i -= 1;
                if head[i] == b'9' {
                    head[i] = b'0';
                } else {
                    head[i] += 1;
                    break;
                }
            }
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{sign}{}e{k}", String::from_utf8_lossy(&head))
    };
    let r: f64 = text.parse().unwrap_or(x);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, code: u8, p: usize, fl: DtoaFlags) -> String {
        let mut s = String::new();
        double_to_string(&mut s, x, code, p, fl);
        s
    }

    #[test]
    fn reprs() {
        for (x, want) in [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.0, "1.0"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.0f64.powi(60), "1.152921504606847e+18"),
        ] {
            assert_eq!(repr(x), want);
        }
    }

    #[test]
    fn codes() {
        let d = DtoaFlags::default();
        assert_eq!(fmt(0.125, b'f', 2, d), "0.12");
        assert_eq!(fmt(0.375, b'f', 2, d), "0.38");
        assert_eq!(fmt(2.5, b'f', 0, d), "2");
        assert_eq!(fmt(-0.0001, b'f', 2, d), "-0.00");
        let z = DtoaFlags {
            no_neg_0: true,
            ..d
        };
        assert_eq!(fmt(-0.0001, b'f', 2, z), "0.00");
        assert_eq!(fmt(1234.5678, b'e', 3, d), "1.235e+03");
        assert_eq!(fmt(1e-10, b'g', 6, d), "1e-10");
        assert_eq!(fmt(123456789.0, b'g', 6, d), "1.23457e+08");
        assert_eq!(fmt(0.0, b'e', 2, d), "0.00e+00");
        let r = DtoaFlags {
            add_dot_0: true,
            ..d
        };
        assert_eq!(fmt(123.0, b'g', 3, r), "1.23e+02");
        assert_eq!(fmt(1.0, b'g', 1, r), "1e+00");
        assert_eq!(fmt(1.5, b'g', 3, r), "1.5");
        assert_eq!(fmt(2.0, b'r', 0, r), "2.0");
    }

    #[test]
    fn rounding() {
        assert_eq!(round(2.675, 2), Some(2.67));
        assert_eq!(round(0.5, 0), Some(0.0));
        assert_eq!(round(1.5, 0), Some(2.0));
        assert_eq!(round(25.0, -1), Some(20.0));
        assert_eq!(round(25.4, -1), Some(30.0));
        assert_eq!(round(35.0, -1), Some(40.0));
        assert_eq!(round(-25.0, -1), Some(-20.0));
        assert_eq!(round(1234.0, -5), Some(0.0));
        assert!(round(-1234.0, -5).unwrap().is_sign_negative());
        assert_eq!(round(1.7e308, -308), None);
        assert_eq!(round(1.5, 400), Some(1.5));
    }
}

//! CPython 3.11's Unicode character predicates and `str.__repr__`.
//!
//! The tables (`unicode_tables.rs`) are generated from python3.11's own
//! database by `runtime/tools/gen_unicode.py`, so the predicates are exact
//! for Unicode 14.0; ASCII never consults them. Case mapping (`upper`,
//! `lower`) uses Rust's `char::to_uppercase` / `str::to_lowercase`, which
//! implement the same full mappings (SpecialCasing, final sigma) on Rust's
//! Unicode version.

use crate::unicode_tables as t;

#[inline]
fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    let i = table.partition_point(|&(_, last)| last < cp);
    matches!(table.get(i), Some(&(first, _)) if first <= cp)
}

/// `Py_UNICODE_ISSPACE`: `str.isspace()` of one character, the set
/// `split()` and `strip()` use.
#[inline]
pub fn is_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        matches!(cp, 0x09..=0x0D | 0x1C..=0x20)
    } else {
        in_ranges(&t::SPACE, cp)
    }
}

/// `str.isalpha()` of one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(&t::ALPHA, c as u32)
    }
}

/// `str.isalnum()` of one character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        in_ranges(&t::ALNUM, c as u32)
    }
}

/// `str.isdigit()` of one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&t::DIGIT, c as u32)
    }
}

/// `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_ranges(&t::UPPER, c as u32)
    }
}

/// `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_ranges(&t::LOWER, c as u32)
    }
}

/// `Py_UNICODE_ISTITLE` (titlecase letters that are not also uppercase).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(&t::TITLE, c as u32)
}

/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit.
#[inline]
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return if c.is_ascii_digit() {
            Some(cp - b'0' as u32)
        } else {
            None
        };
    }
    let i = t::DECIMAL.partition_point(|&(_, last, _)| last < cp);
    match t::DECIMAL.get(i) {
        Some(&(first, _, v)) if first <= cp => Some(v + cp - first),
        _ => None,
    }
}

/// `str.isprintable()` of one character.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x80 {
        (0x20..0x7F).contains(&cp)
    } else {
        !in_ranges(&t::NON_PRINTABLE, cp)
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, kind: char, v: u32, width: u32) {
    out.push('\\');
    out.push(kind);
    for i in (0..width).rev() {
        out.push(HEX[((v >> (4 * i)) & 0xF) as usize] as char);
    }
}

/// CPython's `str.__repr__`: single quotes unless the text holds `'` and no
/// `"`; `\\ \n \r \t` and the quote escaped; other non-printable
/// characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn repr(s: &str) -> String {
    let b = s.as_bytes();
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let cp = c as u32;
        let plain = if cp < 0x80 {
            (0x20..0x7F).contains(&cp) && c != quote && c != '\\'
        } else {
            is_printable(cp)
        };
        if plain {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if cp <= 0xFF => push_hex(&mut out, 'x', cp, 2),
            _ if cp <= 0xFFFF => push_hex(&mut out, 'u', cp, 4),
            _ => push_hex(&mut out, 'U', cp, 8),
        }
    }
    out.push_str(&s[run..]);
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates() {
        assert!(is_space('\u{1f}') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_alpha('é') && !is_alpha('1') && is_alnum('٣'));
        assert!(is_digit('²') && decimal_value('²').is_none());
        assert_eq!(decimal_value('٣'), Some(3));
        assert!(is_upper('É') && is_lower('ß') && is_title('ǅ'));
    }

    /// The committed tables are exactly what the generator prints (when
    /// python3.11 is there to run it).
    #[test]
    fn tables_match_generator() {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/gen_unicode.py");
        let out = match std::process::Command::new("python3").arg(script).output() {
            Ok(o) if o.status.success() => o.stdout,
            _ => {
                println!("note: python3 with Unicode 14.0 not found; table check skipped");
                return;
            }
        };
        assert!(
            out == include_str!("unicode_tables.rs").as_bytes(),
            "unicode_tables.rs is stale: rerun runtime/tools/gen_unicode.py"
        );
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        for table in [
            &t::NON_PRINTABLE[..],
            &t::SPACE,
            &t::ALPHA,
            &t::ALNUM,
            &t::DIGIT,
            &t::UPPER,
            &t::LOWER,
            &t::TITLE,
        ] {
            assert!(table.iter().all(|&(a, b)| 0x80 <= a && a <= b));
            assert!(table.windows(2).all(|w| w[0].1 + 1 < w[1].0));
        }
    }

    #[test]
    fn reprs() {
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(
            repr("\t\n\x01é\u{a0}\u{2028}\u{e0000}"),
            "'\\t\\n\\x01é\\xa0\\u2028\\U000e0000'"
        );
    }
}

//! Escape decoding of string and bytes literal bodies, as CPython 3.11's
//! `decode_unicode_with_escapes` and `_PyBytes_DecodeEscape` do it.
//!
//! CPython first rewrites every non-ASCII character of a str body as a
//! 10-byte `\UXXXXXXXX` escape (and a backslash before one as `\u005c`),
//! then runs the `unicodeescape` codec; its error messages count positions
//! in that rewritten buffer. `Decoder` walks the original text while
//! keeping that count, so the messages match to the byte.
//!
//! Invalid escapes (`\d`, `\{`) are kept as written: CPython only warns.

use super::super::ast::PyStr;

/// The largest code point.
const MAX_UNICODE: u32 = 0x10FFFF;

/// Decodes the escapes of a str literal body. The error is CPython's full
/// message, `(unicode error) 'unicodeescape' codec can't decode ...`.
pub(super) fn decode_str(body: &str) -> Result<PyStr, String> {
    let mut decoder = Decoder {
        chars: body.char_indices().peekable(),
        body,
        out: PyStr::new(),
        pos: 0,
    };
    decoder.run()?;
    Ok(decoder.out)
}

/// Width of `c` in CPython's rewritten buffer.
fn width(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

struct Decoder<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    body: &'a str,
    out: PyStr,
    /// Position in CPython's rewritten buffer of the next character.
    pos: usize,
}

impl Decoder<'_> {
    fn next(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        self.pos += width(c);
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn run(&mut self) -> Result<(), String> {
        while let Some(c) = self.next() {
            if c != '\\' {
                self.out.push_code_point(c as u32);
                continue;
            }
            let start = self.pos - 1;
            match self.peek() {
                // A backslash at the end or before a non-ASCII character is
                // rewritten as `\u005c`: a literal backslash.
                None => {
                    self.out.push_str("\\");
                }
                Some(c) if !c.is_ascii() => {
                    self.pos += 5;
                    self.out.push_str("\\");
                }
                Some(_) => self.escape(start)?,
            }
        }
        Ok(())
    }

    /// After a backslash at `start` (rewritten-buffer position), followed
    /// by an ASCII character.
    fn escape(&mut self, start: usize) -> Result<(), String> {
        let c = self.next().unwrap_or('\\');
        let simple = match c {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            't' => Some(Some('\t')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            'v' => Some(Some('\x0b')),
            'a' => Some(Some('\x07')),
            _ => None,
        };
        if let Some(decoded) = simple {
            if let Some(d) = decoded {
                self.out.push_code_point(d as u32);
            }
            return Ok(());
        }
        match c {
            '0'..='7' => self.octal(c),
            'x' => self.hex(start, 2, "truncated \\xXX escape")?,
            'u' => self.hex(start, 4, "truncated \\uXXXX escape")?,
            'U' => self.hex(start, 8, "truncated \\UXXXXXXXX escape")?,
            'N' => self.named(start)?,
            _ => {
                self.out.push_str("\\");
                self.out.push_code_point(c as u32);
            }
        }
        Ok(())
    }

    fn octal(&mut self, first: char) {
        let mut value = first as u32 - '0' as u32;
        for _ in 0..2 {
            match self.peek() {
                Some(d @ '0'..='7') => {
                    self.next();
                    value = value * 8 + (d as u32 - '0' as u32);
                }
                _ => break,
            }
        }
        self.out.push_code_point(value);
    }

    fn hex(&mut self, start: usize, count: usize, message: &str) -> Result<(), String> {
        let mut value: u32 = 0;
        for _ in 0..count {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    self.next();
                    value = value << 4 | d;
                }
                None => return Err(self.error(start, self.pos, message)),
            }
        }
        if value > MAX_UNICODE {
            return Err(self.error(start, self.pos, "illegal Unicode character"));
        }
        self.out.push_code_point(value);
        Ok(())
    }

    /// `\N{NAME}`; the `N` has been read.
    fn named(&mut self, start: usize) -> Result<(), String> {
        const MALFORMED: &str = "malformed \\N character escape";
        if self.peek() != Some('{') {
            return Err(self.error(start, self.pos, MALFORMED));
        }
        self.next();
        let name_start = self.chars.peek().map_or(self.body.len(), |&(i, _)| i);
        loop {
            match self.peek() {
                None => return Err(self.error(start, self.pos, MALFORMED)),
                Some('}') => break,
                Some(_) => {
                    self.next();
                }
            }
        }
        let name_end = self.chars.peek().map_or(self.body.len(), |&(i, _)| i);
        if name_start == name_end {
            return Err(self.error(start, self.pos, MALFORMED));
        }
        self.next();
        let name = &self.body[name_start..name_end];
        match lookup_name(name) {
            Some(c) => {
                self.out.push_code_point(c as u32);
                Ok(())
            }
            None => Err(self.error(start, self.pos, "unknown Unicode character name")),
        }
    }

    /// CPython's `UnicodeDecodeError` text for rewritten bytes `start..end`.
    fn error(&self, start: usize, end: usize, reason: &str) -> String {
        let what = if end <= start + 1 {
            format!("byte 0x5c in position {start}")
        } else {
            format!("bytes in position {start}-{}", end - 1)
        };
        format!("(unicode error) 'unicodeescape' codec can't decode {what}: {reason}")
    }
}

/// The character named `name`, as `unicodedata.lookup` without named
/// sequences (case-insensitive, aliases allowed).
fn lookup_name(name: &str) -> Option<char> {
    if !name.is_ascii() {
        return None;
    }
    unicode_names2::character(name)
}

/// Decodes the escapes of a bytes literal body (ASCII, checked by the
/// caller). The error is CPython's full message.
pub(super) fn decode_bytes(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        i += 1;
        if b != b'\\' || i >= body.len() {
            out.push(b);
            continue;
        }
        let c = body[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            b'x' => {
                let digits = body.get(i..i + 2).and_then(|h| {
                    let h = std::str::from_utf8(h).ok()?;
                    u8::from_str_radix(h, 16)
                        .ok()
                        .filter(|_| !h.starts_with('+'))
                });
                match digits {
                    Some(value) => {
                        out.push(value);
                        i += 2;
                    }
                    None => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(body: &str) -> String {
        decode_str(body).unwrap().to_string_lossy()
    }

    fn err(body: &str) -> String {
        decode_str(body).unwrap_err()
    }

    #[test]
    fn str_escapes() {
        assert_eq!(s(r"a\nb\tc"), "a\nb\tc");
        assert_eq!(
            s(r#"\\ \' \" \a \b \f \v \r"#),
            "\\ ' \" \x07 \x08 \x0c \x0b \r"
        );
        assert_eq!(s("a\\\nb"), "ab");
        assert_eq!(s(r"\101\7\777\08"), "A\x07\u{1ff}\x008");
        assert_eq!(s(r"\x41\u00e9\U0001F600"), "Aé😀");
        assert_eq!(s(r"\N{LATIN SMALL LETTER A}\N{latin small letter b}"), "ab");
        assert_eq!(s(r"\N{EM DASH}\N{NEW LINE}"), "—\n");
        assert_eq!(s(r"\d\{\é"), "\\d\\{\\é");
        assert_eq!(s("é\\"), "é\\");
        let surrogate = decode_str(r"\ud800x").unwrap();
        assert_eq!(
            surrogate.code_points().collect::<Vec<_>>(),
            vec![0xD800, 'x' as u32]
        );
        assert!(surrogate.as_str().is_none());
    }

    #[test]
    fn str_errors_like_cpython() {
        let prefix = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(err(r"\x1"), format!("{prefix} 0-2: truncated \\xXX escape"));
        assert_eq!(
            err(r"é\x1"),
            format!("{prefix} 10-12: truncated \\xXX escape")
        );
        assert_eq!(
            err(r"\x1é"),
            format!("{prefix} 0-2: truncated \\xXX escape")
        );
        assert_eq!(
            err(r"\u12"),
            format!("{prefix} 0-3: truncated \\uXXXX escape")
        );
        assert_eq!(
            err(r"\U1234567"),
            format!("{prefix} 0-8: truncated \\UXXXXXXXX escape")
        );
        assert_eq!(
            err(r"\U00110000"),
            format!("{prefix} 0-9: illegal Unicode character")
        );
        assert_eq!(
            err(r"\N{foo}"),
            format!("{prefix} 0-6: unknown Unicode character name")
        );
        assert_eq!(
            err(r"é\N{foo}"),
            format!("{prefix} 10-16: unknown Unicode character name")
        );
        assert_eq!(
            err(r"\N{LATIN SMALL LETTER é}"),
            format!("{prefix} 0-32: unknown Unicode character name")
        );
        assert_eq!(
            err(r"\N"),
            format!("{prefix} 0-1: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\N{"),
            format!("{prefix} 0-2: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\N{}"),
            format!("{prefix} 0-2: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\Nx"),
            format!("{prefix} 0-1: malformed \\N character escape")
        );
    }

    #[test]
    fn bytes_escapes() {
        assert_eq!(decode_bytes(br"a\x41\n\777\0").unwrap(), b"aA\n\xff\0");
        assert_eq!(decode_bytes(br"\u1234\N{x}\d").unwrap(), br"\u1234\N{x}\d");
        assert_eq!(decode_bytes(b"a\\\nb").unwrap(), b"ab");
        assert_eq!(
            decode_bytes(br"ab\x1").unwrap_err(),
            "(value error) invalid \\x escape at position 2"
        );
        assert_eq!(
            decode_bytes(br"\x+1").unwrap_err(),
            "(value error) invalid \\x escape at position 0"
        );
    }
}

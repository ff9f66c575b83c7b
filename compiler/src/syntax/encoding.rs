//! Source decoding: bytes to the text the lexer reads, as CPython 3.11
//! decodes a source given as bytes (`compile(b"...")`, `ast.parse(b"...")`).
//!
//! Steps, in CPython's order: reject null bytes; strip a UTF-8 BOM;
//! translate `\r\n` and lone `\r` to `\n`; look for a PEP 263 coding cookie
//! on line 1, or on line 2 when line 1 is blank or only a comment; decode
//! with the declared codec (UTF-8 by default).
//!
//! Invariant: the returned text contains no `\r` and no NUL, so every later
//! span is a byte offset into text whose only line terminator is `\n`.
//! Errors about the whole file (unknown codec, BOM conflict) have an empty
//! span at 0; decoding errors have an empty span at the offending byte of
//! the input (the text does not exist yet).

mod charmaps;

use super::error::SyntaxError;
use super::span::Span;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a source file to text with `\n` line endings.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(SyntaxError::new(
            "source code cannot contain null bytes",
            Span::new(pos, pos),
        ));
    }
    let (has_bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let body = translate_newlines(body);
    let cookie = find_cookie(&body);
    if has_bom {
        if let Some(name) = &cookie {
            if name != "utf-8" {
                return Err(whole_file_error(format!(
                    "encoding problem: {name} with BOM"
                )));
            }
        }
    }
    let offset = if has_bom { BOM.len() } else { 0 };
    match cookie {
        None => decode_utf8(&body, offset),
        Some(name) => decode_with(&name, &body, offset),
    }
}

fn whole_file_error(message: String) -> SyntaxError {
    SyntaxError::new(message, Span::new(0, 0))
}

/// `\r\n` and lone `\r` become `\n` (CPython's `translate_newlines`).
fn translate_newlines(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !bytes.contains(&b'\r') {
        return std::borrow::Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(b);
        }
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

// ---------------------------------------------------------------------------
// PEP 263 coding cookies.

/// The codec named by a coding cookie on line 1, or on line 2 when line 1
/// holds only whitespace and a comment; normalised like CPython's
/// `get_normal_name` (utf-8 and latin-1 spellings).
fn find_cookie(text: &[u8]) -> Option<String> {
    let mut lines = text.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    if !is_blank_or_comment(first) {
        return None;
    }
    // CPython reads line 2 only when it exists (a final newline is implied).
    lines.next().and_then(coding_spec)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b'#' => return true,
            b' ' | b'\t' | b'\x0C' => {}
            _ => return false,
        }
    }
    true
}

/// CPython's `get_coding_spec`: the line must be a comment (after optional
/// whitespace); the first `coding[:=]` followed by a name wins.
fn coding_spec(line: &[u8]) -> Option<String> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0C'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while i + 6 < line.len() {
        if &line[i..i + 6] == b"coding" && matches!(line[i + 6], b':' | b'=') {
            let mut t = i + 7;
            while t < line.len() && matches!(line[t], b' ' | b'\t') {
                t += 1;
            }
            let begin = t;
            while t < line.len()
                && (line[t].is_ascii_alphanumeric() || matches!(line[t], b'-' | b'_' | b'.'))
            {
                t += 1;
            }
            if begin < t {
                // The name is ASCII by construction.
                let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
                return Some(normal_name(&name));
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: canonical spellings of utf-8 and latin-1
/// (looking at the first 12 characters only, as CPython does).
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| buf.starts_with(p))
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

// ---------------------------------------------------------------------------
// Codecs.

enum Codec {
    Utf8,
    Latin1,
    Ascii,
    SingleByte(&'static str),
    Multi(&'static str, &'static encoding_rs::Encoding),
}

/// Python's `encodings.normalize_encoding` plus the lowercasing `codecs.lookup`
/// does first.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn lookup_codec(name: &str) -> Option<Codec> {
    let norm = normalize_encoding(name);
    let alias = |key: &str| {
        charmaps::ALIASES
            .iter()
            .find(|(a, _)| *a == key)
            .map(|(_, codec)| *codec)
    };
    let codec = alias(&norm)
        .or_else(|| alias(&norm.replace('.', "_")))
        .unwrap_or(norm.as_str());
    Some(match codec {
        "utf_8" => Codec::Utf8,
        "latin_1" => Codec::Latin1,
        "ascii" => Codec::Ascii,
        "euc_jp" => Codec::Multi("euc_jp", encoding_rs::EUC_JP),
        "shift_jis" => Codec::Multi("shift_jis", encoding_rs::SHIFT_JIS),
        "cp932" => Codec::Multi("cp932", encoding_rs::SHIFT_JIS),
        "euc_kr" => Codec::Multi("euc_kr", encoding_rs::EUC_KR),
        "cp949" => Codec::Multi("cp949", encoding_rs::EUC_KR),
        "gbk" => Codec::Multi("gbk", encoding_rs::GBK),
        "gb2312" => Codec::Multi("gb2312", encoding_rs::GBK),
        "gb18030" => Codec::Multi("gb18030", encoding_rs::GB18030),
        "big5" => Codec::Multi("big5", encoding_rs::BIG5),
        "cp950" => Codec::Multi("cp950", encoding_rs::BIG5),
        "iso2022_jp" => Codec::Multi("iso2022_jp", encoding_rs::ISO_2022_JP),
        other => {
            let (_, table) = charmaps::SINGLE_BYTE.iter().find(|(n, _)| *n == other)?;
            Codec::SingleByte(table)
        }
    })
}

fn decode_with(name: &str, body: &[u8], offset: usize) -> Result<String, SyntaxError> {
    match lookup_codec(name) {
        None => Err(whole_file_error(format!("unknown encoding: {name}"))),
        Some(Codec::Utf8) => decode_utf8(body, offset),
        Some(Codec::Latin1) => Ok(body.iter().map(|&b| b as char).collect()),
        Some(Codec::Ascii) => decode_ascii(body),
        Some(Codec::SingleByte(table)) => decode_single_byte(table, body),
        Some(Codec::Multi(name, encoding)) => decode_multi_byte(name, encoding, body),
    }
}

fn codec_error(codec: &str, byte: u8, pos: usize, reason: &str) -> SyntaxError {
    whole_file_error(format!(
        "'{codec}' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
    ))
}

fn decode_ascii(body: &[u8]) -> Result<String, SyntaxError> {
    match body.iter().position(|&b| b >= 0x80) {
        Some(pos) => Err(codec_error(
            "ascii",
            body[pos],
            pos,
            "ordinal not in range(128)",
        )),
        None => Ok(body.iter().map(|&b| b as char).collect()),
    }
}

fn decode_single_byte(table: &str, body: &[u8]) -> Result<String, SyntaxError> {
    let upper: Vec<char> = table.chars().collect();
    let mut out = String::with_capacity(body.len());
    for (pos, &b) in body.iter().enumerate() {
        let c = if b < 0x80 {
            b as char
        } else {
            upper.get(b as usize - 0x80).copied().unwrap_or('\u{FFFE}')
        };
        if c == '\u{FFFE}' {
            return Err(codec_error(
                "charmap",
                b,
                pos,
                "character maps to <undefined>",
            ));
        }
        out.push(c);
    }
    Ok(out)
}

fn decode_multi_byte(
    codec: &str,
    encoding: &'static encoding_rs::Encoding,
    body: &[u8],
) -> Result<String, SyntaxError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len() * 3);
    let mut out = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, pending) => {
            let pos = read.saturating_sub(bad as usize + pending as usize);
            let reason = if read >= body.len() && pending == 0 && pos + bad as usize >= body.len() {
                "incomplete multibyte sequence"
            } else {
                "illegal multibyte sequence"
            };
            Err(codec_error(
                codec,
                body.get(pos).copied().unwrap_or(0),
                pos,
                reason,
            ))
        }
        _ => Ok(out),
    }
}

// ---------------------------------------------------------------------------
// UTF-8, with CPython's error messages.

/// Decodes UTF-8. CPython decodes string input lazily, token by token, so
/// invalid bytes in comments are accepted (they become U+FFFD here) and an
/// error's position is relative to the piece of text being decoded: a
/// string literal's body (or, when the body has escapes, the run of
/// non-ASCII bytes), or an identifier.
fn decode_utf8(body: &[u8], offset: usize) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Utf8Repair::new(body, offset).run(),
    }
}

/// The slow path of `decode_utf8`: a small scanner that knows comments,
/// string literals and identifiers, enough to place errors like CPython.
struct Utf8Repair<'b> {
    bytes: &'b [u8],
    offset: usize,
    out: String,
    pos: usize,
}

impl<'b> Utf8Repair<'b> {
    fn new(bytes: &'b [u8], offset: usize) -> Self {
        Utf8Repair {
            bytes,
            offset,
            out: String::with_capacity(bytes.len() + 16),
            pos: 0,
        }
    }

    fn run(mut self) -> Result<String, SyntaxError> {
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            if b == b'#' {
                self.comment();
            } else if b == b'\'' || b == b'"' {
                self.string()?;
            } else if b >= 0x80 || b == b'_' || b.is_ascii_alphabetic() {
                self.word()?;
            } else {
                self.out.push(b as char);
                self.pos += 1;
            }
        }
        Ok(self.out)
    }

    fn comment(&mut self) {
        let end = self.line_end(self.pos);
        self.out
            .push_str(&String::from_utf8_lossy(&self.bytes[self.pos..end]));
        self.pos = end;
    }

    fn line_end(&self, from: usize) -> usize {
        self.bytes[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |p| from + p)
    }

    /// An identifier-like run (which may be a string prefix).
    fn word(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let mut end = start;
        while end < self.bytes.len()
            && (self.bytes[end] >= 0x80
                || self.bytes[end] == b'_'
                || self.bytes[end].is_ascii_alphanumeric())
        {
            end += 1;
        }
        self.check(start, end, start)?;
        self.pos = end;
        Ok(())
    }

    /// A string literal starting at a quote; its prefix, if any, was copied
    /// by `word` already.
    fn string(&mut self) -> Result<(), SyntaxError> {
        let quote = self.bytes[self.pos];
        let prefix = self.prefix_before(self.pos);
        let triple = self.bytes[self.pos..].starts_with(&[quote; 3]);
        let qlen = if triple { 3 } else { 1 };
        let body_start = self.pos + qlen;
        let (body_end, close_end) = self.string_end(body_start, quote, triple);
        let body = &self.bytes[body_start..body_end];
        let raw = prefix.contains(&b'r') || prefix.contains(&b'R');
        let escapes = !raw && body.contains(&b'\\');
        if std::str::from_utf8(body).is_err() {
            if prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'b')) {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    self.span_at(self.pos),
                ));
            }
            if escapes {
                self.check_runs(body_start, body_end)?;
            } else {
                self.validate(body_start, body_end)?;
            }
        }
        self.check(self.pos, close_end, self.pos)?;
        self.pos = close_end;
        Ok(())
    }

    fn prefix_before(&self, quote: usize) -> &'b [u8] {
        let mut start = quote;
        while start > 0 && self.bytes[start - 1].is_ascii_alphabetic() && quote - start < 2 {
            start -= 1;
        }
        let prefix = &self.bytes[start..quote];
        let before_ok = start == 0 || {
            let b = self.bytes[start - 1];
            !(b >= 0x80 || b == b'_' || b.is_ascii_alphanumeric())
        };
        if before_ok {
            prefix
        } else {
            &[]
        }
    }

    /// The end of the body and of the literal (after the closing quotes);
    /// an unterminated literal ends at the end of its line or of the file.
    fn string_end(&self, body_start: usize, quote: u8, triple: bool) -> (usize, usize) {
        let mut i = body_start;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b'\\' {
                i += 2;
                continue;
            }
            if !triple && b == b'\n' {
                return (i, i);
            }
            if b == quote {
                if !triple {
                    return (i, i + 1);
                }
                if self.bytes[i..].starts_with(&[quote; 3]) {
                    return (i, i + 3);
                }
            }
            i += 1;
        }
        let end = self.bytes.len();
        (end, end)
    }

    /// Checks each maximal run of non-ASCII bytes separately, as CPython's
    /// `decode_unicode_with_escapes` does.
    fn check_runs(&self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let mut i = start;
        while i < end {
            if self.bytes[i] >= 0x80 {
                let run_start = i;
                while i < end && self.bytes[i] >= 0x80 {
                    i += 1;
                }
                self.validate(run_start, i)?;
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// Copies `start..end` (valid UTF-8 when counted from `origin`) to the
    /// output.
    fn check(&mut self, start: usize, end: usize, origin: usize) -> Result<(), SyntaxError> {
        let end = end.min(self.bytes.len());
        if start >= end {
            return Ok(());
        }
        self.validate(origin, end)?;
        let text = std::str::from_utf8(&self.bytes[start..end]).unwrap_or_default();
        self.out.push_str(text);
        Ok(())
    }

    /// Fails with CPython's message for the first invalid sequence in
    /// `origin..end`, positions counted from `origin`.
    fn validate(&self, origin: usize, end: usize) -> Result<(), SyntaxError> {
        let window = &self.bytes[origin..end];
        match std::str::from_utf8(window) {
            Ok(_) => Ok(()),
            Err(err) => {
                let message = utf8_error_message(window, err);
                let at = origin + err.valid_up_to();
                Err(SyntaxError::new(
                    format!("(unicode error) {message}"),
                    self.span_at(at),
                ))
            }
        }
    }

    fn span_at(&self, pos: usize) -> Span {
        Span::new(pos + self.offset, pos + self.offset)
    }
}

/// CPython's message for the first UTF-8 error in `window`.
fn utf8_error_message(window: &[u8], err: std::str::Utf8Error) -> String {
    let start = err.valid_up_to();
    let (len, reason) = match err.error_len() {
        None => (window.len() - start, "unexpected end of data"),
        Some(n) => {
            let lead = window[start];
            let reason = if matches!(lead, 0x80..=0xC1 | 0xF5..=0xFF) {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (n, reason)
        }
    };
    if len <= 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            window[start]
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            start + len - 1
        )
    }
}

#[cfg(test)]
mod tests;

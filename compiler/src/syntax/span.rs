//! Byte spans into a source file, and the map from byte offsets to lines and
//! columns.
//!
//! Invariant: a `Span` always satisfies `start <= end`, both byte offsets into
//! the decoded (UTF-8) text of one source file.

use std::ops::Range;

/// A half-open byte range `start..end` in a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// A 1-based line and a 1-based column counted in characters, the way
/// CPython reports positions in `SyntaxError`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Maps byte offsets of one source text to lines and columns.
#[derive(Clone, Debug)]
pub struct SourceMap {
    line_starts: Vec<usize>,
}

impl SourceMap {
    pub fn new(text: &str) -> SourceMap {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap { line_starts }
    }

    /// 0-based index of the line holding `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    pub fn line_start(&self, line_index: usize) -> usize {
        self.line_starts[line_index]
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Line and column (both 1-based, column in characters) of `offset`.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line_index(offset);
        let start = self.line_starts[line];
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "ab\ncé\r\nx\ry";
        let map = SourceMap::new(text);
        assert_eq!(map.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(map.line_col(text, 3), LineCol { line: 2, column: 1 });
        // 'é' is two bytes, one column.
        assert_eq!(map.line_col(text, 6), LineCol { line: 2, column: 3 });
        assert_eq!(map.line_col(text, 8), LineCol { line: 3, column: 1 });
        assert_eq!(map.line_col(text, 10), LineCol { line: 4, column: 1 });
    }
}

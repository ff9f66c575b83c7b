//! The layout pass: turns the lexer's tokens and physical line breaks into
//! the token stream of CPython's tokenizer, adding NEWLINE, INDENT and
//! DEDENT, checking brackets, and deciding the context-dependent tokens
//! (`match`/`case` soft keywords, the parenthesised `with`).
//!
//! Invariants:
//! - NEWLINE, INDENT and DEDENT are emitted only outside brackets, and only
//!   in module mode; a NEWLINE ends every logical line that has tokens;
//! - the indentation stack holds strictly increasing columns, both counted
//!   with tabs to multiples of 8 and with tabs as 1 column, and never more
//!   than `MAX_INDENT` levels; at most `MAX_LEVEL` brackets are open;
//! - soft keywords and `WithLpar` are decided with O(1) work per token: the
//!   decisions only look at the first token of a logical line, the token
//!   after it, the line's last token, and the token after a `)` (a line
//!   starting with `case` is scanned once more for a `:` outside brackets).

use super::error::SyntaxError;
use super::lexer::{line_of, Spanned};
use super::span::Span;
use super::token::Tok;

/// CPython's `MAXINDENT`: at most 99 levels of indentation.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: at most 200 open brackets.
const MAX_LEVEL: usize = 200;

/// An open bracket.
struct Bracket {
    ch: u8,
    pos: usize,
    /// For a `(` right after `with`: its index in the token vector.
    with_lpar: Option<usize>,
}

/// The indentation of the physical line the next logical line starts on.
#[derive(Clone, Copy)]
struct PendingIndent {
    col: usize,
    altcol: usize,
    line_start: usize,
}

pub(super) struct Layout<'s> {
    src: &'s str,
    tokens: Vec<Spanned>,
    module: bool,
    /// `(col, altcol)` of each indentation level; `indents[0]` is `(0, 0)`.
    indents: Vec<(usize, usize)>,
    brackets: Vec<Bracket>,
    pending_indent: Option<PendingIndent>,
    /// Whether the current logical line has produced a token.
    line_has_tokens: bool,
    /// Index of the first token of the current logical line.
    line_first: usize,
    /// A `with (` whose `)` was the last token: becomes `WithLpar` if a `:`
    /// follows.
    pending_with: Option<usize>,
}

impl<'s> Layout<'s> {
    pub(super) fn new(src: &'s str, module: bool, capacity: usize) -> Self {
        Layout {
            src,
            tokens: Vec::with_capacity(capacity),
            module,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            pending_indent: None,
            line_has_tokens: !module,
            line_first: 0,
            pending_with: None,
        }
    }

    pub(super) fn into_tokens(self) -> Vec<Spanned> {
        self.tokens
    }

    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Records the indentation of the physical line just started; it
    /// applies if a logical line starts on it.
    pub(super) fn set_indent(&mut self, col: usize, altcol: usize, line_start: usize) {
        self.pending_indent = Some(PendingIndent {
            col,
            altcol,
            line_start,
        });
    }

    /// Adds a token (not NEWLINE/INDENT/DEDENT).
    #[inline]
    pub(super) fn push(&mut self, start: usize, tok: Tok, end: usize) -> Result<(), SyntaxError> {
        if !self.line_has_tokens {
            self.begin_logical_line(start)?;
        }
        if let Some(index) = self.pending_with.take() {
            if matches!(tok, Tok::Colon) {
                self.tokens[index].1 = Tok::WithLpar;
            }
        }
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => self.open(start, &tok)?,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => self.close(start, &tok)?,
            _ => {}
        }
        self.tokens.push((start, tok, end));
        Ok(())
    }

    /// A physical newline at `pos`: ends the logical line unless inside
    /// brackets or the line is empty.
    pub(super) fn newline(&mut self, pos: usize) {
        if self.brackets.is_empty() && self.line_has_tokens && self.module {
            self.end_logical_line(pos, pos + 1);
        }
    }

    /// End of input at `end`.
    pub(super) fn finish(&mut self, end: usize) -> Result<(), SyntaxError> {
        if let Some(open) = self.brackets.last() {
            return Err(never_closed(open));
        }
        if !self.module {
            return Ok(());
        }
        if self.line_has_tokens {
            self.end_logical_line(end, end);
        }
        for _ in 1..self.indents.len() {
            self.tokens.push((end, Tok::Dedent, end));
        }
        self.indents.truncate(1);
        Ok(())
    }

    /// The error for input ending right after a line continuation at `pos`.
    pub(super) fn eof_error(&self, pos: usize) -> SyntaxError {
        match self.brackets.last() {
            Some(open) => never_closed(open),
            None => SyntaxError::new("unexpected EOF while parsing", Span::new(pos, pos)),
        }
    }

    fn end_logical_line(&mut self, start: usize, end: usize) {
        self.resolve_soft_keyword();
        self.pending_with = None;
        self.tokens.push((start, Tok::Newline, end));
        self.line_has_tokens = false;
    }

    // -- Indentation ---------------------------------------------------------

    /// The first token of a logical line is at `start`: emit INDENT or
    /// DEDENTs for its line's indentation.
    fn begin_logical_line(&mut self, start: usize) -> Result<(), SyntaxError> {
        self.line_has_tokens = true;
        if let Some(indent) = self.pending_indent.take() {
            self.indent_to(indent, start)?;
        }
        self.line_first = self.tokens.len();
        Ok(())
    }

    fn indent_to(&mut self, indent: PendingIndent, start: usize) -> Result<(), SyntaxError> {
        let PendingIndent {
            col,
            altcol,
            line_start,
        } = indent;
        let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top_col {
            if altcol != top_alt {
                return Err(tab_error(line_start));
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(line_start, line_start),
                ));
            }
            if altcol <= top_alt {
                return Err(tab_error(line_start));
            }
            self.indents.push((col, altcol));
            self.tokens.push((line_start, Tok::Indent, start));
        } else {
            self.dedent_to(col, altcol, line_start, start)?;
        }
        Ok(())
    }

    fn dedent_to(
        &mut self,
        col: usize,
        altcol: usize,
        line_start: usize,
        start: usize,
    ) -> Result<(), SyntaxError> {
        let keep = self
            .indents
            .iter()
            .take_while(|&&(c, _)| c <= col)
            .count()
            .max(1);
        let (new_col, new_alt) = self.indents[keep - 1];
        if col != new_col {
            // CPython points at the end of the offending line.
            let eol = self.src[start..]
                .find('\n')
                .map_or(self.src.len(), |p| start + p);
            return Err(SyntaxError::indentation(
                "unindent does not match any outer indentation level",
                Span::new(eol, eol),
            ));
        }
        if altcol != new_alt {
            return Err(tab_error(line_start));
        }
        for _ in keep..self.indents.len() {
            self.tokens.push((start, Tok::Dedent, start));
        }
        self.indents.truncate(keep);
        Ok(())
    }

    // -- Brackets ------------------------------------------------------------

    fn open(&mut self, start: usize, tok: &Tok) -> Result<(), SyntaxError> {
        // An f-string expression is parsed inside an implicit `(`.
        let limit = if self.module {
            MAX_LEVEL
        } else {
            MAX_LEVEL - 1
        };
        if self.brackets.len() >= limit {
            return Err(SyntaxError::new(
                "too many nested parentheses",
                Span::new(start, start),
            ));
        }
        let with_lpar = match (tok, self.tokens.last()) {
            (Tok::Lpar, Some((_, Tok::With, _))) => Some(self.tokens.len()),
            _ => None,
        };
        self.brackets.push(Bracket {
            ch: bracket_char(tok),
            pos: start,
            with_lpar,
        });
        Ok(())
    }

    fn close(&mut self, start: usize, tok: &Tok) -> Result<(), SyntaxError> {
        let ch = bracket_char(tok);
        let Some(open) = self.brackets.pop() else {
            return Err(SyntaxError::new(
                format!("unmatched '{}'", ch as char),
                Span::new(start, start),
            ));
        };
        if matching(open.ch) != ch {
            let open_line = line_of(self.src, open.pos);
            let here = if open_line == line_of(self.src, start) {
                String::new()
            } else {
                format!(" on line {open_line}")
            };
            return Err(SyntaxError::new(
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'{here}",
                    ch as char, open.ch as char
                ),
                Span::new(start, start),
            ));
        }
        self.pending_with = open.with_lpar;
        Ok(())
    }

    // -- Soft keywords -------------------------------------------------------

    /// At the end of a logical line: a `match` or `case` that starts it
    /// becomes the keyword when the line ends with `:` and the next token can
    /// start the subject or pattern. Such a line can never be a valid
    /// simple statement, so this agrees with CPython's PEG parser, which
    /// tries the match statement first.
    fn resolve_soft_keyword(&mut self) {
        let first = self.line_first;
        let Some((start, Tok::Name(name), end)) = self.tokens.get(first) else {
            return;
        };
        // Compare the source text: `ｍａｔｃｈ` normalises to `match` but is
        // not the keyword.
        let keyword = match (&**name, end - start) {
            ("match", 5) => Tok::Match,
            ("case", 4) => Tok::Case,
            _ => return,
        };
        let ends_with_colon = matches!(self.tokens.last(), Some((_, Tok::Colon, _)));
        // A case block may have its body on the same line (`case 1: pass`):
        // look for a `:` outside brackets anywhere after the pattern.
        let case_with_inline_body = keyword == Tok::Case && self.has_top_level_colon(first + 2);
        if !(ends_with_colon || case_with_inline_body) {
            return;
        }
        match self.tokens.get(first + 1) {
            Some((_, next, _)) if can_start_subject(next) && self.tokens.len() > first + 2 => {
                self.tokens[first].1 = keyword;
            }
            _ => {}
        }
    }
}

impl Layout<'_> {
    /// Whether a `:` outside brackets follows `tokens[from..]` on this line.
    fn has_top_level_colon(&self, from: usize) -> bool {
        let mut depth = 0usize;
        for (_, tok, _) in self.tokens.iter().skip(from) {
            match tok {
                Tok::Lpar | Tok::WithLpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Colon if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }
}

/// Whether `tok` can begin the subject of a `match` or the pattern of a
/// `case` (and is not an operator that would continue an expression).
fn can_start_subject(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
    )
}

fn bracket_char(tok: &Tok) -> u8 {
    match tok {
        Tok::Lpar | Tok::WithLpar => b'(',
        Tok::Rpar => b')',
        Tok::Lsqb => b'[',
        Tok::Rsqb => b']',
        Tok::Lbrace => b'{',
        _ => b'}',
    }
}

fn matching(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn never_closed(open: &Bracket) -> SyntaxError {
    SyntaxError::new(
        format!("'{}' was never closed", open.ch as char),
        Span::new(open.pos, open.pos),
    )
}

fn tab_error(line_start: usize) -> SyntaxError {
    SyntaxError::tab(
        "inconsistent use of tabs and spaces in indentation",
        Span::new(line_start, line_start),
    )
}

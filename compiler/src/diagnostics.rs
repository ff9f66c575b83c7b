//! Diagnostics as data, and their rendering through codespan-reporting.
//!
//! Every error rpy reports to a user goes through `Diagnostic`: a stable
//! code, a message, a primary span with a label, secondary labelled spans and
//! notes. Invariant: rendering never fails or panics, whatever the spans
//! (they are clamped to the text).

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use crate::syntax::error::SyntaxError;
use crate::syntax::span::{SourceMap, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable identifier: CPython's exception class for syntax errors
    /// (`SyntaxError`, `IndentationError`, `TabError`), else a kebab-case
    /// code such as `type-conflict` or `unsupported`.
    pub code: &'static str,
    pub message: String,
    pub primary: Span,
    pub label: String,
    pub secondary: Vec<(Span, String)>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn from_syntax_error(error: &SyntaxError) -> Diagnostic {
        Diagnostic {
            code: error.kind.name(),
            message: error.message.clone(),
            primary: error.span,
            label: String::new(),
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// A source file as the user wrote it: its name and decoded text.
pub struct SourceFile {
    pub name: String,
    pub text: String,
    map: SourceMap,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let map = SourceMap::new(&text);
        SourceFile {
            name: name.into(),
            text,
            map,
        }
    }

    /// `FILE:LINE:COL` of a byte offset, with a 1-based column in characters.
    pub fn location(&self, offset: usize) -> String {
        let lc = self.map.line_col(&self.text, offset);
        format!("{}:{}:{}", self.name, lc.line, lc.column)
    }

    fn clamp(&self, span: Span) -> std::ops::Range<usize> {
        let mut start = (span.start as usize).min(self.text.len());
        let mut end = (span.end as usize).clamp(start, self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        start..end
    }
}

/// Renders a diagnostic as codespan's snippet: `error[CODE]: MESSAGE`, then
/// `┌─ FILE:LINE:COL` and the labelled source lines.
pub fn render(diagnostic: &Diagnostic, file: &SourceFile, color: bool) -> String {
    let simple = SimpleFile::new(file.name.as_str(), file.text.as_str());
    let mut labels =
        vec![Label::primary((), file.clamp(diagnostic.primary))
            .with_message(diagnostic.label.clone())];
    for (span, message) in &diagnostic.secondary {
        labels.push(Label::secondary((), file.clamp(*span)).with_message(message.clone()));
    }
    let cs = CsDiagnostic::error()
        .with_message(diagnostic.message.clone())
        .with_code(diagnostic.code)
        .with_labels(labels)
        .with_notes(diagnostic.notes.clone());
    let mut out = String::new();
    let config = Config::default();
    if color {
        let mut buffer = termcolor::Buffer::ansi();
        if term::emit_to_write_style(&mut buffer, &config, &simple, &cs).is_ok() {
            out.push_str(&String::from_utf8_lossy(buffer.as_slice()));
            return out;
        }
    }
    let mut text = String::new();
    if term::emit_to_string(&mut text, &config, &simple, &cs).is_ok() {
        out.push_str(&text);
    }
    out
}

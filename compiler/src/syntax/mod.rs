//! The syntax stage: source bytes to a spanned AST that mirrors CPython's.
//!
//! Pipeline: `encoding` decodes the bytes (PEP 263, BOM), `lexer` produces raw
//! tokens with logos, `layout` adds NEWLINE/INDENT/DEDENT and resolves soft
//! keywords, the lalrpop `grammar` builds the AST (decoding literals through
//! `literals`), and `dump` prints it the way `ast.dump` does.

pub mod ast;
pub mod builder;
pub mod dump;
pub mod encoding;
pub mod error;
pub mod layout;
pub mod lexer;
pub mod literals;
pub mod parser;
pub mod pyrepr;
pub mod span;
pub mod targets;
pub mod token;

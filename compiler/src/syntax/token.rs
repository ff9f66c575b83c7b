//! The tokens the grammar consumes, after the layout pass.
//!
//! Invariants:
//! - `Newline`, `Indent` and `Dedent` come only from the layout pass, and
//!   never inside brackets;
//! - `Match`, `Case` and `WithLpar` are produced only where the layout pass
//!   has decided that a soft keyword or a parenthesised `with` applies; in every
//!   other place `match` and `case` are `Name`s;
//! - a `Str` token holds offsets into the source, not decoded text: decoding
//!   (escapes, f-string fields) happens in `literals` when the grammar
//!   reduces a run of adjacent strings.

use super::ast::Int;

/// How a string literal was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// Written with `u`/`U`: CPython records `kind='u'` on the constant.
    pub unicode: bool,
}

/// One string literal token: where its prefix, quotes and body are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrToken {
    pub prefix: StrPrefix,
    /// 1 for `'`/`"`, 3 for triple quotes.
    pub quote_len: u8,
    /// Byte range of the text between the quotes.
    pub body_start: u32,
    pub body_end: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Box<str>),
    Int(Int),
    Float(f64),
    /// An imaginary literal such as `2j`: the value of its imaginary part.
    Imag(f64),
    Str(StrToken),

    Newline,
    Indent,
    Dedent,
    /// Put first by the parser driver (never by the lexer): what follows is
    /// a whole file.
    StartModule,
    /// Put first by the parser driver: what follows is the expression of an
    /// f-string replacement field.
    StartFString,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// Soft keyword `match` at the start of a match statement.
    Match,
    /// Soft keyword `case` at the start of a case block.
    Case,

    // Brackets.
    Lpar,
    /// A `(` right after `with` whose matching `)` is followed by `:`: the
    /// parenthesised form of with-items (`with (a as b, c as d):`).
    WithLpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,

    // Operators and delimiters.
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
}

impl Tok {
    /// The keyword token for `word`, if it is a hard keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// How the token is written in source, for messages ("expected ':'").
    pub fn describe(&self) -> String {
        let text = match self {
            Tok::Name(name) => return name.to_string(),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "number",
            Tok::Str(_) => "string",
            Tok::Newline => "newline",
            Tok::Indent => "indent",
            Tok::Dedent => "dedent",
            Tok::StartModule | Tok::StartFString => "start",
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Match => "match",
            Tok::Case => "case",
            Tok::Lpar | Tok::WithLpar => "(",
            Tok::Rpar => ")",
            Tok::Lsqb => "[",
            Tok::Rsqb => "]",
            Tok::Lbrace => "{",
            Tok::Rbrace => "}",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Vbar => "|",
            Tok::Amper => "&",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::Equal => "=",
            Tok::Dot => ".",
            Tok::Percent => "%",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::Tilde => "~",
            Tok::Circumflex => "^",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::DoubleStar => "**",
            Tok::PlusEqual => "+=",
            Tok::MinEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::PercentEqual => "%=",
            Tok::AmperEqual => "&=",
            Tok::VbarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::DoubleSlash => "//",
            Tok::DoubleSlashEqual => "//=",
            Tok::At => "@",
            Tok::AtEqual => "@=",
            Tok::Rarrow => "->",
            Tok::Ellipsis => "...",
            Tok::ColonEqual => ":=",
        };
        text.to_string()
    }
}

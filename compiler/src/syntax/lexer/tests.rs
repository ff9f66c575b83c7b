//! Unit tests of the lexer and the layout pass.

use super::*;

/// The tokens of `src` in a compact form: names and keywords as written,
/// layout tokens in capitals, literals summarised.
fn kinds(src: &str) -> String {
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    if let Some(err) = &stream.error {
        panic!("unexpected error for {src:?}: {err:?}");
    }
    render(src, &stream.tokens)
}

fn render(src: &str, tokens: &[Spanned]) -> String {
    tokens
        .iter()
        .map(|(s, tok, e)| match tok {
            Tok::Newline => "NL".to_string(),
            Tok::Indent => "IN".to_string(),
            Tok::Dedent => "DE".to_string(),
            Tok::Match => "MATCH".to_string(),
            Tok::Case => "CASE".to_string(),
            Tok::WithLpar => "WITH(".to_string(),
            Tok::Name(n) => n.to_string(),
            _ => src[*s..*e].to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn error(src: &str) -> (String, usize, usize) {
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    let err = stream.error.expect("expected an error");
    (err.message, err.span.start as usize, err.span.end as usize)
}

#[test]
fn simple_lines() {
    assert_eq!(kinds("x = 1\n"), "x = 1 NL");
    assert_eq!(kinds("x = 1"), "x = 1 NL");
    assert_eq!(kinds("x = 1  # comment"), "x = 1 NL");
    assert_eq!(kinds(""), "");
    assert_eq!(kinds("\n\n  # c\n"), "");
    assert_eq!(kinds("a; b\n\n\nc\n"), "a ; b NL c NL");
}

#[test]
fn operators_and_keywords() {
    let ops = "( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= \
               /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=";
    let src = format!("({ops})");
    let expected = format!("( {ops} ) NL");
    assert_eq!(kinds(&src), expected);
    assert_eq!(kinds("a**=b//=c"), "a **= b //= c NL");
    assert_eq!(kinds("x[...]"), "x [ ... ] NL");
    assert_eq!(kinds("x = ..5"), "x = . .5 NL");
    let stream = tokenize("def f(): return None", 0..20, Mode::Module);
    assert!(matches!(stream.tokens[0].1, Tok::Def));
    assert!(matches!(stream.tokens[5].1, Tok::Return));
    assert!(matches!(stream.tokens[6].1, Tok::None));
    let stream = tokenize("_ = async_", 0..10, Mode::Module);
    assert_eq!(stream.tokens[0].1, Tok::Name("_".into()));
    assert_eq!(stream.tokens[2].1, Tok::Name("async_".into()));
}

#[test]
fn indentation() {
    assert_eq!(kinds("if x:\n    y\nz\n"), "if x : NL IN y NL DE z NL");
    assert_eq!(
        kinds("if a:\n if b:\n  c\nd"),
        "if a : NL IN if b : NL IN c NL DE DE d NL"
    );
    assert_eq!(kinds("if a:\n  b"), "if a : NL IN b NL DE");
    assert_eq!(
        kinds("if a:\n\n  # c\n      # d\n  b\n"),
        "if a : NL IN b NL DE"
    );
    assert_eq!(kinds("if a:\n\tb\n\tc\n"), "if a : NL IN b NL c NL DE");
    assert_eq!(
        error("if a:\n\tb\n        c\n").0,
        "inconsistent use of tabs and spaces in indentation"
    );
    // A form feed resets the column count.
    assert_eq!(
        kinds("if a:\n    b\n\x0c    c\n"),
        "if a : NL IN b NL c NL DE"
    );
    assert_eq!(
        kinds("if a:\n    b\n  \x0cc\n"),
        "if a : NL IN b NL DE c NL"
    );
}

#[test]
fn layout_token_spans() {
    let src = "if a:\n    b\n";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    let spans: Vec<(usize, usize)> = stream.tokens.iter().map(|t| (t.0, t.2)).collect();
    assert_eq!(
        spans,
        vec![
            (0, 2),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 10),
            (10, 11),
            (11, 12),
            (12, 12)
        ]
    );
    let src = "x = 1";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert_eq!(stream.tokens.last().map(|t| (t.0, t.2)), Some((5, 5)));
}

#[test]
fn line_joining() {
    assert_eq!(kinds("x = (1,\n   2)\ny"), "x = ( 1 , 2 ) NL y NL");
    assert_eq!(kinds("x = [\n# c\n\n 1]\n"), "x = [ 1 ] NL");
    assert_eq!(kinds("x = 1 + \\\n  2\n"), "x = 1 + 2 NL");
    assert_eq!(kinds("x = 1 + \\\n  2 \\\n  + 3"), "x = 1 + 2 + 3 NL");
    // A backslash at the start of a line: the first one fixes the indentation.
    assert_eq!(
        kinds("if 1:\n    x = 1\n\\\n    y = 2"),
        "if 1 : NL IN x = 1 NL y = 2 NL DE"
    );
    assert_eq!(kinds("x = 1\n    \\\ny = 2"), "x = 1 NL IN y = 2 NL DE");
    assert_eq!(kinds("x = 1\n\\\n\ny = 2"), "x = 1 NL y = 2 NL");
    assert_eq!(kinds("x = 1 \\\n\ny = 2"), "x = 1 NL y = 2 NL");
}

#[test]
fn soft_keywords() {
    let first = |src: &str| kinds(src).split(' ').next().unwrap_or("").to_string();
    for src in [
        "match x:",
        "match (x):",
        "match(x):",
        "match [a, b]:",
        "match[x]:",
        "match -x:",
        "match *a, b:",
        "match {1: 2}:",
        "match not x:",
        "match 'abc':",
        "match x, y:  # comment",
    ] {
        assert_eq!(first(src), "MATCH", "{src}");
    }
    for src in [
        "match(x)",
        "match[x]",
        "match.foo",
        "match = 3",
        "match: int = 3",
        "match, a = b",
        "match[x]: int",
        "match.x: y",
        "match += 1",
        "match == x",
        "match:",
        "match x",
        "match if x else y:",
        "\u{ff4d}\u{ff41}\u{ff54}\u{ff43}\u{ff48} x:",
    ] {
        assert_ne!(first(src), "MATCH", "{src}");
    }
    assert_eq!(
        kinds("match x:\n    case [1, 2]:\n        pass\n    case _:\n        case = 1\n"),
        "MATCH x : NL IN CASE [ 1 , 2 ] : NL IN pass NL DE CASE _ : NL IN case = 1 NL DE DE"
    );
    assert_eq!(
        kinds("x = match.y; match = 1"),
        "x = match . y ; match = 1 NL"
    );
    assert_eq!(kinds("if x: match = 1"), "if x : match = 1 NL");
}

#[test]
fn parenthesised_with() {
    assert_eq!(
        kinds("with (a, b):\n pass"),
        "with WITH( a , b ) : NL IN pass NL DE"
    );
    assert_eq!(
        kinds("with (a as b, c as d,):"),
        "with WITH( a as b , c as d , ) : NL"
    );
    assert_eq!(
        kinds("async with (a as b):"),
        "async with WITH( a as b ) : NL"
    );
    assert_eq!(kinds("with (a) as b:"), "with ( a ) as b : NL");
    assert_eq!(kinds("with (a), (b):"), "with ( a ) , ( b ) : NL");
    assert_eq!(kinds("with (a)\n"), "with ( a ) NL");
    assert_eq!(kinds("with f((a)):"), "with f ( ( a ) ) : NL");
    assert_eq!(kinds("with (\n  a,\n  b\n):"), "with WITH( a , b ) : NL");
}

#[test]
fn strings() {
    assert_eq!(
        kinds(r#"x = 'a' "b" rb'c' Rb"d" f'{e}' u'f' BR'g'"#),
        r#"x = 'a' "b" rb'c' Rb"d" f'{e}' u'f' BR'g' NL"#
    );
    assert_eq!(kinds("'''a''b'''"), "'''a''b''' NL");
    assert_eq!(kinds("''"), "'' NL");
    assert_eq!(kinds("''''''"), "'''''' NL");
    assert_eq!(kinds("'''a\nb''' + 'c\\\nd'"), "'''a\nb''' + 'c\\\nd' NL");
    assert_eq!(kinds(r"'a\'b'"), r"'a\'b' NL");
    assert_eq!(kinds(r#"'"""'"#), r#"'"""' NL"#);
    assert_eq!(kinds(r#""""a""""""#), r#""""a""" "" NL"#);
    // Not string prefixes.
    assert_eq!(kinds("ub'x' bb'y' rr'z'"), "ub 'x' bb 'y' rr 'z' NL");
    let src = "x = rb'''ab'''";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    let Tok::Str(token) = &stream.tokens[2].1 else {
        panic!("not a string: {:?}", stream.tokens[2]);
    };
    assert_eq!(
        (token.body_start, token.body_end, token.quote_len),
        (9, 11, 3)
    );
    assert!(token.prefix.raw && token.prefix.bytes && !token.prefix.fstring);
    let src = "F'x' U'y'";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert!(matches!(&stream.tokens[0].1, Tok::Str(t) if t.prefix.fstring && !t.prefix.raw));
    assert!(matches!(&stream.tokens[1].1, Tok::Str(t) if t.prefix.unicode));
}

#[test]
fn identifiers() {
    assert_eq!(kinds("é = ñ1"), "é = ñ1 NL");
    assert_eq!(kinds("aé_b"), "aé_b NL");
    // NFKC: the ligature and the fullwidth letters are normalised, and a
    // normalised keyword is still a name.
    assert_eq!(kinds("\u{fb01} = 1"), "fi = 1 NL");
    let src = "\u{ff49}\u{ff46} = 1";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert_eq!(stream.tokens[0].1, Tok::Name("if".into()));
    assert_eq!(
        error("a€b"),
        ("invalid character '€' (U+20AC)".into(), 1, 1)
    );
    assert_eq!(
        error("x = 1\n\u{a0}"),
        ("invalid non-printable character U+00A0".into(), 6, 6)
    );
    assert_eq!(
        error("a\u{200b}"),
        ("invalid non-printable character U+200B".into(), 1, 1)
    );
    assert_eq!(error("1a"), ("invalid decimal literal".into(), 0, 0));
}

#[test]
fn numbers_in_context() {
    assert_eq!(kinds("x = 1if y else 2"), "x = 1 if y else 2 NL");
    assert_eq!(kinds("x = 0x1for"), "x = 0x1f or NL");
    assert_eq!(kinds("x = 0o1for"), "x = 0o1 for NL");
    assert_eq!(kinds("x = 1 .__class__"), "x = 1 . __class__ NL");
    assert_eq!(error("x = 1.__class__").0, "invalid decimal literal");
    assert_eq!(kinds("1 .real"), "1 . real NL");
    let src = "x = 12345678901234567890 + 1.5e3 + 2j";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert!(matches!(
        stream.tokens[2].1,
        Tok::Int(crate::syntax::ast::Int::Big(_))
    ));
    assert_eq!(stream.tokens[4].1, Tok::Float(1500.0));
    assert_eq!(stream.tokens[6].1, Tok::Imag(2.0));
}

#[test]
fn fstring_expression_mode() {
    let src = "f'{a +\n  b[1]}'";
    let stream = tokenize(src, 3..13, Mode::FStringExpr);
    assert!(stream.error.is_none());
    assert_eq!(render(src, &stream.tokens), "a + b [ 1 ]");
    assert_eq!(stream.tokens[0].0, 3);
    let src = "f'{x!r}'";
    let stream = tokenize(src, 3..4, Mode::FStringExpr);
    assert_eq!(render(src, &stream.tokens), "x");
    let src = "match x:";
    let stream = tokenize(src, 0..src.len(), Mode::FStringExpr);
    assert_eq!(render(src, &stream.tokens), "match x :");
    let src = "f'{a $ b}'";
    let stream = tokenize(src, 3..8, Mode::FStringExpr);
    assert_eq!(render(src, &stream.tokens), "a");
    assert_eq!(
        stream.error.map(|e| e.message),
        Some("f-string: invalid syntax".to_string())
    );
    let src = "é";
    let stream = tokenize(src, 1..2, Mode::FStringExpr);
    assert_eq!(
        stream.error.map(|e| e.message),
        Some("invalid source range".to_string())
    );
}

#[test]
fn error_limits() {
    let deep = "(".repeat(200) + &")".repeat(200);
    assert!(tokenize(&deep, 0..deep.len(), Mode::Module).error.is_none());
    let deeper = "(".repeat(201);
    assert_eq!(
        error(&deeper),
        ("too many nested parentheses".into(), 200, 200)
    );
    let mut nested = String::new();
    for i in 0..99 {
        nested += &format!("{}if 1:\n", " ".repeat(i));
    }
    let ok = nested.clone() + &" ".repeat(99) + "pass\n";
    assert!(tokenize(&ok, 0..ok.len(), Mode::Module).error.is_none());
    let too_deep = nested + &" ".repeat(99) + "if 1:\n" + &" ".repeat(100) + "pass\n";
    assert_eq!(error(&too_deep).0, "too many levels of indentation");
}

#[test]
fn soft_errors_give_way_to_later_tokenizer_errors() {
    let stream = tokenize("x = 1 $ 2\ny = 3", 0..15, Mode::Module);
    assert_eq!(stream.tokens.len(), 3);
    let err = stream.error.unwrap();
    assert_eq!(
        (err.message.as_str(), err.span.start),
        ("invalid syntax", 6)
    );
    let src = "x $ 1\ny = 'abc";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert_eq!(stream.tokens.len(), 1);
    assert!(stream
        .error
        .as_ref()
        .unwrap()
        .message
        .starts_with("unterminated string"));
    assert!(stream.error_overrides_parse_error(src, 0));
    let src = "x = (\n1 ! 2\n";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert_eq!(
        stream.error.as_ref().unwrap().message,
        "'(' was never closed"
    );
    let src = "x = (1 ! 2\n";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert_eq!(stream.error.as_ref().unwrap().message, "invalid syntax");
    assert!(!stream.error_overrides_parse_error(src, 0));
}

#[test]
fn null_bytes_and_stray_characters() {
    assert_eq!(
        error("x = 1\0"),
        ("source code cannot contain null bytes".into(), 5, 5)
    );
    assert_eq!(
        error("x\r"),
        ("invalid non-printable character U+000D".into(), 1, 1)
    );
}

/// Tokenizing must never panic: random strings over an alphabet of
/// troublesome characters, and every prefix and suffix of a few snippets.
#[test]
fn never_panics() {
    let alphabet: Vec<char> = "\n \t\x0c\\'\"#([{)]}:=!<>.0123456789_eEjJxXoObBrRfFuU+-*/%@é€\u{a0}\u{10000}$`?\r\0aif match case with async"
        .chars()
        .collect();
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    for _ in 0..20_000 {
        let len = (seed % 24) as usize;
        let mut src = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        for mode in [Mode::Module, Mode::FStringExpr] {
            let stream = tokenize(&src, 0..src.len(), mode);
            for (s, _, e) in &stream.tokens {
                assert!(s <= e && *e <= src.len(), "{src:?}");
            }
        }
    }
    let snippets = [
        "if x:\n\tmatch (a, b):\n\t\tcase [1, *r]: pass\n",
        "x = f'{a!r:>{w}}' + rb'\\x00' '''é\n'''",
        "with (a as b, c):\n  0x_1f, 1e-5j, 0o17, 1_000.5",
    ];
    for snippet in snippets {
        for (i, _) in snippet.char_indices() {
            let head = &snippet[..i];
            let tail = &snippet[i..];
            let _ = tokenize(head, 0..head.len(), Mode::Module);
            let _ = tokenize(tail, 0..tail.len(), Mode::Module);
            let _ = tokenize(snippet, i..snippet.len(), Mode::FStringExpr);
        }
    }
}

// ---------------------------------------------------------------------------
// Comparison with CPython's own tokenizer.

/// Prints, for each file given, the tokens of CPython's C tokenizer (the one
/// its parser uses) as `TYPE line col end_line end_col` (byte columns), or
/// the error it stops with.
const CPYTHON_TOKENS: &str = r#"
import sys, tokenize, token, importlib.util
for path in sys.argv[1:]:
    print("FILE", path)
    try:
        src = importlib.util.decode_source(open(path, "rb").read())
    except Exception as e:
        print("DECODE_ERROR")
        continue
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            name = token.tok_name[t.type]
            if name in ("ENDMARKER",):
                continue
            if name in ("INDENT", "DEDENT"):
                print(name)
            elif name == "NEWLINE":
                print(name, t.start[0])
            else:
                print(name, t.start[0], t.start[1], t.end[0], t.end[1])
    except SyntaxError as e:
        print("ERROR", e.msg, e.lineno)
"#;

fn cpython_type(tok: &Tok) -> String {
    let name = match tok {
        Tok::Name(_) | Tok::Match | Tok::Case => "NAME",
        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "NUMBER",
        Tok::Str(_) => "STRING",
        Tok::Newline => "NEWLINE",
        Tok::Indent => "INDENT",
        Tok::Dedent => "DEDENT",
        Tok::Lpar | Tok::WithLpar => "LPAR",
        Tok::Rpar => "RPAR",
        Tok::Lsqb => "LSQB",
        Tok::Rsqb => "RSQB",
        Tok::Lbrace => "LBRACE",
        Tok::Rbrace => "RBRACE",
        Tok::Colon => "COLON",
        Tok::Comma => "COMMA",
        Tok::Semi => "SEMI",
        Tok::Plus => "PLUS",
        Tok::Minus => "MINUS",
        Tok::Star => "STAR",
        Tok::Slash => "SLASH",
        Tok::Vbar => "VBAR",
        Tok::Amper => "AMPER",
        Tok::Less => "LESS",
        Tok::Greater => "GREATER",
        Tok::Equal => "EQUAL",
        Tok::Dot => "DOT",
        Tok::Percent => "PERCENT",
        Tok::EqEqual => "EQEQUAL",
        Tok::NotEqual => "NOTEQUAL",
        Tok::LessEqual => "LESSEQUAL",
        Tok::GreaterEqual => "GREATEREQUAL",
        Tok::Tilde => "TILDE",
        Tok::Circumflex => "CIRCUMFLEX",
        Tok::LeftShift => "LEFTSHIFT",
        Tok::RightShift => "RIGHTSHIFT",
        Tok::DoubleStar => "DOUBLESTAR",
        Tok::PlusEqual => "PLUSEQUAL",
        Tok::MinEqual => "MINEQUAL",
        Tok::StarEqual => "STAREQUAL",
        Tok::SlashEqual => "SLASHEQUAL",
        Tok::PercentEqual => "PERCENTEQUAL",
        Tok::AmperEqual => "AMPEREQUAL",
        Tok::VbarEqual => "VBAREQUAL",
        Tok::CircumflexEqual => "CIRCUMFLEXEQUAL",
        Tok::LeftShiftEqual => "LEFTSHIFTEQUAL",
        Tok::RightShiftEqual => "RIGHTSHIFTEQUAL",
        Tok::DoubleStarEqual => "DOUBLESTAREQUAL",
        Tok::DoubleSlash => "DOUBLESLASH",
        Tok::DoubleSlashEqual => "DOUBLESLASHEQUAL",
        Tok::At => "AT",
        Tok::AtEqual => "ATEQUAL",
        Tok::Rarrow => "RARROW",
        Tok::Ellipsis => "ELLIPSIS",
        Tok::ColonEqual => "COLONEQUAL",
        Tok::Async => "ASYNC",
        Tok::Await => "AWAIT",
        _ => "NAME", // hard keywords
    };
    name.to_string()
}

/// Our tokens in the format of `CPYTHON_TOKENS`.
fn our_tokens(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = crate::syntax::encoding::decode_source(bytes) else {
        return vec!["DECODE_ERROR".to_string()];
    };
    let map = crate::syntax::span::SourceMap::new(&text);
    let pos = |offset: usize| {
        let line = map.line_index(offset);
        (line + 1, offset - map.line_start(line))
    };
    let stream = tokenize(&text, 0..text.len(), Mode::Module);
    let mut out: Vec<String> = stream
        .tokens
        .iter()
        .map(|(s, tok, e)| {
            let name = cpython_type(tok);
            match tok {
                Tok::Indent | Tok::Dedent => name,
                Tok::Newline => format!("{name} {}", pos(*s).0),
                _ => {
                    let ((sl, sc), (el, ec)) = (pos(*s), pos(*e));
                    format!("{name} {sl} {sc} {el} {ec}")
                }
            }
        })
        .collect();
    if let Some(err) = stream.error {
        out.push(format!(
            "ERROR {} {}",
            err.message,
            pos(err.span.start as usize).0
        ));
    }
    out
}

/// Runs `CPYTHON_TOKENS` on `files`; `None` when python3 is unavailable.
fn cpython_tokens(files: &[std::path::PathBuf]) -> Option<Vec<Vec<String>>> {
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(CPYTHON_TOKENS)
        .args(files)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut result: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        if line.starts_with("FILE ") {
            result.push(Vec::new());
        } else if let Some(current) = result.last_mut() {
            current.push(line.to_string());
        }
    }
    Some(result)
}

pub(crate) fn stdlib_dir() -> Option<std::path::PathBuf> {
    let output = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = String::from_utf8(output.stdout).ok()?;
    Some(std::path::PathBuf::from(dir.trim()))
}

pub(crate) fn python_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "site-packages") {
                python_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Compares our tokens with CPython's on a sample of the standard library
/// (all of it when `RPY_LEX_ALL` is set). Skips when python3 is missing.
#[test]
fn matches_cpython_tokenizer_on_stdlib() {
    let Some(stdlib) = stdlib_dir() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut files = Vec::new();
    if std::env::var_os("RPY_LEX_ALL").is_some() {
        python_files(&stdlib, &mut files);
    } else {
        for name in [
            "os.py",
            "typing.py",
            "dataclasses.py",
            "ast.py",
            "_pydecimal.py",
            "tokenize.py",
            "email/_header_value_parser.py",
            "test/test_grammar.py",
            "test/test_patma.py",
            "test/test_fstring.py",
            "test/test_string_literals.py",
            "test/test_tokenize.py",
            "test/test_syntax.py",
            "test/test_unicode_identifiers.py",
            "test/test_with.py",
            "test/test_coroutines.py",
            "lib2to3/tests/data/py2_test_grammar.py",
            "test/tokenizedata/badsyntax_3131.py",
        ] {
            files.push(stdlib.join(name));
        }
    }
    files.retain(|f| f.exists());
    let Some(expected) = cpython_tokens(&files) else {
        eprintln!("python3 failed: skipping");
        return;
    };
    let mut failures = Vec::new();
    for (file, expected) in files.iter().zip(expected) {
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let ours = our_tokens(&bytes);
        if let Some(i) =
            (0..ours.len().max(expected.len())).find(|&i| ours.get(i) != expected.get(i))
        {
            failures.push(format!(
                "{}: token {i}: ours {:?}, CPython {:?}",
                file.display(),
                ours.get(i),
                expected.get(i)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} files differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Snippets whose first error comes from the tokenizer (or, for `$` and
/// friends, from the token the tokenizer passes through).
const ERROR_SNIPPETS: &[&str] = &[
    "x = 'abc",
    "x = 'abc\n\ny=1",
    "x = \"\"\"abc\n\ny=1",
    "x = \"\"\"abc\n",
    "x = \"\"\"abc\n\n",
    "x = \"\"\"abc",
    "x = 'abc\\\ndef",
    "x = 'abc\\\n",
    "'''\n''' 'abc",
    "s = f'abc\n",
    "x = (1,\n2",
    "x = (1,\n2]",
    "x = (1,2]",
    "x = {1: [2)}",
    "x = 1)",
    "x = ]",
    "x = (\n\\\n",
    "x = (\\\n",
    "(\n",
    "x = ((1)\n\n\n",
    "if x:\n  a\n b",
    "if x:\n\ta\n        b",
    "if x:\n        a\n\tb",
    "if x:\n    a\n  \tb",
    "if x:\n  \ta\n\t  b",
    "a \\ b",
    "a = 1 \\",
    "a = 1 \\\n",
    "\\\n",
    "x = 0777",
    "x = 00007",
    "x = 1_",
    "x = 1__0",
    "x = 0x",
    "x = 0xg",
    "x = 0o8",
    "x = 0o18",
    "x = 0b2",
    "x = 0b12",
    "x = 1e",
    "x = 1e+",
    "x = 0_7",
    "x = 0_",
    "x = 1abc",
    "x = 0b1abc",
    "x = 1.5x",
    "x = 1jx",
    "x = .5_",
    "x = 1.e_1",
    "a€b = 1",
    "€",
    "x = a\u{a0}b",
    "x = \u{1}",
    "x = \u{7f}",
    "x = \u{b}",
    "x = \u{200b}",
    "x = 1 !",
    "$",
    "x ? y",
    "`x`",
    "1 <> 2",
    "x = = 1\ny = 'abc",
    "$\ny = 'abc",
    "x = ($\n",
    "x = (\n$\n",
    "x = $ (\n",
    "x = 1\ny = (1 +\n  2",
];

/// Runs CPython's `compile` on each snippet: `message|line|offset`.
fn cpython_errors(snippets: &[&str]) -> Option<Vec<String>> {
    let script = r#"
import sys, json, warnings
warnings.simplefilter("ignore")
for src in json.load(sys.stdin):
    try:
        compile(src, "<s>", "exec")
        print("OK")
    except SyntaxError as e:
        print(f"{e.msg}|{e.lineno}|{e.offset}")
"#;
    let json = format!(
        "[{}]",
        snippets
            .iter()
            .map(|s| json_string(s))
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(json.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Our first error as `message|line|offset` (offset: 1-based, characters).
fn our_error(src: &str) -> String {
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    match stream.error {
        None => "OK".to_string(),
        Some(err) => {
            let pos =
                crate::syntax::span::SourceMap::new(src).line_col(src, err.span.start as usize);
            format!("{}|{}|{}", err.message, pos.line, pos.column)
        }
    }
}

#[test]
fn errors_match_cpython() {
    let Some(expected) = cpython_errors(ERROR_SNIPPETS) else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut failures = Vec::new();
    for (src, expected) in ERROR_SNIPPETS.iter().zip(expected) {
        let ours = our_error(src);
        if ours != expected {
            failures.push(format!(
                "{src:?}:\n   ours    {ours}\n   CPython {expected}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Prints where CPython's parser found match statements (`MATCH line col`)
/// and case patterns (`CASE line col`), sorted.
const CPYTHON_MATCHES: &str = r#"
import sys, ast, warnings
warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    print("FILE", path)
    try:
        tree = ast.parse(open(path, "rb").read())
    except SyntaxError:
        print("ERROR")
        continue
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Match):
            found.append((node.lineno, node.col_offset, "MATCH"))
            for case in node.cases:
                # A parenthesised pattern starts inside its parentheses.
                found.append((case.pattern.lineno, -1, "CASE"))
    for line, col, kind in sorted(found):
        print(kind, line, col)
"#;

/// Our `Match` tokens, and the token after each `Case`, in that format.
fn our_matches(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = crate::syntax::encoding::decode_source(bytes) else {
        return vec!["ERROR".to_string()];
    };
    let map = crate::syntax::span::SourceMap::new(&text);
    let stream = tokenize(&text, 0..text.len(), Mode::Module);
    if stream.error.is_some() {
        return vec!["ERROR".to_string()];
    }
    let mut out = Vec::new();
    for (i, (start, tok, _)) in stream.tokens.iter().enumerate() {
        let (kind, at) = match tok {
            Tok::Match => ("MATCH", *start),
            Tok::Case => ("CASE", stream.tokens.get(i + 1).map_or(*start, |t| t.0)),
            _ => continue,
        };
        let pos = map.line_col(&text, at);
        let column = if kind == "CASE" {
            -1
        } else {
            pos.column as i64 - 1
        };
        out.push(format!("{kind} {} {column}", pos.line));
    }
    out
}

/// Soft keywords agree with CPython's parser on every match statement of
/// the standard library (a sample unless `RPY_LEX_ALL` is set).
#[test]
fn soft_keywords_match_cpython_on_stdlib() {
    let Some(stdlib) = stdlib_dir() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut files = Vec::new();
    if std::env::var_os("RPY_LEX_ALL").is_some() {
        python_files(&stdlib, &mut files);
    } else {
        for name in [
            "test/test_patma.py",
            "ast.py",
            "test/test_syntax.py",
            "inspect.py",
        ] {
            files.push(stdlib.join(name));
        }
    }
    files.retain(|f| f.exists());
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(CPYTHON_MATCHES)
        .args(&files)
        .output();
    let Ok(output) = output else {
        eprintln!("python3 failed: skipping");
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let mut expected: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        if line.starts_with("FILE ") {
            expected.push(Vec::new());
        } else if let Some(current) = expected.last_mut() {
            current.push(line.to_string());
        }
    }
    let mut failures = Vec::new();
    for (file, expected) in files.iter().zip(expected) {
        if expected.first().is_some_and(|l| l == "ERROR") {
            continue;
        }
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let ours = our_matches(&bytes);
        if let Some(i) =
            (0..ours.len().max(expected.len())).find(|&i| ours.get(i) != expected.get(i))
        {
            failures.push(format!(
                "{}: #{i}: ours {:?}, CPython {:?}",
                file.display(),
                ours.get(i),
                expected.get(i)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Lexing throughput on the standard library. Run with
/// `cargo test --release -p rpy --lib stdlib_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn stdlib_throughput() {
    let Some(stdlib) = stdlib_dir() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut files = Vec::new();
    python_files(&stdlib, &mut files);
    let sources: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let bytes: usize = sources.iter().map(Vec::len).sum();
    let start = std::time::Instant::now();
    let texts: Vec<Option<String>> = sources
        .iter()
        .map(|s| crate::syntax::encoding::decode_source(s).ok())
        .collect();
    let decoded = start.elapsed();
    let mut ok = 0;
    let mut tokens = 0;
    let start = std::time::Instant::now();
    for _ in 0..3 {
        ok = 0;
        tokens = 0;
        for text in texts.iter().flatten() {
            let stream = tokenize(text, 0..text.len(), Mode::Module);
            tokens += stream.tokens.len();
            ok += usize::from(stream.error.is_none());
        }
    }
    let lexed = start.elapsed() / 3;
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "{} files, {mb:.1} MB, {tokens} tokens: decode {:.0} MB/s, lex {:.0} MB/s ({:.3} s); {ok} files without error",
        files.len(),
        mb / decoded.as_secs_f64(),
        mb / lexed.as_secs_f64(),
        lexed.as_secs_f64(),
    );
}

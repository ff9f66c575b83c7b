//! Unit tests of literal decoding, most of them checked against CPython's
//! `ast.dump` (skipped when python3 is unavailable).

use super::*;
use crate::syntax::ast::ExprContext;
use crate::syntax::lexer::{tokenize, Mode};
use crate::syntax::token::Tok;

/// A stand-in for the grammar: a field's expression becomes a `Name` of its
/// trimmed text.
fn stub(source: &str) -> impl FnMut(Range<usize>) -> Result<Expr, SyntaxError> + '_ {
    move |range: Range<usize>| {
        let text = source[range.clone()].trim();
        Ok(Expr::new(
            Span::new(range.start, range.end),
            ExprKind::Name {
                id: text.into(),
                ctx: ExprContext::Load,
            },
        ))
    }
}

/// Concatenates the string tokens at the start of `src`.
fn build(src: &str) -> Result<Expr, SyntaxError> {
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    assert!(stream.error.is_none(), "{src:?}: {:?}", stream.error);
    let tokens: Vec<(usize, StrToken, usize)> = stream
        .tokens
        .iter()
        .map_while(|(s, tok, e)| match tok {
            Tok::Str(t) => Some((*s, *t, *e)),
            _ => None,
        })
        .collect();
    concat_strings(src, &tokens, &mut stub(src))
}

fn dump(src: &str) -> String {
    match build(src) {
        Ok(expr) => crate::syntax::dump::dump_expr(&expr),
        Err(err) => format!("ERROR {}", err.message),
    }
}

/// String runs whose fields are plain names, so the stub parses them as
/// CPython does.
const CASES: &[&str] = &[
    r#"'a' "b""#,
    r#"'a' 'b' 'c'"#,
    r#"''"#,
    r#"u'x' 'y'"#,
    r#"'x' u'y'"#,
    r#"U'x'"#,
    r#"b'a' b'b'"#,
    r#"b''"#,
    r#"rb'\x41' Br'\n'"#,
    r#"b'\x41\101\n\\\'\"\a\b\f\v\r\t\0\777\u1234\N{x}\q'"#,
    r#"'\x41\101\n\\\'\"\a\b\f\v\r\t\0\777\u00e9\U0001F600\N{EM DASH}\q'"#,
    r#"'\ud800\udfff'"#,
    r#"r'\n\x' R"\"""#,
    "'a\\\nb'",
    "'''a\nb''' \"\"\"c\"\"\"",
    r#"'é\é'"#,
    r#"f''"#,
    r#"f'a'"#,
    r#"f'a' 'b'"#,
    r#"'a' f''"#,
    r#"f'{x}'"#,
    r#"f'a{x}b{y}c'"#,
    r#"'p' f'{x}' 's'"#,
    r#"u'a' f'{x}'"#,
    r#"u'' f'{x:a{y}b}'"#,
    r#"u'' f'' 'a'"#,
    r#"f'{x!r}{y!s}{z!a}'"#,
    r#"f'{x:>10}'"#,
    r#"f'{x:}'"#,
    r#"f'{x:{y}}'"#,
    r#"f'{x:{y}.{z}f}'"#,
    r#"f'{x!r:^{w}}'"#,
    r#"f'{x=}'"#,
    r#"f'{x = }'"#,
    r#"f'{ x = }'"#,
    r#"f'{x=!s}'"#,
    r#"f'{x=:>10}'"#,
    r#"f'{x=!r:>10}'"#,
    r#"f'a{x=}b'"#,
    r#"f'{x:{y}=}'"#,
    r#"f'{{}}a{{'"#,
    r#"f'{{x}}'"#,
    r#"f'{{{x}}}'"#,
    r#"f'\{x}'"#,
    r#"f'\{{x'"#,
    r#"rf'\{x}\n'"#,
    r#"fr'{x}\N'"#,
    r#"f'\N{DIGIT ONE}{x}\N{LATIN SMALL LETTER A}{{'"#,
    r#"f'\x41{x}\n'"#,
    "f'''{x\n}'''",
    "f'''a\n{x}\nb'''",
    r#"f'{x}' f'{y}'"#,
    r#"F'{x}' Rf'{y}' fR'{z}'"#,
    // Errors, in CPython's words.
    r#"b'a' 'b'"#,
    r#"'a' b'b'"#,
    r#"f'{x}' b'a'"#,
    r#"b'é'"#,
    r#"'\x1'"#,
    r#"'é\x1'"#,
    r#"'\N{foo}'"#,
    r#"'\N'"#,
    r#"'\U00110000'"#,
    r#"b'ab\x1'"#,
    r#"f'}'"#,
    r#"f'{'"#,
    r#"f'{}'"#,
    r#"f'{ }'"#,
    r#"f'{a#}'"#,
    r#"f'{a!x}'"#,
    r#"f'{a!}'"#,
    r#"f'{a!r'"#,
    r#"f'{a!r }'"#,
    r#"f'{a:{b:{c}}}'"#,
    r#"f'{a:{b}}}'"#,
    r#"f'{x:}}'"#,
    r#"f'{a)}'"#,
    r#"f'{(a}'"#,
    r#"f'{[a)}'"#,
    r#"f'{(a'"#,
    r#"f'{"a}'"#,
    r#"f'{a\b}'"#,
    r#"f'{x!r=}'"#,
    r#"f'{a=b}'"#,
    r#"f'{a<'"#,
    r#"f'\N{foo}{x}'"#,
    r#"f'\Nx{x}'"#,
    r#"f'\Né{x}'"#,
    r#"f'{x!é}'"#,
    r#"f'{x:é{y}}'"#,
    r#"f'a}b'"#,
];

/// `ast.dump` of each snippet's expression, or `ERROR message`.
fn cpython_dumps(snippets: &[&str]) -> Option<Vec<String>> {
    let script = r#"
import ast, sys, json, warnings
warnings.simplefilter("ignore")
for src in json.load(sys.stdin):
    try:
        print(ast.dump(ast.parse(src, mode="eval").body).replace("\n", "\\n"))
    except SyntaxError as e:
        print("ERROR", e.msg)
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
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn literals_match_cpython() {
    let Some(expected) = cpython_dumps(CASES) else {
        eprintln!("python3 not found: skipping");
        return;
    };
    assert_eq!(expected.len(), CASES.len());
    let mut failures = Vec::new();
    for (src, expected) in CASES.iter().zip(expected) {
        let ours = dump(src).replace('\n', "\\n");
        if ours != expected {
            failures.push(format!("{src}\n   ours    {ours}\n   CPython {expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans() {
    let src = "f'a{x!r:>{w}}b' 'c'";
    let expr = build(src).unwrap();
    assert_eq!(expr.span, Span::new(0, src.len()));
    let ExprKind::JoinedStr { values } = &expr.kind else {
        panic!("{expr:?}");
    };
    assert_eq!(values[0].span, Span::new(2, 3));
    assert_eq!(values[1].span, Span::new(3, 13));
    assert_eq!(values[2].span, Span::new(13, 18));
    let ExprKind::FormattedValue {
        value, format_spec, ..
    } = &values[1].kind
    else {
        panic!("{:?}", values[1]);
    };
    assert_eq!(value.span, Span::new(4, 5));
    assert_eq!(format_spec.as_ref().map(|s| s.span), Some(Span::new(8, 12)));
    let err = build("f'{}' 'a'").unwrap_err();
    assert_eq!(err.span, Span::new(9, 9));
}

#[test]
fn field_ranges_are_handed_to_the_parser() {
    let src = "f'{a + b!r} {c=} {d:{e}}'";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    let Tok::Str(token) = stream.tokens[0].1 else {
        panic!()
    };
    let mut seen = Vec::new();
    let mut parse = |range: Range<usize>| {
        seen.push(src[range.clone()].to_string());
        stub(src)(range)
    };
    concat_strings(src, &[(0, token, src.len())], &mut parse).unwrap();
    assert_eq!(seen, vec!["a + b", "c", "d", "e"]);
}

#[test]
fn parse_errors_propagate() {
    let src = "f'{a}'";
    let stream = tokenize(src, 0..src.len(), Mode::Module);
    let Tok::Str(token) = stream.tokens[0].1 else {
        panic!()
    };
    let mut parse = |_: Range<usize>| {
        Err(SyntaxError::new(
            "f-string: invalid syntax",
            Span::new(3, 4),
        ))
    };
    let err = concat_strings(src, &[(0, token, 6)], &mut parse).unwrap_err();
    assert_eq!(err.message, "f-string: invalid syntax");
}

/// Prints every top-level string run of each file (not those inside
/// f-string fields) as `line col dump`, with field expressions masked as
/// `Name('_')`.
const CPYTHON_STRINGS: &str = r#"
import ast, sys, warnings
warnings.simplefilter("ignore")

class Mask(ast.NodeTransformer):
    def visit_FormattedValue(self, node):
        self.generic_visit(node)
        node.value = ast.Name(id="_", ctx=ast.Load())
        return node

def runs(node, out):
    if isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))
    ):
        out.append(node)
        return
    for child in ast.iter_child_nodes(node):
        runs(child, out)

for path in sys.argv[1:]:
    print("FILE", path)
    try:
        tree = ast.parse(open(path, "rb").read())
    except SyntaxError:
        print("ERROR")
        continue
    found = []
    runs(tree, found)
    found.sort(key=lambda n: (n.lineno, n.col_offset))
    for node in found:
        text = ast.dump(Mask().visit(node)).encode("unicode_escape").decode("ascii")
        print(node.lineno, node.col_offset, text)
"#;

/// Our string runs in the format of `CPYTHON_STRINGS`.
fn our_strings(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = crate::syntax::encoding::decode_source(bytes) else {
        return vec!["ERROR".to_string()];
    };
    let stream = tokenize(&text, 0..text.len(), Mode::Module);
    if stream.error.is_some() {
        return vec!["ERROR".to_string()];
    }
    let map = crate::syntax::span::SourceMap::new(&text);
    let mut mask = |range: Range<usize>| {
        Ok(Expr::new(
            Span::new(range.start, range.end),
            ExprKind::Name {
                id: "_".into(),
                ctx: ExprContext::Load,
            },
        ))
    };
    let mut out = Vec::new();
    let mut run: Vec<(usize, StrToken, usize)> = Vec::new();
    for (s, tok, e) in stream.tokens.iter().chain([(0, Tok::Newline, 0)].iter()) {
        if let Tok::Str(t) = tok {
            run.push((*s, *t, *e));
            continue;
        }
        if run.is_empty() {
            continue;
        }
        let line = map.line_index(run[0].0);
        let col = run[0].0 - map.line_start(line);
        let dumped = match concat_strings(&text, &run, &mut mask) {
            Ok(expr) => crate::syntax::dump::dump_expr(&expr),
            Err(err) => format!("ERROR {}", err.message),
        };
        out.push(format!(
            "{} {col} {}",
            line + 1,
            python_unicode_escape(&dumped)
        ));
        run.clear();
    }
    out
}

/// Python's `str.encode("unicode_escape").decode("ascii")`.
fn python_unicode_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out
}

/// Every top-level string run of the standard library (a sample unless
/// `RPY_LEX_ALL` is set) decodes as CPython decodes it.
#[test]
fn literals_match_cpython_on_stdlib() {
    use crate::syntax::lexer::tests::{python_files, stdlib_dir};
    let Some(stdlib) = stdlib_dir() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut files = Vec::new();
    if std::env::var_os("RPY_LEX_ALL").is_some() {
        python_files(&stdlib, &mut files);
    } else {
        for name in [
            "test/test_fstring.py",
            "test/test_string_literals.py",
            "test/test_unicode.py",
            "test/test_bytes.py",
            "pydoc_data/topics.py",
            "string.py",
            "textwrap.py",
        ] {
            files.push(stdlib.join(name));
        }
    }
    files.retain(|f| f.exists());
    let Ok(output) = std::process::Command::new("python3")
        .arg("-c")
        .arg(CPYTHON_STRINGS)
        .args(&files)
        .output()
    else {
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
    let mut compared = 0;
    for (file, expected) in files.iter().zip(expected) {
        if expected.first().is_some_and(|l| l == "ERROR") {
            continue;
        }
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let ours = our_strings(&bytes);
        compared += expected.len();
        if let Some(i) =
            (0..ours.len().max(expected.len())).find(|&i| ours.get(i) != expected.get(i))
        {
            failures.push(format!(
                "{}: #{i}:\n   ours    {:?}\n   CPython {:?}",
                file.display(),
                ours.get(i),
                expected.get(i)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{compared} string runs compared");
    assert!(compared > 1000, "only {compared} string runs compared");
}

/// Decoding never panics, and every field range is on char boundaries
/// (the stub slices the source with it).
#[test]
fn never_panics() {
    let alphabet: Vec<char> = "{}{}!:=<>()[]'\"\\\\Nxu01é€\u{10000} #arsf\n"
        .chars()
        .collect();
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    for i in 0..30_000 {
        let len = (seed % 16) as usize;
        let mut body = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            body.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let prefix = ["f", "rf", "", "b", "rb", "u", "F"][i % 7];
        let src = format!("{prefix}'''{body}''' f'{{x}}'");
        let stream = tokenize(&src, 0..src.len(), Mode::Module);
        let tokens: Vec<(usize, StrToken, usize)> = stream
            .tokens
            .iter()
            .filter_map(|(s, tok, e)| match tok {
                Tok::Str(t) => Some((*s, *t, *e)),
                _ => None,
            })
            .collect();
        if !tokens.is_empty() {
            let _ = concat_strings(&src, &tokens, &mut stub(&src));
        }
    }
}

//! The syntax error corpus (tests/syntax_errors/, see its README.md): every
//! `.py` file there is malformed, and its first line says where and how:
//! `# error: LINE:COL: MESSAGE`, with a 1-based column counted in
//! characters, as CPython's `SyntaxError.offset`.
//!
//! One trial per file checks rpy's parser and its rendered diagnostic
//! against the header; one trial runs CPython once over all the files and
//! checks that it reports the same line, column, message and exception
//! class; one trial runs the `rpy` binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};
use rpy::diagnostics::{render, Diagnostic, SourceFile};
use rpy::syntax::parser;

/// What a file's header says.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Expected {
    line: usize,
    column: usize,
    message: String,
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// What rpy reports for a file.
#[derive(Clone, Debug)]
struct Reported {
    found: Expected,
    kind: &'static str,
    rendered: String,
}

fn corpus_dir() -> PathBuf {
    common::repo_root().join("tests/syntax_errors")
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/syntax_errors exists")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

fn name_of(path: &Path) -> String {
    path.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// Parses `# error: LINE:COL: MESSAGE` from the first line of `bytes`.
fn header(bytes: &[u8]) -> Result<Expected, String> {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let line = std::str::from_utf8(&bytes[..end]).map_err(|_| "header is not UTF-8")?;
    let rest = line
        .strip_prefix("# error: ")
        .ok_or_else(|| format!("first line is not `# error: LINE:COL: MESSAGE`: {line:?}"))?;
    let mut parts = rest.splitn(3, ':');
    let mut number = |what: &str| -> Result<usize, String> {
        parts
            .next()
            .and_then(|p| p.trim().parse().ok())
            .ok_or_else(|| format!("bad {what} in header {line:?}"))
    };
    let line_no = number("line")?;
    let column = number("column")?;
    let message = parts
        .next()
        .map(|m| m.trim_start().to_string())
        .filter(|m| !m.is_empty())
        .ok_or_else(|| format!("no message in header {line:?}"))?;
    Ok(Expected {
        line: line_no,
        column,
        message,
    })
}

/// Runs rpy's parser on a thread with the CLI's stack, and renders the
/// diagnostic the way `rpy parse` does.
fn rpy_error(path: &Path) -> Result<Reported, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let display = path.display().to_string();
    common::with_big_stack(move || {
        let (text, result) = parser::parse_bytes(&bytes);
        let error = match result {
            Ok(_) => return Err("rpy accepted the file".to_string()),
            Err(error) => error,
        };
        // As the CLI: without decoded text, spans are offsets into the bytes.
        let text = text.unwrap_or_else(|| String::from_utf8_lossy(&bytes).into_owned());
        let source = SourceFile::new(display.clone(), text);
        let location = source.location(error.span.start as usize);
        let (line, column) = location
            .strip_prefix(&format!("{display}:"))
            .and_then(|lc| lc.split_once(':'))
            .and_then(|(l, c)| Some((l.parse().ok()?, c.parse().ok()?)))
            .ok_or_else(|| format!("bad location {location:?}"))?;
        let rendered = render(&Diagnostic::from_syntax_error(&error), &source, false);
        Ok(Reported {
            found: Expected {
                line,
                column,
                message: error.message.clone(),
            },
            kind: error.kind.name(),
            rendered,
        })
    })
}

fn check_file(path: &Path) -> Result<(), Failed> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let expected = header(&bytes)?;
    let reported = rpy_error(path)?;
    if reported.found != expected {
        return Err(format!(
            "{}\n  header says: {expected}\n  rpy reports: {}",
            path.display(),
            reported.found
        )
        .into());
    }
    let location = format!("{}:{}:{}", path.display(), expected.line, expected.column);
    let headline = format!("error[{}]: {}", reported.kind, expected.message);
    if !reported.rendered.contains(&location) || !reported.rendered.contains(&headline) {
        return Err(format!(
            "the rendered diagnostic lacks `{location}` or `{headline}`:\n{}",
            reported.rendered
        )
        .into());
    }
    Ok(())
}

/// For each file: `OK`, or `ERR <class> <lineno> <offset> <msg>` with the
/// error of `compile()`, which must equal that of `ast.parse` (an error
/// of CPython's parser, not of its compiler).
const CPYTHON_SCRIPT: &str = r#"
import ast, sys
def error(src, path, flags):
    try:
        compile(src, path, "exec", flags)
    except SyntaxError as e:
        msg = e.msg.replace("\\", "\\\\").replace("\n", "\\n")
        return f"{type(e).__name__} {e.lineno} {e.offset} {msg}"
    except Exception as e:
        return f"{type(e).__name__} 0 0 {e}"
    return None
for path in sys.argv[1:]:
    src = open(path, "rb").read()
    full = error(src, path, 0)
    parse = error(src, path, ast.PyCF_ONLY_AST)
    if full is None:
        print("OK")
    elif parse != full:
        print(f"COMPILER {full}")
    else:
        print(f"ERR {full}")
"#;

fn check_cpython(files: &[PathBuf]) -> Result<(), Failed> {
    if common::python3().is_none() {
        println!("note: python3 3.11 is not installed; CPython's errors not compared");
        return Ok(());
    }
    let output = Command::new("python3")
        .arg("-c")
        .arg(CPYTHON_SCRIPT)
        .args(files)
        .output()
        .map_err(|e| format!("python3 does not run: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let stdout = String::from_utf8(output.stdout).map_err(|_| "python3 output is not UTF-8")?;
    let lines: Vec<&str> = stdout.lines().collect();
    if lines.len() != files.len() {
        return Err(format!(
            "python3 printed {} lines for {} files",
            lines.len(),
            files.len()
        )
        .into());
    }
    let mut failures = Vec::new();
    for (path, line) in files.iter().zip(lines) {
        let name = name_of(path);
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
        let expected = header(&bytes)?;
        let Some(rest) = line.strip_prefix("ERR ") else {
            failures.push(format!("{name}: CPython's parser: {line}"));
            continue;
        };
        let mut fields = rest.splitn(4, ' ');
        let class = fields.next().unwrap_or_default();
        let lineno: i64 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
        let offset: i64 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
        let message = unescape(fields.next().unwrap_or_default());
        // Errors about the whole file have no position in CPython; rpy
        // puts them at 1:1 (see the README).
        let (lineno, offset) = if lineno == 0 {
            (1, 1)
        } else {
            (lineno, offset)
        };
        let cpython = Expected {
            line: lineno as usize,
            column: offset.max(0) as usize,
            message,
        };
        if cpython != expected {
            failures.push(format!(
                "{name}: header says {expected}, CPython says {cpython}"
            ));
        }
        match rpy_error(path) {
            Ok(reported) if reported.kind != class => failures.push(format!(
                "{name}: rpy raises {}, CPython {class}",
                reported.kind
            )),
            Ok(_) => {}
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

/// Undoes the script's escaping of `\\` and newlines.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// At least 35 kinds of error: distinct messages once the line numbers in
/// them are set aside.
fn check_distinct_kinds(files: &[PathBuf]) -> Result<(), Failed> {
    let mut kinds = std::collections::BTreeSet::new();
    for path in files {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
        let message = header(&bytes)?.message;
        let kind: String = message.chars().filter(|c| !c.is_ascii_digit()).collect();
        kinds.insert(kind);
    }
    if kinds.len() < 35 {
        return Err(format!("only {} distinct kinds of error", kinds.len()).into());
    }
    Ok(())
}

/// `rpy parse BAD_FILE` exits with 1 and prints the diagnostic on stderr;
/// `rpy` without arguments is a usage error, exit code 2.
fn check_cli() -> Result<(), Failed> {
    let rpy = env!("CARGO_BIN_EXE_rpy");
    let file = corpus_dir().join("missing_colon_after_if.py");
    let expected = header(&std::fs::read(&file).map_err(|e| e.to_string())?)?;
    let output = Command::new(rpy)
        .arg("parse")
        .arg(&file)
        .output()
        .map_err(|e| format!("rpy does not run: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.code() != Some(1) {
        return Err(format!("`rpy parse` exited with {:?}:\n{stderr}", output.status).into());
    }
    let location = format!("{}:{}:{}", file.display(), expected.line, expected.column);
    if !stderr.contains(&expected.message) || !stderr.contains(&location) {
        return Err(format!(
            "stderr lacks `{location}` or `{}`:\n{stderr}",
            expected.message
        )
        .into());
    }
    let output = Command::new(rpy)
        .output()
        .map_err(|e| format!("rpy does not run: {e}"))?;
    if output.status.code() != Some(2) {
        return Err(format!("`rpy` without arguments exited with {:?}", output.status).into());
    }
    if !String::from_utf8_lossy(&output.stderr).contains("usage") {
        return Err("`rpy` without arguments prints no usage".into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let files = corpus();
    let mut trials: Vec<Trial> = files
        .iter()
        .map(|path| {
            let path = path.clone();
            Trial::test(format!("rpy::{}", name_of(&path)), move || {
                check_file(&path)
            })
        })
        .collect();
    let all = files.clone();
    trials.push(Trial::test("cpython_agrees_on_every_file", move || {
        check_cpython(&all)
    }));
    let all = files.clone();
    trials.push(Trial::test("at_least_35_distinct_kinds", move || {
        check_distinct_kinds(&all)
    }));
    trials.push(Trial::test("cli_exit_codes", check_cli));
    libtest_mimic::run(&args, trials).exit();
}

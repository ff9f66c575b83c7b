//! Robustness of the parser: whatever the bytes, `parse_bytes` ends, soon,
//! in an AST or a `SyntaxError`, never a panic, a hang or a stack overflow.
//!
//! - `fuzz_parser`: a bounded, deterministic fuzz run. Inputs are standard
//!   library files with bytes and ranges deleted, inserted, duplicated and
//!   truncated, random byte strings, and random soups of Python tokens. Each
//!   input has its own seed, derived from the run's seed (`RPY_FUZZ_SEED`,
//!   printed) and its index. A failing input is shrunk and written to
//!   `target/fuzz-failures/`.
//! - `deep_*`: pathological nesting (100,000 brackets, unary operators,
//!   lambdas, ...) gives CPython's `too many nested parentheses`, `too many
//!   levels of indentation`, or rpy's `too many nested expressions` where
//!   CPython runs out of parser stack (MemoryError) or recursion
//!   (RecursionError), and an AST where CPython gives one.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rpy::diagnostics::{render, Diagnostic, SourceFile};
use rpy::syntax::error::SyntaxError;
use rpy::syntax::{dump, parser};

// ---------------------------------------------------------------------------
// Randomness: xorshift64*, seeded through splitmix64.

#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed: never 0, and nearby seeds diverge.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(z | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `1/n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// Inputs.

const DEFAULT_SEED: u64 = 0x7270_795F_6675_7A7A;
/// Inputs per run.
const INPUTS: usize = 60_000;
/// The longest slice of a standard library file that is mutated.
const MAX_WINDOW: usize = 16_000;
/// Fails an input whose parse takes longer than this (release build).
const PER_INPUT_LIMIT: Duration = Duration::from_secs(2);
/// Fails the run when it takes longer than this.
const TOTAL_LIMIT: Duration = Duration::from_secs(120);

#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // keywords, soft keywords
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", "match", "case", "_", "type", "print",
    // names and numbers
    "x", "y", "f", "self", "é", "a1", "__init__", "0", "1", "42", "1.5", "0x1f", "0o17", "0b1",
    "1e10", "1j", "1_000", "0777", "1__0", "1.e", "0x", "09", "1if", "0_",
    // strings
    "'a'", "\"b\"", "'''c'''", "\"\"\"d\"\"\"", "f'{x}'", "f\"{x!r:>{w}}\"", "f'{'", "f'}'",
    "rb'\\x'", "b'\\xff'", "u'x'", "'\\N{DASH}'", "'\\N{NOPE}'", "'", "\"", "'''", "\"\"\"",
    "f'", "br", "f'{x=}'", "f'{x:{y:{z}}}'", "'\\", "'\\u12'",
    // operators and delimiters
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">",
    "<=", ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->",
    "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "...",
    "!", "$", "?", "`", "<>",
    // layout
    "\n", "\n", "\n", "    ", "    ", "\t", "  ", "\\\n", "\r\n", "\r", "\x0c", "# comment\n",
    " ", " ", " ", "\u{a0}", "€", "\u{200b}", "🐍", "\u{feff}",
];

/// Bytes that matter to the lexer, for single-byte mutations.
const SPECIAL_BYTES: &[u8] = b"()[]{}:;,.=\\'\"#\n\n\t \r\x0c@*!$?`0_xjeE\xff\xc3\xa9";

/// The standard library files the mutations start from, read once.
fn stdlib_sample() -> Vec<(PathBuf, Vec<u8>)> {
    if common::python3().is_none() {
        println!("note: python3 3.11 not found; fuzzing without standard library files");
        return Vec::new();
    }
    let files = common::stdlib_files();
    // Every fourth file: a broad sample, quick to read.
    files
        .into_iter()
        .step_by(4)
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            (!bytes.is_empty()).then_some((path, bytes))
        })
        .collect()
}

/// Input number `index` of the run with seed `seed`.
fn make_input(seed: u64, index: usize, stdlib: &[(PathBuf, Vec<u8>)]) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
    let kind = if stdlib.is_empty() {
        2 + index % 2
    } else {
        index % 4
    };
    match kind {
        0 => {
            let (_, file) = rng.pick(stdlib);
            let mut input = window(&mut rng, file);
            let mutations = 1 + rng.below(4);
            for _ in 0..mutations {
                mutate(&mut rng, &mut input);
            }
            input
        }
        1 => {
            // Whole lines deleted, duplicated or moved: often still valid.
            let (_, file) = rng.pick(stdlib);
            let text = window(&mut rng, file);
            let mut lines: Vec<&[u8]> = text.split_inclusive(|&b| b == b'\n').collect();
            for _ in 0..1 + rng.below(3) {
                if lines.is_empty() {
                    break;
                }
                let at = rng.below(lines.len());
                match rng.below(3) {
                    0 => {
                        lines.remove(at);
                    }
                    1 => lines.insert(rng.below(lines.len() + 1), lines[at]),
                    _ => {
                        let line = lines.remove(at);
                        lines.insert(rng.below(lines.len() + 1), line);
                    }
                }
            }
            lines.concat()
        }
        2 => random_bytes(&mut rng),
        _ => token_soup(&mut rng),
    }
}

/// A slice of `file` starting at a line boundary (the whole file if small).
fn window(rng: &mut Rng, file: &[u8]) -> Vec<u8> {
    if file.len() <= MAX_WINDOW {
        return file.to_vec();
    }
    let mut start = rng.below(file.len() - MAX_WINDOW / 2);
    while start > 0 && file[start - 1] != b'\n' {
        start -= 1;
    }
    let mut end = (start + 1 + rng.below(MAX_WINDOW)).min(file.len());
    if rng.one_in(2) {
        // End at a line boundary too.
        while end < file.len() && file[end - 1] != b'\n' {
            end += 1;
        }
    }
    file[start..end].to_vec()
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    let len = input.len();
    let at = if len == 0 { 0 } else { rng.below(len + 1) };
    match rng.below(9) {
        // delete a byte
        0 if len > 0 => {
            input.remove(at.min(len - 1));
        }
        // delete a range
        1 if len > 0 => {
            let end = (at + 1 + rng.below(64)).min(len);
            input.drain(at.min(len - 1)..end);
        }
        // insert a significant byte
        2 => input.insert(at, *rng.pick(SPECIAL_BYTES)),
        // insert any byte
        3 => input.insert(at, rng.below(256) as u8),
        // insert a token
        4 => {
            let token = rng.pick(TOKENS).as_bytes();
            input.splice(at..at, token.iter().copied());
        }
        // duplicate a range somewhere else
        5 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(200)).min(len);
            let copy = input[start..end].to_vec();
            let to = rng.below(input.len() + 1);
            input.splice(to..to, copy);
        }
        // truncate
        6 => input.truncate(at),
        // replace a byte
        7 if len > 0 => input[at.min(len - 1)] = *rng.pick(SPECIAL_BYTES),
        // swap two lines' indentation: delete or add leading spaces
        _ => {
            let mut line = at.min(len);
            while line > 0 && input[line - 1] != b'\n' {
                line -= 1;
            }
            if rng.one_in(2) {
                let spaces = 1 + rng.below(8);
                input.splice(line..line, std::iter::repeat_n(b' ', spaces));
            } else if input.get(line).is_some_and(|b| b.is_ascii_whitespace()) {
                input.remove(line);
            }
        }
    }
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    const ALPHABET: &[u8] = b"abcxyz_019 ()[]{}:;,.=+-*/%<>!~&|^@'\"#\\\n\n\n\t    ";
    let len = rng.below(257);
    (0..len)
        .map(|_| {
            if rng.one_in(4) {
                rng.below(256) as u8
            } else {
                *rng.pick(ALPHABET)
            }
        })
        .collect()
}

fn token_soup(rng: &mut Rng) -> Vec<u8> {
    let count = rng.below(120);
    let mut out = Vec::new();
    for _ in 0..count {
        out.extend_from_slice(rng.pick(TOKENS).as_bytes());
        if rng.one_in(2) {
            out.push(b' ');
        }
    }
    if rng.one_in(8) {
        out.push(0); // NUL
    }
    out
}

// ---------------------------------------------------------------------------
// Checking one input.

/// How many inputs parsed to an AST (the rest are syntax errors).
static ACCEPTED: AtomicUsize = AtomicUsize::new(0);

/// Parses `input`; `Err` describes a broken invariant (a panic is left to
/// the caller's `catch_unwind`). Also renders the diagnostic and dumps the
/// AST, as `rpy parse` does.
fn check(input: &[u8]) -> Result<(), String> {
    let (text, result) = parser::parse_bytes(input);
    match result {
        Ok(module) => {
            ACCEPTED.fetch_add(1, Ordering::Relaxed);
            let text = text.ok_or("an AST without decoded text")?;
            let _ = dump::dump_module(&module);
            drop(module);
            drop(text);
            Ok(())
        }
        Err(error) => check_error(input, text, &error),
    }
}

fn check_error(input: &[u8], text: Option<String>, error: &SyntaxError) -> Result<(), String> {
    if error.message.is_empty() {
        return Err("a syntax error without a message".into());
    }
    let text = text.unwrap_or_else(|| String::from_utf8_lossy(input).into_owned());
    let limit = text.len().max(input.len());
    if error.span.start > error.span.end || error.span.end as usize > limit {
        return Err(format!(
            "span {:?} outside the {} bytes of text",
            error.span, limit
        ));
    }
    let source = SourceFile::new("fuzz.py", text);
    let rendered = render(&Diagnostic::from_syntax_error(error), &source, false);
    if !rendered.contains(&error.message) {
        return Err(format!(
            "rendered diagnostic lacks the message:\n{rendered}"
        ));
    }
    Ok(())
}

/// Whether `input` fails: a panic or a broken invariant.
fn fails(input: &[u8]) -> bool {
    !matches!(catch_unwind(AssertUnwindSafe(|| check(input))), Ok(Ok(())))
}

/// Greedy shrinking: removes chunks, then single bytes, while the input
/// still fails. Bounded in attempts.
fn minimize(mut input: Vec<u8>) -> Vec<u8> {
    let mut attempts = 0;
    let mut chunk = (input.len() / 2).max(1);
    while chunk >= 1 && attempts < 4000 {
        let mut start = 0;
        let mut removed = false;
        while start < input.len() && attempts < 4000 {
            let end = (start + chunk).min(input.len());
            let mut candidate = input.clone();
            candidate.drain(start..end);
            attempts += 1;
            if fails(&candidate) {
                input = candidate;
                removed = true;
            } else {
                start += chunk;
            }
        }
        if !removed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    input
}

fn failure_dir() -> PathBuf {
    let dir = common::repo_root().join("target/fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn write_failure(name: &str, input: &[u8]) -> PathBuf {
    let path = failure_dir().join(name);
    let _ = std::fs::write(&path, input);
    path
}

// ---------------------------------------------------------------------------
// The fuzz run.

fn run_seed() -> u64 {
    match std::env::var("RPY_FUZZ_SEED") {
        Ok(text) => {
            let text = text.trim();
            let parsed = match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => text.parse(),
            };
            parsed.expect("RPY_FUZZ_SEED is a number")
        }
        Err(_) => DEFAULT_SEED,
    }
}

struct Failure {
    index: usize,
    what: String,
    input: Vec<u8>,
}

#[test]
fn fuzz_parser() {
    let seed = run_seed();
    let stdlib = Arc::new(stdlib_sample());
    println!(
        "fuzz seed {seed:#x} ({INPUTS} inputs, {} standard library files)",
        stdlib.len()
    );
    let started = Instant::now();
    let failures: Arc<Mutex<Vec<Failure>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicUsize::new(0));
    let slowest = Arc::new(AtomicU64::new(0));
    const WORKERS: usize = 2;
    // What each worker is parsing, and since when (ms after `started`),
    // for the watchdog.
    let current: Arc<Vec<(AtomicUsize, AtomicU64)>> = Arc::new(
        (0..WORKERS)
            .map(|_| (AtomicUsize::new(usize::MAX), AtomicU64::new(0)))
            .collect(),
    );
    // Panics of the fuzz threads are expected while shrinking, and caught:
    // keep them quiet.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let name = std::thread::current().name().map(str::to_string);
        if !name.is_some_and(|n| n.starts_with("fuzz-")) {
            previous(info);
        }
    }));
    let workers: Vec<_> = (0..WORKERS)
        .map(|worker| {
            let (stdlib, failures, stop, done, slowest, current) = (
                stdlib.clone(),
                failures.clone(),
                stop.clone(),
                done.clone(),
                slowest.clone(),
                current.clone(),
            );
            // The CLI's stack: deep but valid inputs are the CLI's to
            // handle, and these inputs are checked as the CLI sees them.
            std::thread::Builder::new()
                .name(format!("fuzz-{worker}"))
                .stack_size(512 * 1024 * 1024)
                .spawn(move || {
                    for index in (worker..INPUTS).step_by(WORKERS) {
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        let input = make_input(seed, index, &stdlib);
                        let t0 = Instant::now();
                        current[worker]
                            .1
                            .store(started.elapsed().as_millis() as u64, Ordering::Relaxed);
                        current[worker].0.store(index, Ordering::Relaxed);
                        let outcome = catch_unwind(AssertUnwindSafe(|| check(&input)));
                        current[worker].0.store(usize::MAX, Ordering::Relaxed);
                        let took = t0.elapsed();
                        slowest.fetch_max(took.as_micros() as u64, Ordering::Relaxed);
                        let what = match outcome {
                            Ok(Ok(())) if took <= PER_INPUT_LIMIT => None,
                            Ok(Ok(())) => Some(format!("took {took:?}")),
                            Ok(Err(broken)) => Some(broken),
                            Err(panic) => Some(format!("panic: {}", panic_message(&panic))),
                        };
                        if let Some(what) = what {
                            failures
                                .lock()
                                .unwrap()
                                .push(Failure { index, what, input });
                            if failures.lock().unwrap().len() >= 5 {
                                stop.store(true, Ordering::Relaxed);
                            }
                        }
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
                .expect("spawn a fuzz worker")
        })
        .collect();

    // Watchdog: an input that does not finish is a hang.
    let mut hang = None;
    while workers.iter().any(|w| !w.is_finished()) {
        std::thread::sleep(Duration::from_millis(50));
        let now = started.elapsed().as_millis() as u64;
        for (index, since) in current.iter() {
            let index = index.load(Ordering::Relaxed);
            if index != usize::MAX && now.saturating_sub(since.load(Ordering::Relaxed)) > 20_000 {
                hang = Some(index);
            }
        }
        if hang.is_some() || started.elapsed() > TOTAL_LIMIT {
            stop.store(true, Ordering::Relaxed);
            break;
        }
    }
    if let Some(index) = hang {
        let input = make_input(seed, index, &stdlib);
        let path = write_failure(&format!("{seed:#x}-{index}-hang.py"), &input);
        panic!(
            "seed {seed:#x}: input {index} did not finish in 20 s; written to {}",
            path.display()
        );
    }
    for worker in workers {
        let _ = worker.join();
    }
    let elapsed = started.elapsed();
    let failures = std::mem::take(&mut *failures.lock().unwrap());
    let mut report = Vec::new();
    for failure in &failures {
        let shrunk = if failure.what.starts_with("took") {
            failure.input.clone()
        } else {
            let input = failure.input.clone();
            std::thread::Builder::new()
                .name("fuzz-minimize".into())
                .stack_size(512 * 1024 * 1024)
                .spawn(move || minimize(input))
                .expect("spawn")
                .join()
                .unwrap_or_else(|_| failure.input.clone())
        };
        let path = write_failure(&format!("{seed:#x}-{}.py", failure.index), &shrunk);
        report.push(format!(
            "seed {seed:#x}, input {}: {}\n  minimized input: {}",
            failure.index,
            failure.what,
            path.display()
        ));
    }
    let done = done.load(Ordering::Relaxed);
    println!(
        "{done} inputs in {elapsed:?} ({} parsed to an AST), slowest {:?}",
        ACCEPTED.load(Ordering::Relaxed),
        Duration::from_micros(slowest.load(Ordering::Relaxed))
    );
    assert!(
        report.is_empty(),
        "fuzz failures (rerun with RPY_FUZZ_SEED={seed:#x}):\n{}",
        report.join("\n")
    );
    assert!(
        elapsed <= TOTAL_LIMIT && done == INPUTS,
        "seed {seed:#x}: only {done} of {INPUTS} inputs in {elapsed:?}"
    );
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "(not a string)".to_string()
    }
}

// ---------------------------------------------------------------------------
// Deep nesting.

/// The stack of a normal thread: the parser (an LR automaton with its own
/// heap stack) and the tree walks stay far within it for these inputs,
/// because expression trees deeper than `MAX_EXPR_DEPTH` are refused while
/// they are built.
const NORMAL_STACK: usize = 8 * 1024 * 1024;

/// What parsing `source` on a normal-sized stack gives: the error's line,
/// column and message, or `None` for an AST; and how long it took (parse,
/// dump of the AST or rendering of the diagnostic, and drop).
fn parse_deep(source: String) -> (Option<(usize, usize, String)>, Duration) {
    std::thread::Builder::new()
        .stack_size(NORMAL_STACK)
        .spawn(move || {
            let t0 = Instant::now();
            let (text, result) = parser::parse_bytes(source.as_bytes());
            let outcome = match result {
                Ok(module) => {
                    assert!(!dump::dump_module(&module).is_empty());
                    None
                }
                Err(error) => {
                    let file = SourceFile::new("deep.py", text.unwrap_or_default());
                    let rendered = render(&Diagnostic::from_syntax_error(&error), &file, false);
                    assert!(rendered.contains(&error.message));
                    let location = file.location(error.span.start as usize);
                    let mut parts = location.rsplitn(3, ':');
                    let column = parts.next().and_then(|c| c.parse().ok()).unwrap_or(0);
                    let line = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
                    Some((line, column, error.message))
                }
            };
            (outcome, t0.elapsed())
        })
        .expect("spawn")
        .join()
        .expect("the parser thread ends without panicking")
}

/// Deep inputs must be handled in well under a second each in release.
const DEEP_LIMIT: Duration = Duration::from_secs(3);

fn expect_error(source: String, line: usize, column: usize, message: &str) {
    let (outcome, took) = parse_deep(source);
    assert!(took < DEEP_LIMIT, "took {took:?}");
    match outcome {
        Some(found) => assert_eq!(found, (line, column, message.to_string())),
        None => panic!("accepted; expected {line}:{column}: {message}"),
    }
}

/// CPython fails with MemoryError or RecursionError: rpy must give a
/// syntax error instead.
fn expect_too_deep(source: String) {
    let (outcome, took) = parse_deep(source);
    assert!(took < DEEP_LIMIT, "took {took:?}");
    match outcome {
        Some((_, _, message)) => assert!(
            message.starts_with("too many nested expressions"),
            "unexpected message: {message}"
        ),
        None => panic!("accepted an expression nested beyond MAX_EXPR_DEPTH"),
    }
}

fn expect_ast(source: String) {
    let (outcome, took) = parse_deep(source);
    assert!(took < DEEP_LIMIT, "took {took:?}");
    assert_eq!(outcome, None, "CPython accepts this input");
}

#[test]
fn deep_parentheses() {
    // CPython: 1:201 too many nested parentheses (at most 200 open).
    expect_error("(".repeat(100_000), 1, 201, "too many nested parentheses");
}

#[test]
fn deep_brackets() {
    expect_error("[".repeat(100_000), 1, 201, "too many nested parentheses");
}

#[test]
fn deep_calls() {
    // The 201st bracket is the one at column 402.
    expect_error("f(".repeat(50_000), 1, 402, "too many nested parentheses");
}

#[test]
fn deep_if_blocks() {
    // CPython: IndentationError 101:1 too many levels of indentation.
    let source: String = (0..10_000)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .chain(std::iter::once(format!("{}pass\n", " ".repeat(10_000))))
        .collect();
    expect_error(source, 101, 1, "too many levels of indentation");
}

#[test]
fn deep_unary_minus() {
    expect_too_deep("-".repeat(100_000) + "1");
}

#[test]
fn deep_not() {
    expect_too_deep("not ".repeat(100_000) + "x");
}

#[test]
fn deep_lambda() {
    expect_too_deep("lambda: ".repeat(100_000) + "x");
}

#[test]
fn deep_conditional_expression() {
    expect_too_deep("a if b else ".repeat(100_000) + "c");
}

#[test]
fn deep_attribute_chain() {
    expect_too_deep("x".to_string() + &".a".repeat(100_000));
}

#[test]
fn deep_call_and_subscript_chains() {
    expect_too_deep("x".to_string() + &"()".repeat(100_000));
    expect_too_deep("x".to_string() + &"[0]".repeat(100_000));
}

#[test]
fn deep_binary_operators() {
    expect_too_deep("1".to_string() + &" + 1".repeat(100_000));
    expect_too_deep("2".to_string() + &" ** 2".repeat(100_000));
    expect_too_deep("~".repeat(100_000) + "1");
}

#[test]
fn deep_elif_chain() {
    // Each `elif` nests an `If` in the previous one's `orelse`; CPython
    // gives MemoryError at 100,000 and RecursionError at 5,000.
    let source = "if x:\n    pass\n".to_string() + &"elif x:\n    pass\n".repeat(100_000);
    let (outcome, took) = parse_deep(source);
    assert!(took < DEEP_LIMIT, "took {took:?}");
    let (line, _, message) = outcome.expect("a 100,000-deep elif chain was accepted");
    assert!(message.starts_with("too many 'elif' clauses"), "{message}");
    // The 3001st `elif` is refused: lines 1-2 are the `if`.
    assert_eq!(line, 3 + 2 * 3000);
    // CPython accepts 2,988.
    expect_ast("if x:\n    pass\n".to_string() + &"elif x:\n    pass\n".repeat(2_988));
}

#[test]
fn long_flat_sequences_are_accepted() {
    // CPython accepts these: they are long, not deep.
    expect_ast("a".to_string() + &" and a".repeat(100_000));
    expect_ast("a".to_string() + &" < a".repeat(100_000));
    expect_ast("\"a\" ".repeat(100_000));
    expect_ast("a, ".repeat(100_000));
    expect_ast("x".to_string() + &".a".repeat(1_000));
    expect_ast("x = 1\n".repeat(100_000));
    let indented: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .chain(std::iter::once(format!("{}pass\n", " ".repeat(99))))
        .collect();
    expect_ast(indented);
}

//! Parser benchmark (not a test: it never fails on speed).
//!
//! Parses every `.py` file of CPython's standard library with
//! `rpy::syntax::parser::parse_bytes` on one thread, and in the same run has
//! python3 time `compile(src, path, 'exec', ast.PyCF_ONLY_AST)` (what
//! `ast.parse` does) over the same files. Both sides read every file into
//! memory first, count the files they reject the same way, and report the
//! best of N runs. Prints files, MB, seconds and MB/s for each side and the
//! ratio CPython time / rpy time (target: >= 3x).
//!
//! ```text
//! cargo run --release -p rpy-parse-bench -- [--runs N] [--dump] [--stages] [--rpy-only]
//! ```
//! `--dump` also times parse + `ast.dump` on both sides; `--stages` splits
//! rpy's time into decoding, tokenizing (lexer + layout) and the LR parse
//! with AST construction (parse minus tokenize); `--rpy-only` skips python3
//! (handy under a profiler).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rpy::syntax::{dump, encoding, lexer, parser};

/// The stack of the parsing thread, as the `rpy` binary uses.
const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Times `ast.parse` (and optionally `ast.dump`) over the files named on
/// stdin. argv: runs, dump flag. Prints `version ...`, `parse SECS REJECTED`
/// and, with the dump flag, `dump SECS REJECTED`.
const PY_SCRIPT: &str = r#"
import ast, sys, time, warnings
warnings.simplefilter("ignore")  # invalid escapes warn; keep stderr quiet
runs, with_dump = int(sys.argv[1]), sys.argv[2] == "1"
paths = sys.stdin.read().splitlines()
sources = []
for p in paths:
    with open(p, "rb") as f:
        sources.append((p, f.read()))
FLAGS = ast.PyCF_ONLY_AST
ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError)

def parse_all():
    rejected = 0
    for p, s in sources:
        try:
            compile(s, p, "exec", FLAGS)
        except ERRORS:
            rejected += 1
    return rejected

def dump_all():
    rejected = 0
    for p, s in sources:
        try:
            ast.dump(compile(s, p, "exec", FLAGS))
        except ERRORS:
            rejected += 1
    return rejected

def best(f):
    times, rejected = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        rejected = f()
        times.append(time.perf_counter() - t0)
    return min(times), rejected

print("version", sys.version.split()[0], flush=True)
print("files", len(sources), sum(len(s) for _, s in sources), flush=True)
secs, rej = best(parse_all)
print("parse", repr(secs), rej, flush=True)
if with_dump:
    secs, rej = best(dump_all)
    print("dump", repr(secs), rej, flush=True)
"#;

struct Options {
    runs: usize,
    dump: bool,
    stages: bool,
    rpy_only: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        runs: 3,
        dump: false,
        stages: false,
        rpy_only: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                let n = args.next().ok_or("--runs needs a number")?;
                options.runs = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("bad --runs: {n}"))?;
            }
            "--dump" => options.dump = true,
            "--stages" => options.stages = true,
            "--rpy-only" => options.rpy_only = true,
            "-h" | "--help" => {
                println!("usage: rpy-parse-bench [--runs N] [--dump] [--stages] [--rpy-only]");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(options)
}

/// CPython's stdlib directory, from python3's sysconfig.
fn stdlib_root() -> Result<PathBuf, String> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !out.status.success() {
        return Err("python3 failed to report its stdlib".into());
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Every `.py` file under `dir`, skipping third-party directories (as
/// compiler/tests/common/mod.rs does).
fn collect_py(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            let name = entry.file_name();
            if name != "site-packages" && name != "dist-packages" {
                collect_py(&path, files);
            }
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}

/// Best time of `runs` calls of `f`, and the value of the last call.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t0 = Instant::now();
        let value = f();
        best = best.min(t0.elapsed());
        last = Some(value);
    }
    (best, last.expect("runs > 0"))
}

/// Per-stage times of rpy (best of N each).
struct Stages {
    decode: Duration,
    tokenize: Duration,
    parse: Duration,
    tokens: usize,
}

struct RpyResult {
    parse: Duration,
    rejected: usize,
    dump: Option<Duration>,
    stages: Option<Stages>,
}

fn parse_all(sources: &[Vec<u8>]) -> usize {
    let mut rejected = 0;
    for bytes in sources {
        let result = std::hint::black_box(parser::parse_bytes(bytes));
        if result.1.is_err() {
            rejected += 1;
        }
    }
    rejected
}

fn dump_all(sources: &[Vec<u8>]) -> usize {
    let mut rejected = 0;
    for bytes in sources {
        match parser::parse_bytes(bytes).1 {
            Ok(module) => {
                std::hint::black_box(dump::dump_module(&module));
            }
            Err(_) => rejected += 1,
        }
    }
    rejected
}

fn stages(runs: usize, sources: &[Vec<u8>]) -> Stages {
    let (decode, texts) = best_of(runs, || {
        sources
            .iter()
            .filter_map(|b| encoding::decode_source(b).ok())
            .collect::<Vec<String>>()
    });
    let (tokenize, tokens) = best_of(runs, || {
        texts
            .iter()
            .map(|t| {
                let stream = lexer::tokenize(t, 0..t.len(), lexer::Mode::Module);
                std::hint::black_box(stream).tokens.len()
            })
            .sum::<usize>()
    });
    let (parse, ()) = best_of(runs, || {
        for t in &texts {
            std::hint::black_box(parser::parse_module(t)).ok();
        }
    });
    Stages {
        decode,
        tokenize,
        parse,
        tokens,
    }
}

fn run_rpy(options: &Options, sources: Arc<Vec<Vec<u8>>>) -> RpyResult {
    let (runs, with_dump, with_stages) = (options.runs, options.dump, options.stages);
    std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let (parse, rejected) = best_of(runs, || parse_all(&sources));
            let dump = with_dump.then(|| best_of(runs, || dump_all(&sources)).0);
            let stages = with_stages.then(|| stages(runs, &sources));
            RpyResult {
                parse,
                rejected,
                dump,
                stages,
            }
        })
        .expect("spawn the parsing thread")
        .join()
        .expect("the parsing thread panicked")
}

struct PyResult {
    version: String,
    files: usize,
    bytes: usize,
    parse: f64,
    rejected: usize,
    dump: Option<(f64, usize)>,
}

fn run_python(options: &Options, files: &[PathBuf]) -> Result<PyResult, String> {
    let mut child = Command::new("python3")
        .args(["-c", PY_SCRIPT, &options.runs.to_string()])
        .arg(if options.dump { "1" } else { "0" })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(list.as_bytes())
        .map_err(|e| format!("writing the file list: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(format!("python3 exited with {}", out.status));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut result = PyResult {
        version: String::new(),
        files: 0,
        bytes: 0,
        parse: f64::NAN,
        rejected: 0,
        dump: None,
    };
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let num = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
        match fields.first() {
            Some(&"version") => result.version = fields.get(1).unwrap_or(&"?").to_string(),
            Some(&"files") => {
                result.files = num(1).unwrap_or(0.0) as usize;
                result.bytes = num(2).unwrap_or(0.0) as usize;
            }
            Some(&"parse") => {
                result.parse = num(1).unwrap_or(f64::NAN);
                result.rejected = num(2).unwrap_or(0.0) as usize;
            }
            Some(&"dump") => {
                result.dump = Some((num(1).unwrap_or(f64::NAN), num(2).unwrap_or(0.0) as usize))
            }
            _ => {}
        }
    }
    Ok(result)
}

fn row(name: &str, files: usize, mb: f64, secs: f64, rejected: usize) {
    println!(
        "{name:<26} {files:>6} {mb:>8.2} {secs:>10.3} {:>9.1} {rejected:>9}",
        mb / secs
    );
}

fn main() {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("rpy-parse-bench: {e}");
            std::process::exit(2);
        }
    };
    let root = match stdlib_root() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rpy-parse-bench: {e}");
            std::process::exit(1);
        }
    };
    let mut files = Vec::new();
    collect_py(&root, &mut files);
    files.sort();
    let sources: Vec<Vec<u8>> = files
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_default())
        .collect();
    let bytes: usize = sources.iter().map(Vec::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "stdlib: {} ({} files, {:.2} MB), best of {} runs",
        root.display(),
        files.len(),
        mb,
        options.runs
    );

    // rpy first, then CPython: the two never compete for the CPU.
    let rpy = run_rpy(&options, Arc::new(sources));
    let python = if options.rpy_only {
        None
    } else {
        match run_python(&options, &files) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("rpy-parse-bench: CPython side skipped: {e}");
                None
            }
        }
    };

    println!();
    println!(
        "{:<26} {:>6} {:>8} {:>10} {:>9} {:>9}",
        "parse", "files", "MB", "seconds", "MB/s", "rejected"
    );
    let rpy_secs = rpy.parse.as_secs_f64();
    row("rpy", files.len(), mb, rpy_secs, rpy.rejected);
    if let Some(py) = &python {
        if py.files != files.len() || py.bytes != bytes {
            println!(
                "warning: CPython read {} files, {} bytes",
                py.files, py.bytes
            );
        }
        let name = format!("CPython {} ast.parse", py.version);
        row(
            &name,
            py.files,
            py.bytes as f64 / 1e6,
            py.parse,
            py.rejected,
        );
        let ratio = py.parse / rpy_secs;
        println!(
            "ratio (CPython time / rpy time): {ratio:.2}x   target >= 3x: {}",
            if ratio >= 3.0 { "met" } else { "NOT met" }
        );
        if py.rejected != rpy.rejected {
            println!(
                "note: rpy rejected {} files, CPython {}",
                rpy.rejected, py.rejected
            );
        }
    }

    if let Some(rpy_dump) = rpy.dump {
        println!();
        println!(
            "{:<26} {:>6} {:>8} {:>10} {:>9} {:>9}",
            "parse + ast.dump", "files", "MB", "seconds", "MB/s", "rejected"
        );
        let rpy_dump = rpy_dump.as_secs_f64();
        row("rpy", files.len(), mb, rpy_dump, rpy.rejected);
        if let Some((py_dump, py_rej)) = python.as_ref().and_then(|p| p.dump) {
            row("CPython", files.len(), mb, py_dump, py_rej);
            println!(
                "ratio (CPython time / rpy time): {:.2}x",
                py_dump / rpy_dump
            );
        }
    }

    if let Some(s) = &rpy.stages {
        let total = rpy_secs;
        let pct = |d: Duration| 100.0 * d.as_secs_f64() / total;
        let grammar = s.parse.saturating_sub(s.tokenize);
        println!();
        println!(
            "rpy stages (each best of {} runs; % of parse_bytes)",
            options.runs
        );
        println!(
            "  decode (encoding::decode_source)       {:>8.3} s {:>5.1}%",
            s.decode.as_secs_f64(),
            pct(s.decode)
        );
        println!(
            "  tokenize (lexer + layout)              {:>8.3} s {:>5.1}%   {} tokens, {:.1} Mtok/s",
            s.tokenize.as_secs_f64(),
            pct(s.tokenize),
            s.tokens,
            s.tokens as f64 / 1e6 / s.tokenize.as_secs_f64()
        );
        println!(
            "  LR parse + AST (parse_module - tokenize) {:>6.3} s {:>5.1}%",
            grammar.as_secs_f64(),
            pct(grammar)
        );
        println!(
            "  parse_module (tokenize + LR + AST)     {:>8.3} s {:>5.1}%",
            s.parse.as_secs_f64(),
            pct(s.parse)
        );
    }
}

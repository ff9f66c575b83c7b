//! End-to-end tests driven by files (one named trial per file):
//!
//! - `tests/programs/NAME.py`: translated with `rpy build`, run, and compared
//!   with `NAME.out` (CPython's stdout) and, when the program fails,
//!   `NAME.err` (first line: CPython's exit code; second line: the last line
//!   of its stderr). With python3 present, the stored files are also checked
//!   against a fresh CPython run, so they cannot drift. `RPY_BLESS=1`
//!   rewrites them from CPython. Every program also runs a second time under
//!   `RPY_GC_STRESS=1 RPY_GC_VERIFY=1` (a collection at every allocation and
//!   a heap check after each); `RPY_TEST_GC_STRESS=0` skips that run.
//! - `tests/reject/NAME.py`: first line `# error: LINE: words...`; `rpy
//!   check` must fail with exit code 1, name `NAME.py:LINE:` and contain the
//!   words.
//! - `tests/snapshots/NAME.py`: `rpy build --emit=STAGE` compared with each
//!   `NAME.STAGE` file present (flow, types, lir); `RPY_BLESS=1` rewrites.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use libtest_mimic::{Arguments, Failed, Trial};

fn rpy() -> &'static str {
    env!("CARGO_BIN_EXE_rpy")
}

fn bless() -> bool {
    std::env::var_os("RPY_BLESS").is_some_and(|v| v != "0")
}

fn files(dir: &str) -> Vec<PathBuf> {
    let root = common::repo_root().join("tests").join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// What a run printed: stdout, and for a failing run its code and the last
/// line of stderr.
#[derive(Debug, PartialEq)]
struct Outcome {
    stdout: String,
    failure: Option<(i32, String)>,
}

fn outcome(o: &Output) -> Outcome {
    let code = o.status.code().unwrap_or(-1);
    Outcome {
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        failure: (code != 0).then(|| (code, last_line(&o.stderr))),
    }
}

fn expected(py: &Path) -> Outcome {
    let stdout = std::fs::read_to_string(py.with_extension("out")).unwrap_or_default();
    let failure = std::fs::read_to_string(py.with_extension("err"))
        .ok()
        .map(|t| {
            let mut lines = t.lines();
            let code = lines
                .next()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(1);
            (code, lines.next().unwrap_or("").to_string())
        });
    Outcome { stdout, failure }
}

fn write_expected(py: &Path, o: &Outcome) {
    std::fs::write(py.with_extension("out"), &o.stdout).unwrap();
    let err = py.with_extension("err");
    match &o.failure {
        Some((code, line)) => std::fs::write(err, format!("{code}\n{line}\n")).unwrap(),
        None => {
            let _ = std::fs::remove_file(err);
        }
    }
}

fn diff(what: &str, want: &Outcome, got: &Outcome) -> String {
    let mut s = format!("{what} differs\n");
    if want.stdout != got.stdout {
        s.push_str("--- expected stdout\n");
        s.push_str(&want.stdout);
        s.push_str("\n--- actual stdout\n");
        s.push_str(&got.stdout);
        s.push('\n');
    }
    if want.failure != got.failure {
        s.push_str(&format!(
            "expected failure {:?}\nactual failure   {:?}\n",
            want.failure, got.failure
        ));
    }
    s
}

fn program_trial(py: PathBuf, stress: bool) -> Result<(), Failed> {
    let dir = std::env::temp_dir().join(format!("rpy-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    if let Some(python) = common::python3() {
        let o = Command::new(python)
            .arg(&py)
            .current_dir(py.parent().unwrap())
            .output()
            .map_err(|e| e.to_string())?;
        let cpython = outcome(&o);
        if bless() {
            write_expected(&py, &cpython);
        } else if cpython != expected(&py) {
            return Err(diff(
                "the stored CPython output (bless with RPY_BLESS=1)",
                &expected(&py),
                &cpython,
            )
            .into());
        }
    }
    let want = expected(&py);
    let exe = dir.join(stem(&py));
    let b = Command::new(rpy())
        .arg("build")
        .arg(&py)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    if !b.status.success() {
        return Err(format!("rpy build failed:\n{}", String::from_utf8_lossy(&b.stderr)).into());
    }
    let mut runs = vec![false];
    if stress {
        runs.push(true);
    }
    for stressed in runs {
        let mut cmd = Command::new(&exe);
        cmd.current_dir(py.parent().unwrap());
        if stressed {
            cmd.env("RPY_GC_STRESS", "1").env("RPY_GC_VERIFY", "1");
        }
        let o = cmd.output().map_err(|e| e.to_string())?;
        let got = outcome(&o);
        if got != want {
            let what = if stressed {
                "output under RPY_GC_STRESS=1"
            } else {
                "output"
            };
            let mut msg = diff(what, &want, &got);
            msg.push_str(&format!(
                "--- stderr\n{}",
                String::from_utf8_lossy(&o.stderr)
            ));
            return Err(msg.into());
        }
    }
    let _ = std::fs::remove_file(&exe);
    Ok(())
}

fn reject_trial(py: PathBuf) -> Result<(), Failed> {
    let text = std::fs::read_to_string(&py).map_err(|e| e.to_string())?;
    let first = text.lines().next().unwrap_or("");
    let spec = first
        .strip_prefix("# error:")
        .ok_or("first line must be `# error: LINE: words`")?;
    let (line, words) = spec
        .trim()
        .split_once(':')
        .ok_or("first line must be `# error: LINE: words`")?;
    let line: usize = line
        .trim()
        .parse()
        .map_err(|_| "bad line number in the header")?;
    let o = Command::new(rpy())
        .arg("check")
        .arg(&py)
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&o.stderr);
    if o.status.code() != Some(1) {
        return Err(format!(
            "expected exit code 1, got {:?}; stderr:\n{stderr}",
            o.status.code()
        )
        .into());
    }
    let loc = format!("{}:{line}:", py.file_name().unwrap().to_string_lossy());
    if !stderr.contains(&loc) {
        return Err(format!("the diagnostic does not point at `{loc}`:\n{stderr}").into());
    }
    let words = words.trim();
    if !stderr.contains(words) {
        return Err(format!("the diagnostic does not contain `{words}`:\n{stderr}").into());
    }
    if stderr.contains("panicked") {
        return Err(format!("the compiler panicked:\n{stderr}").into());
    }
    Ok(())
}

fn snapshot_trial(py: PathBuf, stage: &'static str) -> Result<(), Failed> {
    let o = Command::new(rpy())
        .arg("build")
        .arg(format!("--emit={stage}"))
        .arg(&py)
        .output()
        .map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(format!(
            "rpy build --emit={stage} failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        )
        .into());
    }
    let got = String::from_utf8_lossy(&o.stdout).into_owned();
    let path = py.with_extension(stage);
    if bless() {
        std::fs::write(&path, &got).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let want = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if want != got {
        return Err(format!("--- expected {}\n{want}\n--- actual\n{got}", path.display()).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let stress = std::env::var_os("RPY_TEST_GC_STRESS").is_none_or(|v| v != "0");
    let mut trials = Vec::new();
    for py in files("programs") {
        let name = format!("programs::{}", stem(&py));
        trials.push(Trial::test(name, move || program_trial(py, stress)));
    }
    for py in files("reject") {
        let name = format!("reject::{}", stem(&py));
        trials.push(Trial::test(name, move || reject_trial(py)));
    }
    for py in files("snapshots") {
        for stage in ["flow", "types", "lir"] {
            if py.with_extension(stage).exists() || bless() {
                let name = format!("snapshots::{}.{stage}", stem(&py));
                let p = py.clone();
                trials.push(Trial::test(name, move || snapshot_trial(p, stage)));
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

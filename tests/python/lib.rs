//! Shared helpers for the Python-side test suites.
//!
//! The RPy code of `stdlib/` and `examples/mnpy` runs untranslated on
//! CPython until rpy translates classes; these tests run its checks from
//! `cargo test` so that the project has one test command. Each test runs a
//! Python script from the repository and fails with its output when the
//! script exits non-zero. They need `python3` with the packages of
//! `requirements.txt` (NumPy, mypy), which `.ci/run` installs first; a
//! missing package is a failure, never a skip.

use std::path::PathBuf;
use std::process::Command;

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// Runs `python3 ARGS...` from the repository root and panics with its
/// output unless it exits with status 0.
pub fn run_python(args: &[&str]) {
    let root = repo_root();
    let output = Command::new("python3")
        .args(args)
        .current_dir(&root)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("python3 must be on PATH");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    print!("{stdout}");
    eprint!("{stderr}");
    assert!(
        output.status.success(),
        "`python3 {}` failed with {}",
        args.join(" "),
        output.status
    );
}

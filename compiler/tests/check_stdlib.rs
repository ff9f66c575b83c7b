//! Robustness: the front end (`flow` and `annotate`, what `rpy check` runs)
//! never panics, whatever Python it is given. Every file of CPython's
//! standard library goes through it; almost all are rejected (they use
//! classes, dicts, imports...), and that is fine: each must end in a result
//! or in diagnostics, never in a panic or a stack overflow.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

#[test]
fn check_never_panics_on_the_standard_library() {
    if common::python3().is_none() {
        eprintln!("python3 3.11 not found: skipping");
        return;
    }
    let files = common::stdlib_files();
    assert!(
        files.len() > 1000,
        "found only {} stdlib files",
        files.len()
    );
    let failures = common::with_big_stack(move || {
        let mut failures = Vec::new();
        let mut checked = 0;
        for path in &files {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let (_, parsed) = rpy::syntax::parser::parse_bytes(&bytes);
            let Ok(module) = parsed else { continue };
            checked += 1;
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                if let Ok(program) = rpy::flow::build::build_program(&module) {
                    let _ = rpy::annotate::annotate(&program);
                }
            }));
            if outcome.is_err() {
                failures.push(path.display().to_string());
            }
        }
        assert!(checked > 1000);
        failures
    });
    assert!(
        failures.is_empty(),
        "the front end panicked on: {failures:#?}"
    );
}

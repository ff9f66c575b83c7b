//! Seeded property tests of micronumpy against NumPy: each
//! `tests/micronumpy/check_*.py` script builds thousands of random cases
//! (shapes, dtypes, negative-step slices, broadcasts, reductions, printing)
//! with a fixed seed, runs them through micronumpy untranslated and through
//! NumPy, and exits non-zero on the first disagreement it reports.

fn check(script: &str) {
    rpy_python_tests::run_python(&[&format!("tests/micronumpy/{script}")]);
}

#[test]
fn printing_matches_numpy() {
    check("check_arrayprint.py");
}

#[test]
fn ufuncs_and_promotion_match_numpy() {
    check("check_ufunc.py");
}

#[test]
fn reductions_dot_and_sorting_match_numpy() {
    check("check_reduce.py");
}

#[test]
fn creation_indexing_and_shapes_match_numpy() {
    check("check_indexing.py");
}

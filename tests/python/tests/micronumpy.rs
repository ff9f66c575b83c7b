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
fn binary_ufuncs_match_numpy() {
    check("check_binops.py");
}

#[test]
fn casting_matches_numpy() {
    check("check_casting.py");
}

#[test]
fn unary_ufuncs_where_clip_round_match_numpy() {
    check("check_unary.py");
}

#[test]
fn reductions_match_numpy() {
    check("check_reduce.py");
}

#[test]
fn dot_and_matmul_match_numpy() {
    check("check_linalg.py");
}

#[test]
fn sorting_and_cumulative_match_numpy() {
    check("check_sorting.py");
}

#[test]
fn creation_indexing_and_shapes_match_numpy() {
    check("check_indexing.py");
}

#[test]
fn floating_point_warnings_match_numpy() {
    check("check_fpstatus.py");
}

#[test]
fn float16_conversions_and_printing_match_numpy() {
    check("check_half.py");
}

#[test]
fn simd_exp_log_sin_cos_match_numpy() {
    check("check_simdmath.py");
}

#[test]
fn svml_float32_log10_tan_match_numpy() {
    check("check_svml_log10_tan.py");
}

#[test]
fn svml_float32_power_arctan2_match_numpy() {
    check("check_svml_pow_atan2.py");
}

#[test]
fn svml_float64_log10_tan_match_numpy() {
    check("check_svml_f64_log10_tan.py");
}

#[test]
fn svml_float64_arctan2_power_match_numpy() {
    check("check_svml_f64_atan2.py");
}

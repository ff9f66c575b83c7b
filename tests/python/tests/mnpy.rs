//! Differential tests of the untranslated mnpy interpreter: every script of
//! tests/mnpy_lang (pure Python) and tests/mnpy (with numpy) must print what
//! CPython (with NumPy) prints (tests/run_mnpy.py does the comparing).

#[test]
fn mnpy_lang_scripts_match_cpython() {
    rpy_python_tests::run_python(&["tests/run_mnpy.py", "tests/mnpy_lang", "-j", "2"]);
}

#[test]
fn mnpy_numpy_scripts_match_cpython_with_numpy() {
    rpy_python_tests::run_python(&["tests/run_mnpy.py", "tests/mnpy", "-j", "2"]);
}

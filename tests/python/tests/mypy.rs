//! `mypy --strict` over stdlib/ and examples/mnpy (configuration in
//! mypy.ini): the stand-in static check of RPy code until rpy translates
//! classes (docs/static-rules.md lists what it cannot see).

#[test]
fn mypy_strict_is_clean() {
    rpy_python_tests::run_python(&["-m", "mypy", "--config-file", "mypy.ini"]);
}

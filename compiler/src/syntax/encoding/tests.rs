//! Unit tests of source decoding; the error cases are checked against
//! CPython's `compile` (skipped when python3 is unavailable).

use super::*;

fn ok(bytes: &[u8]) -> String {
    decode_source(bytes).unwrap_or_else(|e| panic!("{bytes:?}: {e:?}"))
}

fn err(bytes: &[u8]) -> String {
    decode_source(bytes).unwrap_err().message
}

#[test]
fn utf8_and_bom() {
    assert_eq!(ok(b"x = 1\n"), "x = 1\n");
    assert_eq!(ok("x = 'é'".as_bytes()), "x = 'é'");
    assert_eq!(ok(b"\xEF\xBB\xBFx = 1"), "x = 1");
    assert_eq!(ok(b"\xEF\xBB\xBF# coding: utf-8\nx"), "# coding: utf-8\nx");
    assert_eq!(ok(b"\xEF\xBB\xBF# coding: UTF_8\nx"), "# coding: UTF_8\nx");
    assert_eq!(ok(b""), "");
}

#[test]
fn newlines_are_normalised() {
    assert_eq!(ok(b"a\r\nb\rc\n\r\n"), "a\nb\nc\n\n");
    assert_eq!(ok(b"'''a\r\nb'''"), "'''a\nb'''");
    assert_eq!(ok(b"\r\r\n"), "\n\n");
}

#[test]
fn cookies() {
    assert_eq!(
        ok(b"# coding: latin-1\nx = '\x81\xe9'"),
        "# coding: latin-1\nx = '\u{81}é'"
    );
    assert_eq!(
        ok(b"\n# coding: latin-1\nx = '\xe9'"),
        "\n# coding: latin-1\nx = 'é'"
    );
    assert_eq!(
        ok(b"#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\n'\xa4'"),
        "#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\n'€'"
    );
    assert_eq!(
        ok(b"# vim: set fileencoding=cp1252 :\n'\x80'"),
        "# vim: set fileencoding=cp1252 :\n'€'"
    );
    assert_eq!(ok(b"# coding: koi8-r\n'\xc1'"), "# coding: koi8-r\n'а'");
    assert_eq!(ok(b"# coding=l1\n'\xff'"), "# coding=l1\n'ÿ'");
    assert_eq!(ok(b"# coding: Latin_1\n'\xff'"), "# coding: Latin_1\n'ÿ'");
    assert_eq!(ok(b"# coding: us-ascii\nx"), "# coding: us-ascii\nx");
    assert_eq!(
        ok(b"# coding: euc-jp\n'\xa4\xa2'"),
        "# coding: euc-jp\n'あ'"
    );
    assert_eq!(
        ok(b"# coding: shift_jis\n'\x82\xa0'"),
        "# coding: shift_jis\n'あ'"
    );
    // Not a cookie: line 1 is code, or the cookie is on line 3.
    assert_eq!(
        ok(b"x = 1\n# coding: latin-1\n"),
        "x = 1\n# coding: latin-1\n"
    );
    assert_eq!(ok(b"\n\n# coding: bogus\n"), "\n\n# coding: bogus\n");
    assert_eq!(ok(b"x = 1 # coding: bogus\n"), "x = 1 # coding: bogus\n");
    // An empty name does not count; a later one on the line does.
    assert_eq!(
        ok(b"# coding: # coding: latin-1\n'\xe9'"),
        "# coding: # coding: latin-1\n'é'"
    );
}

#[test]
fn invalid_utf8_in_comments_is_accepted() {
    assert_eq!(ok(b"# \xf6\nx = 1"), "# \u{fffd}\nx = 1");
}

/// Inputs whose decoding fails, with the message CPython gives (checked
/// against python3 below when it is available).
const ERROR_CASES: &[&[u8]] = &[
    b"# coding: uft-8\nx=1",
    b"\xEF\xBB\xBF# coding: utf8\nx=1",
    b"\xEF\xBB\xBF# coding: latin-1\nx=1",
    b"x = \"\xf6\"\n",
    b"x = \"b\xf6se\"\n",
    b"x = \"\xc3\"\n",
    b"x = \"\xe2\x82\"\n",
    b"x = \"\xed\xa0\x80\"\n",
    b"x = \"\xf6\xf6\"\n",
    b"x = \"a\\n\xf6\"\n",
    b"x = r\"a\\n\xf6\"\n",
    b"x = '''a\n\xf6'''\n",
    b"x = b'\xf6'\n",
    b"\xf6\n",
    b"x\n# coding: latin-1\nx=\"\x81\xe9\"",
    b"# coding: cp1252\nx=\"\x81\xe9\"",
    b"# coding: ascii\nx=\"\xe9\"",
];

fn cpython_messages(cases: &[&[u8]]) -> Option<Vec<String>> {
    let script = r#"
import ast, sys, warnings
warnings.simplefilter("ignore")
for line in sys.stdin.read().split():
    try:
        ast.parse(bytes.fromhex(line))
        print("OK")
    except SyntaxError as e:
        print(e.msg)
"#;
    let input: String = cases
        .iter()
        .map(|case| case.iter().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
        .collect();
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    Some(
        String::from_utf8(output.stdout)
            .ok()?
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn errors_match_cpython() {
    let Some(expected) = cpython_messages(ERROR_CASES) else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut failures = Vec::new();
    for (case, expected) in ERROR_CASES.iter().zip(expected) {
        let ours = match decode_source(case) {
            Ok(_) => "OK".to_string(),
            Err(e) => e.message,
        };
        if ours != expected {
            failures.push(format!(
                "{case:?}\n   ours    {ours}\n   CPython {expected}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn null_bytes() {
    let e = decode_source(b"x = 1\0").unwrap_err();
    assert_eq!(e.message, "source code cannot contain null bytes");
    assert_eq!(e.span, Span::new(5, 5));
}

#[test]
fn error_positions() {
    assert_eq!(err(b"# coding: uft-8\n"), "unknown encoding: uft-8");
    let e = decode_source(b"\xEF\xBB\xBFx = '\xf6'").unwrap_err();
    assert_eq!(e.span, Span::new(8, 8));
}

/// The single-byte tables agree with Python's codecs on every byte.
#[test]
fn charmaps_match_python() {
    let script = r#"
import sys
for codec in sys.argv[1:]:
    out = []
    for b in range(128, 256):
        try:
            out.append("%04x" % ord(bytes([b]).decode(codec)))
        except UnicodeDecodeError:
            out.append("----")
    print(codec, "".join(out))
"#;
    let codecs: Vec<&str> = charmaps::SINGLE_BYTE.iter().map(|(n, _)| *n).collect();
    let Ok(output) = std::process::Command::new("python3")
        .args(["-c", script])
        .args(&codecs)
        .output()
    else {
        eprintln!("python3 not found: skipping");
        return;
    };
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let (codec, table) = line.split_once(' ').unwrap_or_default();
        let (_, ours) = charmaps::SINGLE_BYTE
            .iter()
            .find(|(n, _)| *n == codec)
            .unwrap();
        let ours: String = ours
            .chars()
            .map(|c| {
                if c == '\u{FFFE}' {
                    "----".to_string()
                } else {
                    format!("{:04x}", c as u32)
                }
            })
            .collect();
        assert_eq!(ours, table, "{codec}");
    }
}

//! Parser conformance: every `.py` file of CPython's standard library is
//! parsed by rpy and by CPython (`ast.dump(ast.parse(bytes))`), and the two
//! dumps compared. At least 99.5% of the files CPython accepts must give an
//! identical dump, and every file CPython rejects must be rejected by rpy.
//! The files that still differ are printed, and must be the ones listed in
//! docs/parser.md.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use rpy::syntax::{dump, parser};

enum Oracle {
    Accepted(String),
    Rejected(String),
}

fn cpython_dumps(files: &[PathBuf]) -> Vec<Oracle> {
    let script = common::repo_root().join("tests/conformance/cpython_dump.py");
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 starts");
    let mut stdin = child.stdin.take().unwrap();
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut results = Vec::with_capacity(files.len());
    let mut header = String::new();
    for _ in files {
        header.clear();
        reader.read_line(&mut header).expect("header");
        let (status, len) = header.trim_end().split_once(' ').expect("`STATUS LEN`");
        let mut data = vec![0; len.parse().expect("length")];
        reader.read_exact(&mut data).expect("dump");
        let text = String::from_utf8_lossy(&data).into_owned();
        results.push(match status {
            "OK" => Oracle::Accepted(text),
            _ => Oracle::Rejected(text),
        });
    }
    writer.join().unwrap().expect("file list written");
    child.wait().expect("python3 exits");
    results
}

#[test]
fn stdlib_dumps_match_cpython() {
    if common::python3().is_none() {
        eprintln!("skipped: python3 (3.11) is not installed");
        return;
    }
    let files = common::stdlib_files();
    assert!(files.len() > 1000, "found only {} files", files.len());
    let rpy_files = files.clone();
    // rpy parses on its own thread while CPython dumps in its process.
    let ours = std::thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || {
            rpy_files
                .iter()
                .map(|path| {
                    let bytes = std::fs::read(path).expect("readable");
                    match parser::parse_bytes(&bytes).1 {
                        Ok(module) => Ok(dump::dump_module(&module)),
                        Err(e) => Err(format!("{}: {}", e.kind.name(), e.message)),
                    }
                })
                .collect::<Vec<_>>()
        })
        .unwrap();
    let theirs = cpython_dumps(&files);
    let ours = ours.join().expect("rpy thread");

    let mut accepted = 0usize;
    let mut identical = 0usize;
    let mut differing = Vec::new();
    let mut not_rejected = Vec::new();
    for ((path, mine), oracle) in files.iter().zip(&ours).zip(&theirs) {
        match oracle {
            Oracle::Accepted(expected) => {
                accepted += 1;
                match mine {
                    Ok(dump) if dump == expected => identical += 1,
                    Ok(_) => differing.push(format!("{}: different AST", path.display())),
                    Err(e) => differing.push(format!("{}: rejected: {e}", path.display())),
                }
            }
            Oracle::Rejected(message) => {
                if mine.is_ok() {
                    not_rejected.push(format!("{} (CPython: {message})", path.display()));
                }
            }
        }
    }
    let percent = 100.0 * identical as f64 / accepted as f64;
    eprintln!(
        "{identical} of {accepted} accepted files identical ({percent:.3}%), {} rejected by CPython",
        files.len() - accepted
    );
    for line in &differing {
        eprintln!("differs: {line}");
    }
    assert!(
        not_rejected.is_empty(),
        "files CPython rejects but rpy accepts:\n{}",
        not_rejected.join("\n")
    );
    assert!(percent >= 99.5, "only {percent:.3}% identical");

    // Every differing file must be listed in docs/parser.md with its reason.
    let docs =
        std::fs::read_to_string(common::repo_root().join("docs/parser.md")).unwrap_or_default();
    let undocumented: Vec<_> = differing
        .iter()
        .filter_map(|line| {
            let path = line.split(": ").next()?;
            let relative = path.rsplit("/lib/python3.11/").next()?;
            (!docs.contains(relative)).then(|| line.clone())
        })
        .collect();
    assert!(
        undocumented.is_empty(),
        "differing files missing from docs/parser.md:\n{}",
        undocumented.join("\n")
    );
}

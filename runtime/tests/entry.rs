//! `rpy_main` end to end, each scenario in a child process (this test
//! binary re-run with `RPY_ENTRY_CHILD` set): exit status, stdout flushed
//! before the traceback on stderr, the traceback text, SystemExit, argv,
//! a broken stdout pipe, and a type table that does not start with the
//! fixed types.

use rpy_runtime::entry::rpy_main;
use rpy_runtime::exc::{rpy_raise_kind, rpy_sys_exit, rpy_traceback_add};
use rpy_runtime::header::flags;
use rpy_runtime::io::{rpy_write_byte, rpy_write_int, rpy_write_str};
use rpy_runtime::objects::{self as o, kind, Ref, FIXED_TYPES};
use std::ffi::{c_char, CString};
use std::process::{Command, Stdio};

/// A prebuilt str as the compiler emits it.
#[repr(C)]
struct StaticStr {
    header: u64,
    hash: i64,
    charlen: i64,
    len: i64,
    bytes: [u8; 8],
}

static mut NAME_MAIN: StaticStr = StaticStr {
    header: o::TID_STR as u64 | flags::PREBUILT_INITIAL,
    hash: 0,
    charlen: 4,
    len: 4,
    bytes: *b"main\0\0\0\0",
};

extern "C" fn prog_ok(argv: Ref) -> i64 {
    unsafe {
        let n = o::list_len(argv);
        for i in 0..n {
            rpy_write_str(o::array_ref(o::list_items(argv), i));
            rpy_write_byte(b'|' as i64);
        }
        rpy_write_int(n as i64);
        rpy_write_byte(b'\n' as i64);
    }
    3
}

extern "C" fn prog_raise(_argv: Ref) -> i64 {
    unsafe {
        let s = o::new_str("before").unwrap();
        rpy_write_str(s);
        rpy_write_byte(b'\n' as i64);
        let msg = o::new_str("bad value: 'é'").unwrap();
        rpy_raise_kind(kind::VALUE_ERROR, msg);
        let helper = o::new_str("helper").unwrap();
        rpy_traceback_add(helper, 7);
        rpy_traceback_add(std::ptr::addr_of_mut!(NAME_MAIN) as Ref, 12);
    }
    0
}

extern "C" fn prog_exit(_argv: Ref) -> i64 {
    unsafe {
        rpy_write_int(1);
        rpy_sys_exit(4);
    }
    0
}

extern "C" fn prog_flood(_argv: Ref) -> i64 {
    for i in 0..10_000_000 {
        rpy_write_int(i);
    }
    0
}

extern "C" {
    fn dup2(old: i32, new: i32) -> i32;
}

const MARK: &str = "<<<child>>>\n";

fn child(mode: &str) -> ! {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    // Separate libtest's header from the program's output.
    let mut so = std::io::stdout();
    let _ = so.write_all(MARK.as_bytes());
    let _ = so.flush();
    let mut keep = None;
    if mode == "flood" {
        // stdout becomes a pipe nobody reads (SIGPIPE is ignored in Rust
        // test binaries, so writes fail with EPIPE).
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        unsafe { dup2(writer.as_raw_fd(), 1) };
        keep = Some(writer);
    }
    let _ = &keep;
    let args: Vec<CString> = ["prog", "a b", "é"]
        .iter()
        .map(|s| CString::new(*s).unwrap())
        .collect();
    let argv: Vec<*const c_char> = args.iter().map(|a| a.as_ptr()).collect();
    let file = CString::new("prog.py").unwrap();
    let entry: extern "C" fn(Ref) -> i64 = match mode {
        "ok" | "badtable" => prog_ok,
        "raise" => prog_raise,
        "exit" => prog_exit,
        _ => prog_flood,
    };
    let mut table = FIXED_TYPES.0;
    if mode == "badtable" {
        table[3].item_size = 4;
    }
    let pre = [std::ptr::addr_of_mut!(NAME_MAIN) as Ref];
    let code = unsafe {
        rpy_main(
            argv.len() as i32,
            argv.as_ptr(),
            entry,
            table.as_ptr(),
            table.len() as u32,
            pre.as_ptr(),
            pre.len(),
            file.as_ptr(),
        )
    };
    std::process::exit(code)
}

fn run(mode: &str) -> (Option<i32>, String, String) {
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new(exe);
    cmd.args(["--exact", "scenarios", "--nocapture", "--test-threads=1"])
        .env("RPY_ENTRY_CHILD", mode)
        .stderr(Stdio::piped())
        .stdout(Stdio::piped());
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    (
        out.status.code(),
        stdout
            .split_once(MARK)
            .map_or(stdout.clone(), |(_, o)| o.to_string()),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn scenarios() {
    if let Ok(mode) = std::env::var("RPY_ENTRY_CHILD") {
        child(&mode);
    }
    let (code, out, err) = run("ok");
    assert_eq!(code, Some(3));
    assert_eq!(out, "prog|a b|é|3\n");
    assert_eq!(err, "");

    let (code, out, err) = run("raise");
    assert_eq!(code, Some(1));
    assert_eq!(out, "before\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"prog.py\", line 12, in main\n  \
         File \"prog.py\", line 7, in helper\nValueError: bad value: 'é'\n"
    );

    let (code, out, err) = run("exit");
    assert_eq!((code, out.as_str(), err.as_str()), (Some(4), "1", ""));

    let (code, _, err) = run("flood");
    assert_eq!((code, err.as_str()), (Some(120), ""));

    let (code, out, err) = run("badtable");
    assert_eq!(code, None, "aborted by a signal");
    assert_eq!(out, "");
    assert!(
        err.contains("type id 3 of the program's type table is not the runtime's `array[i64]`"),
        "{err}"
    );
}

//! Compiles c/workloads.c with the system C compiler (`$CC`, default `cc`)
//! at -O2 into a static archive linked into the bench.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let obj = out.join("workloads.o");
    let status = Command::new(&cc)
        .args([
            "-O2",
            "-fPIC",
            "-Wall",
            "-I",
            "../../runtime/include",
            "-c",
            "c/workloads.c",
            "-o",
        ])
        .arg(&obj)
        .status()
        .expect("running the C compiler");
    assert!(status.success(), "cc failed on c/workloads.c");
    let lib = out.join("libgcworkloads.a");
    let _ = std::fs::remove_file(&lib);
    let status = Command::new("ar")
        .arg("crs")
        .arg(&lib)
        .arg(&obj)
        .status()
        .expect("running ar");
    assert!(status.success(), "ar failed");
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=gcworkloads");
    println!("cargo:rerun-if-changed=c/workloads.c");
    println!("cargo:rerun-if-changed=../../runtime/include/rpy_gc.h");
    println!("cargo:rerun-if-env-changed=CC");
}

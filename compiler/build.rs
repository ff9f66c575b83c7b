//! Build script of the `rpy` crate:
//! 1. generates the LR parser from `src/syntax/grammar.lalrpop` (lalrpop);
//! 2. builds the runtime staticlib (`librpy_runtime.a`, crate `rpy-runtime`)
//!    and copies it to `$OUT_DIR/librpy_runtime.a`, which `codegen/link.rs`
//!    embeds with `include_bytes!` so that an installed `rpy` links programs
//!    from any directory without finding files next to itself.
//!
//! The runtime is built by a nested `cargo build -p rpy-runtime --release`
//! with its own `--target-dir` inside `OUT_DIR`, so it never waits on the
//! outer cargo's build-directory lock. `RPY_RUNTIME_LIB=/path/to/lib.a` skips
//! that build and embeds the given archive instead. Should the runtime's
//! sources be absent (a packaged `rpy` crate), an empty file is embedded and
//! `rpy` then asks for `RPY_RUNTIME_LIB` at link time.
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        // We print rerun-if-changed lines for the runtime below; that turns off
        // cargo's "rerun on any change" default, so lalrpop must name its inputs.
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RPY_RUNTIME_LIB");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let dest = out_dir.join("librpy_runtime.a");
    if let Some(lib) = env::var_os("RPY_RUNTIME_LIB") {
        let lib = PathBuf::from(lib);
        println!("cargo:rerun-if-changed={}", lib.display());
        copy_if_changed(&lib, &dest);
        return;
    }
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let runtime = manifest_dir.join("..").join("runtime");
    let runtime_manifest = runtime.join("Cargo.toml");
    if !runtime_manifest.exists() {
        println!(
            "cargo:warning=rpy: runtime sources not found at {}; set RPY_RUNTIME_LIB when running rpy",
            runtime.display()
        );
        fs::write(&dest, b"").expect("cannot write the empty runtime placeholder");
        return;
    }
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!("cargo:rerun-if-changed={}", runtime_manifest.display());

    let target_dir = out_dir.join("runtime-target");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target = env::var("TARGET").unwrap_or_default();
    let host = env::var("HOST").unwrap_or_default();
    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--release")
        .arg("-p")
        .arg("rpy-runtime")
        .arg("--manifest-path")
        .arg(&runtime_manifest)
        .arg("--target-dir")
        .arg(&target_dir);
    if !target.is_empty() && target != host {
        cmd.arg("--target").arg(&target);
    }
    // The outer build's flags for *this* crate (instrumentation, for one) are
    // not meant for the runtime; RUSTFLAGS from the environment still apply.
    cmd.env_remove("CARGO_ENCODED_RUSTFLAGS");
    // No debug info in the embedded archive: it is a quarter of the size and
    // links several times faster into every translated program.
    cmd.env("CARGO_PROFILE_RELEASE_DEBUG", "false");
    cmd.env_remove("CARGO_TARGET_DIR");
    cmd.env_remove("CARGO_BUILD_TARGET_DIR");
    // Nothing the nested cargo prints may be read as a `cargo:` directive.
    cmd.stdout(std::process::Stdio::from(std::io::stderr()));
    let status = cmd.status().expect("cannot run cargo to build the runtime");
    assert!(
        status.success(),
        "building the runtime (cargo build -p rpy-runtime --release) failed"
    );
    let mut built = target_dir.clone();
    if !target.is_empty() && target != host {
        built.push(&target);
    }
    built.push("release");
    built.push("librpy_runtime.a");
    copy_if_changed(&built, &dest);
}

/// Copies `from` to `to` unless the contents are equal, so an unchanged
/// runtime does not make cargo recompile the `rpy` crate.
fn copy_if_changed(from: &Path, to: &Path) {
    let new = fs::read(from)
        .unwrap_or_else(|e| panic!("cannot read the runtime library {}: {e}", from.display()));
    if fs::read(to).ok().as_deref() != Some(new.as_slice()) {
        fs::write(to, &new).unwrap_or_else(|e| panic!("cannot write {}: {e}", to.display()));
    }
}

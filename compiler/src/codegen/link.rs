//! Linking: the object file plus the runtime staticlib, through `cc`.
//!
//! The runtime (`librpy_runtime.a`) is embedded in the `rpy` binary at build
//! time (compiler/build.rs), so an installed `rpy` needs no files beside
//! itself. At the first link it is written once to a cache directory
//! (`$XDG_CACHE_HOME/rpy`, else `~/.cache/rpy`, else the temporary
//! directory) under a name that carries a hash of its bytes, so different
//! `rpy` versions never share a stale copy; concurrent writers go through a
//! temporary file and an atomic rename. Copies written by other `rpy`
//! builds and unused for an hour are deleted when a new one is written (a
//! copy's mtime is refreshed when it is used). `RPY_RUNTIME_LIB=/path/to/lib.a`
//! overrides the embedded copy.

use std::ffi::OsString;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use super::CodegenError;

/// The runtime archive built by compiler/build.rs (empty when the runtime
/// sources were not available at build time).
static EMBEDDED_RUNTIME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/librpy_runtime.a"));

/// The native libraries the runtime (Rust's std) needs on glibc.
const NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// A directory removed (with its contents) when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> Result<TempDir, CodegenError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let base = std::env::temp_dir();
        for _ in 0..100 {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            let p = base.join(format!("rpy-{}-{n}-{nanos}", std::process::id()));
            match std::fs::create_dir(&p) {
                Ok(()) => return Ok(TempDir(p)),
                Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(CodegenError::Io(format!(
                        "cannot create {}: {e}",
                        p.display()
                    )))
                }
            }
        }
        Err(CodegenError::Io(format!(
            "cannot create a temporary directory in {}",
            base.display()
        )))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// 64-bit FNV-1a over 8-byte words (plus the tail): a cheap content key.
fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h ^= u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    for &b in chunks.remainder() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ bytes.len() as u64
}

fn cache_dir() -> PathBuf {
    let non_empty = |v: Option<OsString>| v.filter(|s| !s.is_empty()).map(PathBuf::from);
    if let Some(x) = non_empty(std::env::var_os("XDG_CACHE_HOME")) {
        return x.join("rpy");
    }
    if let Some(h) = non_empty(std::env::var_os("HOME")) {
        return h.join(".cache").join("rpy");
    }
    std::env::temp_dir().join("rpy-cache")
}

/// Writes the embedded runtime to the cache (once) and returns its path.
fn cached_runtime() -> Result<PathBuf, CodegenError> {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    static WRITING: Mutex<()> = Mutex::new(());
    let _guard = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = PATH.get() {
        if p.exists() {
            return Ok(p.clone());
        }
    }
    if EMBEDDED_RUNTIME.is_empty() {
        return Err(CodegenError::NoRuntime(
            "this rpy was built without the runtime library: set RPY_RUNTIME_LIB to the path of librpy_runtime.a"
                .into(),
        ));
    }
    let dir = cache_dir();
    let path = dir.join(format!("librpy_runtime-{:016x}.a", hash(EMBEDDED_RUNTIME)));
    let up_to_date = std::fs::metadata(&path)
        .map(|md| md.len() == EMBEDDED_RUNTIME.len() as u64)
        .unwrap_or(false);
    if !up_to_date {
        std::fs::create_dir_all(&dir).map_err(|e| {
            CodegenError::Io(format!(
                "cannot create the cache directory {}: {e}",
                dir.display()
            ))
        })?;
        let tmp = dir.join(format!(".librpy_runtime-{}.tmp", std::process::id()));
        std::fs::write(&tmp, EMBEDDED_RUNTIME).map_err(|e| {
            CodegenError::Io(format!(
                "cannot write the runtime to {}: {e}",
                tmp.display()
            ))
        })?;
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            CodegenError::Io(format!(
                "cannot write the runtime to {}: {e}",
                path.display()
            ))
        })?;
        prune_cache(&dir, &path);
    } else {
        refresh(&path);
    }
    let _ = PATH.set(path.clone());
    Ok(path)
}

/// Age after which another version's cached runtime may be deleted.
const STALE: Duration = Duration::from_secs(3600);

fn age(path: &Path) -> Option<Duration> {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()?
        .elapsed()
        .ok()
}

/// Marks a cached runtime as in use (its mtime is its last use, to a few
/// minutes), so that other `rpy` versions do not prune it.
fn refresh(path: &Path) {
    if age(path).is_some_and(|a| a > Duration::from_secs(600)) {
        if let Ok(f) = std::fs::File::options().write(true).open(path) {
            let _ = f.set_modified(SystemTime::now());
        }
    }
}

/// Deletes the runtimes of other `rpy` builds unused for an hour (each is
/// ~25 MB, and every change of the runtime makes a new one) and leftover
/// temporary files.
fn prune_cache(dir: &Path, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = (name.starts_with("librpy_runtime-") && name.ends_with(".a"))
            || (name.starts_with(".librpy_runtime-") && name.ends_with(".tmp"));
        if ours && p != keep && age(&p).is_some_and(|a| a > STALE) {
            let _ = std::fs::remove_file(&p);
        }
    }
}

/// The runtime library to link: `RPY_RUNTIME_LIB` or the embedded copy.
pub fn runtime_lib() -> Result<PathBuf, CodegenError> {
    if let Some(p) = std::env::var_os("RPY_RUNTIME_LIB").filter(|s| !s.is_empty()) {
        let p = PathBuf::from(p);
        if !p.is_file() {
            return Err(CodegenError::NoRuntime(format!(
                "RPY_RUNTIME_LIB={} is not a file",
                p.display()
            )));
        }
        return Ok(p);
    }
    cached_runtime()
}

/// Links `obj` with the runtime into the executable `exe`.
pub fn link(obj: &Path, exe: &Path) -> Result<(), CodegenError> {
    let runtime = runtime_lib()?;
    let mut cmd = Command::new("cc");
    cmd.arg(obj)
        .arg(&runtime)
        .arg("-o")
        .arg(exe)
        .arg("-Wl,--gc-sections")
        .args(linker_choice())
        .args(NATIVE_LIBS);
    let out = match cmd.output() {
        Ok(out) => out,
        Err(e) if e.kind() == ErrorKind::NotFound => return Err(CodegenError::NoCompiler),
        Err(e) => return Err(CodegenError::Link(format!("cannot run cc: {e}"))),
    };
    if !out.status.success() {
        let args: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        // LLVM's gold plugin, when installed in bfd-plugins, complains about
        // every Rust object carrying bitcode; those lines are noise.
        let output: String = String::from_utf8_lossy(&out.stdout)
            .lines()
            .chain(String::from_utf8_lossy(&out.stderr).lines())
            .filter(|l| !l.starts_with("bfd plugin:"))
            .map(|l| format!("{l}\n"))
            .collect();
        return Err(CodegenError::Link(format!(
            "cc {} exited with {}\n{output}",
            args.join(" "),
            out.status
        )));
    }
    Ok(())
}

/// `-fuse-ld=gold` when gold is installed: it links the runtime archive
/// several times faster than bfd `ld`, which also loads LLVM's bitcode plugin
/// for every Rust object of the archive.
fn linker_choice() -> Vec<&'static str> {
    static GOLD: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let gold = *GOLD.get_or_init(|| {
        std::env::var_os("PATH")
            .map(|paths| std::env::split_paths(&paths).any(|d| d.join("ld.gold").is_file()))
            .unwrap_or(false)
    });
    if gold {
        vec!["-fuse-ld=gold"]
    } else {
        vec![]
    }
}

#[cfg(test)]
mod tests {
    use super::hash;

    #[test]
    fn hash_depends_on_contents_and_length() {
        assert_ne!(hash(b"abc"), hash(b"abd"));
        assert_ne!(hash(b""), hash(b"\0"));
        assert_eq!(hash(b"0123456789"), hash(b"0123456789"));
    }
}

//! The `rpy` command line: parses arguments, runs the requested stage on a
//! thread with a large stack (so that deep but valid programs never
//! overflow), and maps outcomes to exit codes: 0 success, 1 an error in the
//! user's program, 2 wrong command-line use.

use std::hash::{Hash, Hasher};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rpy::diagnostics::{render, Diagnostic, SourceFile};
use rpy::driver::{self, Emit, Failure};
use rpy::syntax::{dump, parser};

const USAGE: &str = "\
usage: rpy <command> [options] FILE

commands:
  build FILE [-o EXE]     translate FILE (an RPy program) into an executable
  build --emit=STAGE FILE print a stage instead: ast, flow, types, lir, llvm
  run FILE [-- ARGS...]   translate FILE (cached) and run it with ARGS
  check FILE              type-check FILE and report every error found
  parse FILE              check that FILE is valid Python 3.11 syntax
  parse --dump-ast FILE   print the AST exactly as CPython's
                          ast.dump(ast.parse(source)) prints it

options:
  -O0, -O2                optimisation level (default -O2)
  -h, --help              print this help
  -V, --version           print the version
";

/// Stack size for the compiler thread: the parser and the tree walks are
/// recursive over expression depth (bounded, but deep).
const STACK_SIZE: usize = 512 * 1024 * 1024;

enum Command {
    Parse {
        file: String,
        dump_ast: bool,
    },
    Build {
        file: String,
        output: Option<String>,
        emit: Option<Emit>,
        opt_level: u8,
    },
    Run {
        file: String,
        args: Vec<String>,
        opt_level: u8,
    },
    Check {
        file: String,
    },
    Help,
    Version,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut iter = args.iter();
    let command = match iter.next() {
        None => return Err("no command given".into()),
        Some(c) => c.as_str(),
    };
    match command {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "parse" => {
            let mut file = None;
            let mut dump_ast = false;
            for arg in iter {
                match arg.as_str() {
                    "--dump-ast" => dump_ast = true,
                    option if option.starts_with('-') && option != "-" => {
                        return Err(format!("unknown option `{option}` for `parse`"))
                    }
                    path => {
                        if file.replace(path.to_string()).is_some() {
                            return Err("`parse` takes one FILE".into());
                        }
                    }
                }
            }
            let file = file.ok_or("`parse` needs a FILE")?;
            Ok(Command::Parse { file, dump_ast })
        }
        "build" | "run" | "check" => {
            let mut file = None;
            let mut output = None;
            let mut emit = None;
            let mut opt_level = 2;
            let mut program_args = Vec::new();
            let rest: Vec<&String> = iter.collect();
            let mut k = 0;
            while k < rest.len() {
                let arg = rest[k].as_str();
                k += 1;
                match arg {
                    "--" if command == "run" => {
                        program_args = rest[k..].iter().map(|s| s.to_string()).collect();
                        break;
                    }
                    "-O0" => opt_level = 0,
                    "-O2" | "-O" => opt_level = 2,
                    "-o" if command == "build" => {
                        let Some(o) = rest.get(k) else {
                            return Err("`-o` needs a file name".into());
                        };
                        output = Some(o.to_string());
                        k += 1;
                    }
                    e if command == "build" && e.starts_with("--emit=") => {
                        let stage = &e["--emit=".len()..];
                        emit = Some(Emit::parse(stage).ok_or_else(|| {
                            format!("unknown stage `{stage}` for --emit (expected ast, flow, types, lir or llvm)")
                        })?);
                    }
                    option if option.starts_with('-') && option != "-" => {
                        return Err(format!("unknown option `{option}` for `{command}`"))
                    }
                    path => {
                        if file.is_some() {
                            if command == "run" {
                                return Err(
                                    "`run` takes one FILE; put the program's arguments after `--`"
                                        .into(),
                                );
                            }
                            return Err(format!("`{command}` takes one FILE"));
                        }
                        file = Some(path.to_string());
                    }
                }
            }
            let file = file.ok_or_else(|| format!("`{command}` needs a FILE"))?;
            Ok(match command {
                "build" => Command::Build {
                    file,
                    output,
                    emit,
                    opt_level,
                },
                "run" => Command::Run {
                    file,
                    args: program_args,
                    opt_level,
                },
                _ => Command::Check { file },
            })
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

fn run_parse(file: &str, dump_ast: bool) -> u8 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("rpy: cannot read `{file}`: {e}");
            return 1;
        }
    };
    let (text, result) = parser::parse_bytes(&bytes);
    match result {
        Ok(module) => {
            if dump_ast {
                let mut out = dump::dump_module(&module);
                out.push('\n');
                let mut stdout = std::io::stdout().lock();
                if stdout.write_all(out.as_bytes()).is_err() {
                    return 1;
                }
            }
            0
        }
        Err(error) => {
            let text = text.unwrap_or_else(|| String::from_utf8_lossy(&bytes).into_owned());
            let source = SourceFile::new(file, text);
            let diagnostic = Diagnostic::from_syntax_error(&error);
            eprint!(
                "{}",
                render(&diagnostic, &source, std::io::stderr().is_terminal())
            );
            1
        }
    }
}

/// Print the diagnostics of a failed run; the exit code.
fn report(result: Result<(), Failure>) -> u8 {
    match result {
        Ok(()) => 0,
        Err(Failure::Diagnostics(file, mut diags)) => {
            diags.sort_by_key(|d| (d.primary.start, d.primary.end));
            let color = std::io::stderr().is_terminal();
            // A closed stderr (`rpy check f.py 2>&1 | head -1`) is not an error.
            let mut stderr = std::io::stderr().lock();
            for d in &diags {
                let _ = write!(stderr, "{}", render(d, &file, color));
            }
            if diags.len() > 1 {
                let _ = writeln!(stderr, "rpy: {} errors", diags.len());
            }
            1
        }
        Err(Failure::Other(message)) => {
            let _ = writeln!(std::io::stderr().lock(), "rpy: {message}");
            1
        }
    }
}

/// `prog.py` builds `./prog` by default.
fn default_output(file: &str) -> PathBuf {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a.out".into());
    PathBuf::from(stem)
}

/// Build into a cache keyed by the source and the options, then run.
fn run_program(file: &str, args: &[String], opt_level: u8) -> u8 {
    let source = match std::fs::read(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rpy: cannot read `{file}`: {e}");
            return 1;
        }
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut hasher);
    opt_level.hash(&mut hasher);
    file.hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    let exe_self = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok());
    format!("{exe_self:?}").hash(&mut hasher);
    let dir = cache_dir().join("run");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!(
            "rpy: cannot create the cache directory `{}`: {e}",
            dir.display()
        );
        return 1;
    }
    let exe = dir.join(format!(
        "{}-{:016x}",
        default_output(file).display(),
        hasher.finish()
    ));
    if !exe.exists() {
        let tmp = dir.join(format!("{}.tmp{}", exe.display(), std::process::id()));
        let code = report(driver::build(Path::new(file), &tmp, opt_level));
        if code != 0 {
            return code;
        }
        if let Err(e) = std::fs::rename(&tmp, &exe) {
            eprintln!("rpy: cannot write `{}`: {e}", exe.display());
            return 1;
        }
    }
    let _ = std::io::stdout().flush();
    match std::process::Command::new(&exe).args(args).status() {
        Ok(status) => match status.code() {
            Some(c) => c as u8,
            None => {
                use std::os::unix::process::ExitStatusExt;
                eprintln!(
                    "rpy: the program was killed by signal {}",
                    status.signal().unwrap_or(0)
                );
                128u8.wrapping_add(status.signal().unwrap_or(0) as u8)
            }
        },
        Err(e) => {
            eprintln!("rpy: cannot run `{}`: {e}", exe.display());
            1
        }
    }
}

fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("rpy");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(h).join(".cache").join("rpy");
    }
    std::env::temp_dir().join("rpy-cache")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("rpy: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || match command {
            Command::Help => {
                print!("{USAGE}");
                0
            }
            Command::Version => {
                println!("rpy {}", env!("CARGO_PKG_VERSION"));
                0
            }
            Command::Parse { file, dump_ast } => run_parse(&file, dump_ast),
            Command::Check { file } => report(driver::check(Path::new(&file)).map(|_| ())),
            Command::Build {
                file,
                output,
                emit: Some(emit),
                opt_level,
            } => {
                let _ = output;
                match driver::emit_text(Path::new(&file), emit, opt_level) {
                    Ok(text) => {
                        let mut stdout = std::io::stdout().lock();
                        if stdout.write_all(text.as_bytes()).is_err() {
                            return 1;
                        }
                        0
                    }
                    Err(f) => report(Err(f)),
                }
            }
            Command::Build {
                file,
                output,
                emit: None,
                opt_level,
            } => {
                let exe = output
                    .map(PathBuf::from)
                    .unwrap_or_else(|| default_output(&file));
                report(driver::build(Path::new(&file), &exe, opt_level))
            }
            Command::Run {
                file,
                args,
                opt_level,
            } => run_program(&file, &args, opt_level),
        });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("rpy: internal error: the compiler thread failed");
            ExitCode::from(101)
        }
    }
}

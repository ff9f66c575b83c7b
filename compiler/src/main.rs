//! The `rpy` command line: parses arguments, runs the requested stage on a
//! thread with a large stack (so that deep but valid programs never
//! overflow), and maps outcomes to exit codes: 0 success, 1 an error in the
//! user's program, 2 wrong command-line use.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use rpy::diagnostics::{render, Diagnostic, SourceFile};
use rpy::syntax::{dump, parser};

const USAGE: &str = "\
usage: rpy <command> [options] FILE

commands:
  parse FILE              check that FILE is valid Python 3.11 syntax
  parse --dump-ast FILE   print the AST exactly as CPython's
                          ast.dump(ast.parse(source)) prints it

options:
  -h, --help              print this help
  -V, --version           print the version
";

/// Stack size for the compiler thread: the parser and the tree walks are
/// recursive over expression depth (bounded, but deep).
const STACK_SIZE: usize = 512 * 1024 * 1024;

enum Command {
    Parse { file: String, dump_ast: bool },
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
        });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("rpy: internal error: the compiler thread failed");
            ExitCode::from(101)
        }
    }
}

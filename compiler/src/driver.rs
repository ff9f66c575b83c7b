//! The pipeline as the command line uses it: read a file, run the stages up
//! to the one asked for, and hand back either the result or the diagnostics
//! of the first stage that failed (every error of that stage, not just the
//! first).

use std::fmt::Write;
use std::path::Path;

use crate::annotate::{self, Annotations};
use crate::codegen;
use crate::diagnostics::{Diagnostic, SourceFile};
use crate::flow::{self, Program};
use crate::lir;
use crate::lower;
use crate::syntax::{ast, dump, parser};

/// Why a run stopped.
pub enum Failure {
    /// Errors in the user's program.
    Diagnostics(SourceFile, Vec<Diagnostic>),
    /// Anything else (unreadable file, link failure), already worded.
    Other(String),
}

/// What `--emit` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Ast,
    Flow,
    Types,
    Lir,
    Llvm,
}

impl Emit {
    pub fn parse(s: &str) -> Option<Emit> {
        Some(match s {
            "ast" => Emit::Ast,
            "flow" => Emit::Flow,
            "types" => Emit::Types,
            "lir" => Emit::Lir,
            "llvm" => Emit::Llvm,
            _ => return None,
        })
    }
}

/// A program through the front end: parsed, flowed and annotated.
pub struct Checked {
    pub file: SourceFile,
    pub module: ast::Module,
    pub program: Program,
    pub ann: Annotations,
}

pub fn read_source(path: &Path) -> Result<(SourceFile, ast::Module), Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Other(format!("cannot read `{}`: {e}", path.display())))?;
    let name = path.display().to_string();
    let (text, result) = parser::parse_bytes(&bytes);
    let file = SourceFile::new(name, text.unwrap_or_default());
    match result {
        Ok(m) => Ok((file, m)),
        Err(e) => Err(Failure::Diagnostics(
            file,
            vec![Diagnostic::from_syntax_error(&e)],
        )),
    }
}

/// Parse, build flow graphs, annotate.
pub fn check(path: &Path) -> Result<Checked, Failure> {
    let (file, module) = read_source(path)?;
    let program = match flow::build::build_program(&module) {
        Ok(p) => p,
        Err(d) => return Err(Failure::Diagnostics(file, d)),
    };
    let ann = match annotate::annotate(&program) {
        Ok(a) => a,
        Err(d) => return Err(Failure::Diagnostics(file, d)),
    };
    Ok(Checked {
        file,
        module,
        program,
        ann,
    })
}

/// Everything up to LIR (verified).
pub fn to_lir(c: &Checked) -> Result<lir::Module, Failure> {
    let m = match lower::lower(&c.program, &c.ann, &c.file.text) {
        Ok(m) => m,
        Err(d) => return Err(Failure::Diagnostics(c.file.clone_named(), d)),
    };
    if let Err(errors) = lir::verify::verify_module(&m) {
        let mut msg =
            String::from("internal error: the lowered program failed LIR verification:\n");
        if std::env::var_os("RPY_DUMP_BAD_LIR").is_some() {
            msg.push_str(&lir::print::print_module(&m));
        }
        for e in errors.iter().take(20) {
            let _ = writeln!(msg, "  {e}");
        }
        return Err(Failure::Other(msg));
    }
    Ok(m)
}

/// The text of one stage (`--emit`).
pub fn emit_text(path: &Path, emit: Emit, opt_level: u8) -> Result<String, Failure> {
    if emit == Emit::Ast {
        let (_, module) = read_source(path)?;
        let mut out = dump::dump_module(&module);
        out.push('\n');
        return Ok(out);
    }
    if emit == Emit::Flow {
        let (file, module) = read_source(path)?;
        return match flow::build::build_program(&module) {
            Ok(p) => Ok(flow::print::print_program(&p)),
            Err(d) => Err(Failure::Diagnostics(file, d)),
        };
    }
    let c = check(path)?;
    if emit == Emit::Types {
        return Ok(print_types(&c));
    }
    let m = to_lir(&c)?;
    match emit {
        Emit::Lir => Ok(lir::print::print_module(&m)),
        _ => {
            let opts = codegen::Options {
                opt_level,
                file_name: path.display().to_string(),
            };
            codegen::emit_llvm_text(&m, &opts).map_err(|e| Failure::Other(e.to_string()))
        }
    }
}

/// Translate a file into an executable.
pub fn build(path: &Path, exe: &Path, opt_level: u8) -> Result<(), Failure> {
    let c = check(path)?;
    let m = to_lir(&c)?;
    let opts = codegen::Options {
        opt_level,
        file_name: path.display().to_string(),
    };
    codegen::build_executable(&m, &opts, exe).map_err(|e| Failure::Other(e.to_string()))
}

/// `--emit=types`: each function instance with its signature and the type
/// of every named variable.
pub fn print_types(c: &Checked) -> String {
    let mut out = String::new();
    let lists = &c.ann.lists;
    for (i, inst) in c.ann.instances.iter().enumerate() {
        let g = &c.program.funcs[inst.def.0 as usize];
        let params: Vec<String> = g.blocks[0]
            .params
            .iter()
            .map(|p| {
                let name = g.vars[p.index()].name.clone().unwrap_or_default();
                format!("{name}: {}", lists.display(&inst.types[p.index()]))
            })
            .collect();
        let _ = writeln!(
            out,
            "instance {i}: {}({}) -> {}",
            g.name,
            params.join(", "),
            lists.display(&inst.ret)
        );
        let mut seen = std::collections::BTreeMap::new();
        for (v, info) in g.vars.iter().enumerate() {
            let Some(name) = &info.name else { continue };
            if name.starts_with('$') {
                continue;
            }
            let t = &inst.types[v];
            if *t == annotate::Type::Bottom {
                continue;
            }
            let name = name.split('$').next().unwrap_or(name).to_string();
            seen.entry(name)
                .or_insert_with(Vec::new)
                .push(lists.display(t));
        }
        for (name, mut tys) in seen {
            tys.sort();
            tys.dedup();
            let _ = writeln!(out, "    {name}: {}", tys.join(" | "));
        }
    }
    out
}

impl SourceFile {
    /// A copy of the file (for reporting after later stages).
    pub fn clone_named(&self) -> SourceFile {
        SourceFile::new(self.name.clone(), self.text.clone())
    }
}

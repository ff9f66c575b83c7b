//! Text form of LIR (`rpy build --emit=lir`). One line per instruction,
//! stable across runs, so snapshot tests can pin it.

use std::fmt::Write;

use super::{
    BinOp, Cast, Cmp, Const, Function, Module, Op, OvfOp, PrebuiltData, PrebuiltField, Terminator,
    Value,
};

pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    for (i, t) in m.types.iter().enumerate() {
        let _ = write!(out, "type tid{i} {:?} size={}", t.name, t.size);
        if let Some((item, len)) = t.varsize {
            let _ = write!(out, " item={item} len@{len}");
        }
        if !t.ptr_offsets.is_empty() {
            let _ = write!(out, " ptrs={:?}", t.ptr_offsets);
        }
        if !t.item_ptr_offsets.is_empty() {
            let _ = write!(out, " item_ptrs={:?}", t.item_ptr_offsets);
        }
        out.push('\n');
    }
    for (i, p) in m.prebuilt.iter().enumerate() {
        match p {
            PrebuiltData::Str(s) => {
                let _ = writeln!(
                    out,
                    "prebuilt pre{i} = str {}",
                    crate::syntax::pyrepr::repr_text(s)
                );
            }
            PrebuiltData::Object { tid, fields } => {
                let _ = write!(out, "prebuilt pre{i} = {tid} {{");
                for (j, (off, f)) in fields.iter().enumerate() {
                    let sep = if j == 0 { "" } else { "," };
                    let _ = match f {
                        PrebuiltField::I64(v) => write!(out, "{sep} @{off}: {v}"),
                        PrebuiltField::F64(v) => write!(out, "{sep} @{off}: {v:?}"),
                        PrebuiltField::Ref(r) => write!(out, "{sep} @{off}: {r}"),
                    };
                }
                out.push_str(" }\n");
            }
        }
    }
    for f in &m.funcs {
        out.push('\n');
        print_function(m, f, &mut out);
    }
    out
}

fn list(vs: &[Value]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn print_function(m: &Module, f: &Function, out: &mut String) {
    let params: Vec<String> = f.blocks[0]
        .params
        .iter()
        .map(|&v| format!("{v}: {}", f.ty(v).name()))
        .collect();
    let ret = f
        .ret
        .map(|t| format!(" -> {}", t.name()))
        .unwrap_or_default();
    let _ = writeln!(out, "function {}({}){ret} {{", f.symbol, params.join(", "));
    for (bi, b) in f.blocks.iter().enumerate() {
        let params: Vec<String> = b
            .params
            .iter()
            .map(|&v| format!("{v}: {}", f.ty(v).name()))
            .collect();
        let _ = writeln!(out, "block{bi}({}):", params.join(", "));
        for inst in &b.insts {
            out.push_str("    ");
            if !inst.results.is_empty() {
                let rs: Vec<String> = inst
                    .results
                    .iter()
                    .map(|&v| format!("{v}: {}", f.ty(v).name()))
                    .collect();
                let _ = write!(out, "{} = ", rs.join(", "));
            }
            print_op(m, &inst.op, out);
            out.push('\n');
        }
        out.push_str("    ");
        match &b.term {
            Terminator::Jump(t, args) => {
                let _ = write!(out, "jump {t}({})", list(args));
            }
            Terminator::Branch {
                cond,
                then_block,
                then_args,
                else_block,
                else_args,
            } => {
                let _ = write!(
                    out,
                    "br {cond}, {then_block}({}), {else_block}({})",
                    list(then_args),
                    list(else_args)
                );
            }
            Terminator::Return(Some(v)) => {
                let _ = write!(out, "return {v}");
            }
            Terminator::Return(None) => out.push_str("return"),
            Terminator::Unreachable => out.push_str("unreachable"),
        }
        out.push('\n');
    }
    out.push_str("}\n");
}

fn print_op(m: &Module, op: &Op, out: &mut String) {
    let _ = match op {
        Op::Const(c) => match c {
            Const::Bool(b) => write!(out, "const {b}"),
            Const::I8(v) => write!(out, "const.i8 {v}"),
            Const::I32(v) => write!(out, "const.i32 {v}"),
            Const::I64(v) => write!(out, "const {v}"),
            Const::F64(v) => write!(out, "const {v:?}"),
            Const::Null => write!(out, "const null"),
        },
        Op::Prebuilt(p) => write!(out, "prebuilt {p}"),
        Op::Bin(b, x, y) => write!(out, "{} {x}, {y}", bin_name(*b)),
        Op::Ovf(o, x, y) => {
            let n = match o {
                OvfOp::Add => "add_ovf",
                OvfOp::Sub => "sub_ovf",
                OvfOp::Mul => "mul_ovf",
            };
            write!(out, "{n} {x}, {y}")
        }
        Op::FNeg(x) => write!(out, "fneg {x}"),
        Op::FSqrt(x) => write!(out, "fsqrt {x}"),
        Op::FAbs(x) => write!(out, "fabs {x}"),
        Op::ICmp(c, x, y) => write!(out, "icmp.{} {x}, {y}", cmp_name(*c)),
        Op::FCmp(c, x, y) => write!(out, "fcmp.{} {x}, {y}", cmp_name(*c)),
        Op::Select(c, x, y) => write!(out, "select {c}, {x}, {y}"),
        Op::Cast(c, x, t) => {
            let n = match c {
                Cast::ZExt => "zext",
                Cast::SExt => "sext",
                Cast::Trunc => "trunc",
                Cast::SIToF => "sitof",
                Cast::FToSI => "ftosi",
                Cast::Bitcast => "bitcast",
            };
            write!(out, "{n} {x} to {}", t.name())
        }
        Op::Load { ty, base, offset } => write!(out, "load.{} {base}+{offset}", ty.name()),
        Op::Store {
            base,
            offset,
            value,
            barrier,
        } => {
            write!(
                out,
                "store{} {base}+{offset}, {value}",
                if *barrier { ".wb" } else { "" }
            )
        }
        Op::LoadItem {
            ty,
            base,
            items_offset,
            index,
        } => {
            write!(
                out,
                "load_item.{} {base}+{items_offset}[{index}]",
                ty.name()
            )
        }
        Op::StoreItem {
            base,
            items_offset,
            index,
            value,
            barrier,
        } => {
            write!(
                out,
                "store_item{} {base}+{items_offset}[{index}], {value}",
                if *barrier { ".wb" } else { "" }
            )
        }
        Op::New(t) => write!(
            out,
            "new {t} ({})",
            m.types.get(t.index()).map_or("?", |t| t.name.as_str())
        ),
        Op::NewArray(t, n) => {
            write!(
                out,
                "new_array {t} ({}), {n}",
                m.types.get(t.index()).map_or("?", |t| t.name.as_str())
            )
        }
        Op::Call(fid, args) => {
            let name = m.funcs.get(fid.index()).map_or("?", |f| f.symbol.as_str());
            write!(out, "call {name}({})", list(args))
        }
        Op::CallRt(rt, args) => write!(out, "call_rt {}({})", rt.symbol(), list(args)),
        Op::ExcPending => write!(out, "exc_pending"),
    };
}

fn bin_name(b: BinOp) -> &'static str {
    match b {
        BinOp::IAdd => "iadd",
        BinOp::ISub => "isub",
        BinOp::IMul => "imul",
        BinOp::SDiv => "sdiv",
        BinOp::SRem => "srem",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
        BinOp::Shl => "shl",
        BinOp::AShr => "ashr",
        BinOp::LShr => "lshr",
        BinOp::FAdd => "fadd",
        BinOp::FSub => "fsub",
        BinOp::FMul => "fmul",
        BinOp::FDiv => "fdiv",
    }
}

fn cmp_name(c: Cmp) -> &'static str {
    match c {
        Cmp::Eq => "eq",
        Cmp::Ne => "ne",
        Cmp::Lt => "lt",
        Cmp::Le => "le",
        Cmp::Gt => "gt",
        Cmp::Ge => "ge",
    }
}

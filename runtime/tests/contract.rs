//! The runtime exports every entry point of the compiler's contract
//! (`compiler/src/lir/runtime_fn.rs`) with the same C signature.
//!
//! Each entry of `SIGNATURES` is checked by the Rust compiler (the function
//! is assigned to a pointer of the signature written beside it) and then
//! compared with the contract file's text, so a symbol added to or changed
//! in the contract without the runtime following fails here. The layout
//! constants are compared with `compiler/src/lir/layout.rs` the same way.

use rpy_runtime::abi::*;
use rpy_runtime::exc::*;
use rpy_runtime::fmt_int::*;
use rpy_runtime::format_spec::*;
use rpy_runtime::io::*;
use rpy_runtime::lists::*;
use rpy_runtime::mathfn::*;
use rpy_runtime::numparse::*;
use rpy_runtime::objects::{self as o, Ref};
use rpy_runtime::strings::*;
use rpy_runtime::Header;

type Hdr = *mut Header;

macro_rules! ty {
    (Ref) => {
        Ref
    };
    (I64) => {
        i64
    };
    (F64) => {
        f64
    };
    (Bool) => {
        bool
    };
    (I32) => {
        u32
    };
    (V) => {
        ()
    };
    (R) => {
        Ref
    };
    (I) => {
        i64
    };
    (F) => {
        f64
    };
    (B) => {
        bool
    };
    (H) => {
        Hdr
    };
}

macro_rules! sigs {
    ($( $name:ident ( $($p:ident),* ) -> $r:ident ;)*) => {
        vec![$({
            let _f: unsafe extern "C" fn($(ty!($p)),*) -> ty!($r) = $name;
            (stringify!($name), vec![$(stringify!($p)),*], stringify!($r))
        }),*]
    };
}

fn signatures() -> Vec<(&'static str, Vec<&'static str>, &'static str)> {
    let mut v = sigs! {
        rpy_raise(Ref) -> V;
        rpy_raise_kind(I64, Ref) -> V;
        rpy_raise_memory_error() -> V;
        rpy_exc_new(I64, Ref) -> R;
        rpy_exc_fetch() -> R;
        rpy_exc_matches(Ref, I64) -> B;
        rpy_exc_str(Ref) -> R;
        rpy_traceback_add(Ref, I64) -> V;
        rpy_sys_exit(I64) -> V;
        rpy_check_recursion() -> B;
        rpy_write_str(Ref) -> V;
        rpy_write_int(I64) -> V;
        rpy_write_float(F64) -> V;
        rpy_write_bool(Bool) -> V;
        rpy_write_byte(I64) -> V;
        rpy_int_to_str(I64) -> R;
        rpy_float_to_str(F64) -> R;
        rpy_bool_to_str(Bool) -> R;
        rpy_str_repr(Ref) -> R;
        rpy_str_to_int(Ref) -> I;
        rpy_str_to_float(Ref) -> F;
        rpy_float_to_int(F64) -> I;
        rpy_float_round_int(F64) -> I;
        rpy_float_round(F64, I64) -> F;
        rpy_int_round(I64, I64) -> I;
        rpy_int_pow(I64, I64) -> I;
        rpy_float_pow(F64, F64) -> F;
        rpy_float_mod(F64, F64) -> F;
        rpy_float_floordiv(F64, F64) -> F;
        rpy_math_sqrt(F64) -> F;
        rpy_math_exp(F64) -> F;
        rpy_math_log(F64) -> F;
        rpy_math_log2(F64) -> F;
        rpy_math_log10(F64) -> F;
        rpy_math_sin(F64) -> F;
        rpy_math_cos(F64) -> F;
        rpy_math_tan(F64) -> F;
        rpy_math_asin(F64) -> F;
        rpy_math_acos(F64) -> F;
        rpy_math_atan(F64) -> F;
        rpy_math_atan2(F64, F64) -> F;
        rpy_math_hypot(F64, F64) -> F;
        rpy_math_pow(F64, F64) -> F;
        rpy_math_fabs(F64) -> F;
        rpy_math_floor(F64) -> I;
        rpy_math_ceil(F64) -> I;
        rpy_str_concat(Ref, Ref) -> R;
        rpy_str_repeat(Ref, I64) -> R;
        rpy_str_eq(Ref, Ref) -> B;
        rpy_str_cmp(Ref, Ref) -> I;
        rpy_str_hash(Ref) -> I;
        rpy_str_getitem(Ref, I64) -> R;
        rpy_str_slice(Ref, I64, I64, I64) -> R;
        rpy_str_contains(Ref, Ref) -> B;
        rpy_str_find(Ref, Ref, I64, I64) -> I;
        rpy_str_rfind(Ref, Ref, I64, I64) -> I;
        rpy_str_index(Ref, Ref, I64, I64) -> I;
        rpy_str_count(Ref, Ref, I64, I64) -> I;
        rpy_str_startswith(Ref, Ref) -> B;
        rpy_str_endswith(Ref, Ref) -> B;
        rpy_str_split(Ref, Ref, I64) -> R;
        rpy_str_rsplit(Ref, Ref, I64) -> R;
        rpy_str_join(Ref, Ref) -> R;
        rpy_str_strip(Ref, Ref, I64) -> R;
        rpy_str_replace(Ref, Ref, Ref, I64) -> R;
        rpy_str_upper(Ref) -> R;
        rpy_str_lower(Ref) -> R;
        rpy_str_isdigit(Ref) -> B;
        rpy_str_isalpha(Ref) -> B;
        rpy_str_isspace(Ref) -> B;
        rpy_str_isalnum(Ref) -> B;
        rpy_str_isupper(Ref) -> B;
        rpy_str_islower(Ref) -> B;
        rpy_str_ljust(Ref, I64, Ref) -> R;
        rpy_str_rjust(Ref, I64, Ref) -> R;
        rpy_str_center(Ref, I64, Ref) -> R;
        rpy_str_zfill(Ref, I64) -> R;
        rpy_str_ord(Ref) -> I;
        rpy_str_chr(I64) -> R;
        rpy_str_char_at(Ref, I64) -> R;
        rpy_str_next_pos(Ref, I64) -> I;
        rpy_format_int(I64, Ref) -> R;
        rpy_format_float(F64, Ref) -> R;
        rpy_format_str(Ref, Ref) -> R;
        rpy_float_repr(F64) -> R;
        rpy_strbuf_new(I64) -> R;
        rpy_strbuf_append(Ref, Ref) -> V;
        rpy_strbuf_build(Ref) -> R;
        rpy_list_new(I64, I64) -> R;
        rpy_list_resize(Ref, I64) -> V;
        rpy_list_insert_gap(Ref, I64) -> I;
        rpy_list_delete(Ref, I64) -> V;
        rpy_list_slice(Ref, I64, I64, I64) -> R;
        rpy_list_del_slice(Ref, I64, I64, I64) -> V;
        rpy_list_extend(Ref, Ref) -> V;
        rpy_list_concat(Ref, Ref) -> R;
        rpy_list_repeat(Ref, I64) -> R;
        rpy_list_reverse(Ref) -> V;
        rpy_list_copy(Ref) -> R;
        rpy_list_clear(Ref) -> V;
        rpy_list_sort_int(Ref, Bool) -> V;
        rpy_list_sort_float(Ref, Bool) -> V;
        rpy_list_sort_str(Ref, Bool) -> V;
        rpy_list_sort_by_keys(Ref, Ref, I64, Bool) -> V;
    };
    // The GC's own entry points (header pointers are `ref`s).
    v.extend(sigs! {
        rpy_gc_malloc(I32) -> H;
        rpy_gc_malloc_array(I32, I64) -> H;
    });
    let _f: unsafe extern "C" fn(Hdr) = rpy_gc_write_barrier;
    let _g: unsafe extern "C" fn(Hdr, i64) = rpy_gc_write_barrier_array;
    v.push(("rpy_gc_write_barrier", vec!["Ref"], "V"));
    v.push(("rpy_gc_write_barrier_array", vec!["Ref", "I64"], "V"));
    let _ = (parse_int, format_int, int_to_str_obj, flush_stdout);
    v
}

/// `(symbol, params, ret)` of every entry in the contract file.
fn contract(text: &str) -> Vec<(String, Vec<String>, String)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let Some(start) = line.find("= \"rpy_") else {
            continue;
        };
        let rest = &line[start + 3..];
        let Some(q) = rest.find('"') else { continue };
        let sym = &rest[..q];
        let rest = &rest[q + 1..];
        let (Some(open), Some(close)) = (rest.find('('), rest.find(')')) else {
            continue;
        };
        let params: Vec<String> = rest[open + 1..close]
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let ret = rest[close + 1..]
            .trim_start_matches([' ', '-', '>'])
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        out.push((sym.to_string(), params, ret));
    }
    out
}

fn read(rel: &str) -> Option<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel);
    std::fs::read_to_string(p).ok()
}

#[test]
fn every_entry_point_matches_the_contract() {
    let Some(text) = read("compiler/src/lir/runtime_fn.rs") else {
        println!("note: compiler/src/lir/runtime_fn.rs not found; contract check skipped");
        return;
    };
    let ours = signatures();
    let theirs = contract(&text);
    assert!(theirs.len() >= 100, "parsed only {} entries", theirs.len());
    let mut problems = Vec::new();
    for (sym, params, ret) in &theirs {
        let ret = if ret == "R" && sym.starts_with("rpy_gc_malloc") {
            "H".to_string()
        } else {
            ret.clone()
        };
        match ours.iter().find(|(n, _, _)| n == sym) {
            None => problems.push(format!("{sym}: not exported by the runtime")),
            Some((_, p, r)) => {
                if p != params || *r != ret {
                    problems.push(format!(
                        "{sym}: contract ({params:?}) -> {ret}, runtime ({p:?}) -> {r}"
                    ));
                }
            }
        }
    }
    for (n, _, _) in &ours {
        if !theirs.iter().any(|(s, _, _)| s == n) {
            problems.push(format!("{n}: exported but not in the contract"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn layout_constants_match_layout_rs() {
    let Some(text) = read("compiler/src/lir/layout.rs") else {
        println!("note: compiler/src/lir/layout.rs not found; layout check skipped");
        return;
    };
    let want: &[(&str, &str, usize)] = &[
        ("str_", "HASH", o::str_::HASH),
        ("str_", "CHARLEN", o::str_::CHARLEN),
        ("str_", "LEN", o::str_::LEN),
        ("str_", "BYTES", o::str_::BYTES),
        ("list", "LEN", o::list::LEN),
        ("list", "ITEMS", o::list::ITEMS),
        ("list", "SIZE", o::list::SIZE as usize),
        ("array", "LEN", o::array::LEN),
        ("array", "ITEMS", o::array::ITEMS),
        ("exc", "KIND", o::exc::KIND),
        ("exc", "MSG", o::exc::MSG),
        ("exc", "CODE", o::exc::CODE),
        ("exc", "SIZE", o::exc::SIZE as usize),
        ("strbuf", "LEN", o::strbuf::LEN),
        ("strbuf", "BUF", o::strbuf::BUF),
        ("strbuf", "CHARLEN", o::strbuf::CHARLEN),
        ("strbuf", "SIZE", o::strbuf::SIZE as usize),
    ];
    for (module, name, value) in want {
        let m = text
            .find(&format!("pub mod {module} {{"))
            .unwrap_or_else(|| panic!("layout.rs has no module {module}"));
        let body = &text[m..m + text[m..].find('}').unwrap()];
        let decl = body
            .lines()
            .find(|l| l.contains(&format!(" {name}:")))
            .unwrap_or_else(|| panic!("layout.rs: {module}::{name} missing"));
        let v: usize = decl
            .rsplit('=')
            .next()
            .unwrap()
            .trim()
            .trim_end_matches(';')
            .parse()
            .unwrap();
        assert_eq!(v, *value, "{module}::{name}");
    }
    let tids = [
        ("TID_STR", o::TID_STR),
        ("TID_LIST", o::TID_LIST),
        ("TID_REF_ARRAY", o::TID_REF_ARRAY),
        ("TID_I64_ARRAY", o::TID_I64_ARRAY),
        ("TID_F64_ARRAY", o::TID_F64_ARRAY),
        ("TID_I8_ARRAY", o::TID_I8_ARRAY),
        ("TID_EXC", o::TID_EXC),
        ("TID_STRBUF", o::TID_STRBUF),
    ];
    for (name, v) in tids {
        assert!(
            text.contains(&format!("pub const {name}: TypeId = TypeId({v});")),
            "{name}"
        );
    }
    // ExcKind numbering and names.
    for k in 0..o::kind::COUNT {
        let n = o::kind::name(k).unwrap();
        assert!(
            text.contains(&format!("    {n} = {k},")),
            "ExcKind::{n} = {k}"
        );
    }
}

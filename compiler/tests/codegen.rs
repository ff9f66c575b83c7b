//! End-to-end tests of codegen: LIR modules built by hand with the `lir`
//! API are compiled, linked with the runtime, run, and their stdout and exit
//! status checked. They cover calls and recursion, checked arithmetic,
//! floats, prebuilt objects, inline and slow-path allocation, write barriers
//! and card marking, and references kept across collections (which only the
//! shadow stack makes correct), also under `RPY_GC_STRESS=1 RPY_GC_VERIFY=1`.

use std::path::PathBuf;
use std::process::Command;

use rpy::codegen::{build_executable, emit_llvm_text, Options};
use rpy::lir::layout::{self, TID_I64_ARRAY, TID_REF_ARRAY};
use rpy::lir::{
    BinOp, Block, Cast, Cmp, Const, FuncId, Function, GcType, Module, Op, OvfOp, PrebuiltData,
    PrebuiltField, RtFn, Terminator, Ty, TypeId, Value,
};

/// A temporary directory removed at the end of the test.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let p =
            std::env::temp_dir().join(format!("rpy-codegen-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Dir(p)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// Compiles `m` at `opt_level`, runs it with `env`, returns its output.
fn build_and_run(m: &Module, name: &str, opt_level: u8, env: &[(&str, &str)]) -> Run {
    let dir = Dir::new(&format!("{name}-O{opt_level}"));
    let exe = dir.0.join(name);
    let opts = Options {
        opt_level,
        file_name: format!("{name}.py"),
    };
    if let Err(e) = build_executable(m, &opts, &exe) {
        panic!("{name}: build failed: {e}");
    }
    let mut cmd = Command::new(&exe);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

/// Builds and runs at -O0 and -O2; checks stdout and the exit status.
fn check(m: &Module, name: &str, env: &[(&str, &str)], stdout: &str, code: i32) {
    for opt in [0, 2] {
        let r = build_and_run(m, name, opt, env);
        assert_eq!(
            r.stdout, stdout,
            "{name} -O{opt}: stdout differs; stderr:\n{}",
            r.stderr
        );
        assert_eq!(
            r.code,
            Some(code),
            "{name} -O{opt}: exit status; stderr:\n{}",
            r.stderr
        );
    }
}

// ---- small helpers to write LIR ----

fn op(f: &mut Function, b: Block, o: Op, ty: Ty) -> Value {
    f.push(b, o, &[ty])[0]
}

fn effect(f: &mut Function, b: Block, o: Op) {
    f.push(b, o, &[]);
}

fn i64c(f: &mut Function, b: Block, k: i64) -> Value {
    op(f, b, Op::Const(Const::I64(k)), Ty::I64)
}

fn f64c(f: &mut Function, b: Block, k: f64) -> Value {
    op(f, b, Op::Const(Const::F64(k)), Ty::F64)
}

fn write_int(f: &mut Function, b: Block, v: Value) {
    effect(f, b, Op::CallRt(RtFn::WriteInt, vec![v]));
}

fn newline(f: &mut Function, b: Block) {
    let nl = i64c(f, b, 10);
    effect(f, b, Op::CallRt(RtFn::WriteByte, vec![nl]));
}

fn ret_code(f: &mut Function, b: Block, code: i64) {
    let c = i64c(f, b, code);
    f.set_term(b, Terminator::Return(Some(c)));
}

/// The entry function `main(argv: ref) -> i64`.
fn main_fn() -> Function {
    Function::new("main", "rpy_entry_main", &[Ty::Ref], Some(Ty::I64))
}

/// `fib(n) = n if n < 2 else fib(n - 1) + fib(n - 2)`, printed for 25.
fn fib_module() -> Module {
    let mut m = Module::new();
    let fib_id = FuncId(0);
    let mut fib = Function::new("fib", "rpy_fib", &[Ty::I64], Some(Ty::I64));
    fib.may_collect = false;
    let e = fib.entry();
    let n = fib.blocks[0].params[0];
    let two = i64c(&mut fib, e, 2);
    let small = op(&mut fib, e, Op::ICmp(Cmp::Lt, n, two), Ty::Bool);
    let base = fib.new_block();
    let rec = fib.new_block();
    fib.set_term(
        e,
        Terminator::Branch {
            cond: small,
            then_block: base,
            then_args: vec![],
            else_block: rec,
            else_args: vec![],
        },
    );
    fib.set_term(base, Terminator::Return(Some(n)));
    let one = i64c(&mut fib, rec, 1);
    let n1 = op(&mut fib, rec, Op::Bin(BinOp::ISub, n, one), Ty::I64);
    let n2 = op(&mut fib, rec, Op::Bin(BinOp::ISub, n, two), Ty::I64);
    let a = op(&mut fib, rec, Op::Call(fib_id, vec![n1]), Ty::I64);
    let b = op(&mut fib, rec, Op::Call(fib_id, vec![n2]), Ty::I64);
    let s = op(&mut fib, rec, Op::Bin(BinOp::IAdd, a, b), Ty::I64);
    fib.set_term(rec, Terminator::Return(Some(s)));
    assert_eq!(m.add_func(fib), fib_id);

    let mut f = main_fn();
    let e = f.entry();
    let k = i64c(&mut f, e, 25);
    let r = op(&mut f, e, Op::Call(fib_id, vec![k]), Ty::I64);
    write_int(&mut f, e, r);
    newline(&mut f, e);
    ret_code(&mut f, e, 0);
    m.entry = Some(m.add_func(f));
    m
}

#[test]
fn fib_recursive() {
    check(&fib_module(), "fib", &[], "75025\n", 0);
}

#[test]
fn llvm_text() {
    let m = fib_module();
    let ir = emit_llvm_text(
        &m,
        &Options {
            opt_level: 0,
            file_name: "fib.py".into(),
        },
    )
    .unwrap();
    assert!(ir.contains("define i32 @main(i32"), "{ir}");
    assert!(ir.contains("@rpy_main("), "{ir}");
    assert!(ir.contains("define internal i64 @rpy_fib(i64"), "{ir}");
    assert!(ir.contains("@rpy.types ="), "{ir}");
    let ir2 = emit_llvm_text(
        &m,
        &Options {
            opt_level: 2,
            file_name: "fib.py".into(),
        },
    )
    .unwrap();
    assert!(ir2.contains("define i32 @main(i32"), "{ir2}");
}

#[test]
fn invalid_lir_is_an_error() {
    let mut m = Module::new();
    let mut f = main_fn();
    let e = f.entry();
    let x = f.new_value(Ty::I64); // never defined
    f.set_term(e, Terminator::Return(Some(x)));
    m.entry = Some(m.add_func(f));
    let err = emit_llvm_text(&m, &Options::default()).unwrap_err();
    assert!(err.to_string().contains("invalid LIR"), "{err}");
    // No entry function.
    let m = Module::new();
    assert!(emit_llvm_text(&m, &Options::default())
        .unwrap_err()
        .to_string()
        .contains("no entry"));
}

/// `sum(range(1_000_000))` with overflow checks, then the overflow flags of a
/// few edge cases, then exit status 3.
#[test]
fn checked_sum_loop() {
    let mut m = Module::new();
    let mut f = main_fn();
    let e = f.entry();
    let head = f.new_block();
    let i = f.add_param(head, Ty::I64);
    let acc = f.add_param(head, Ty::I64);
    let body = f.new_block();
    let ovf = f.new_block();
    let done = f.new_block();
    let zero = i64c(&mut f, e, 0);
    f.set_term(e, Terminator::Jump(head, vec![zero, zero]));
    let limit = i64c(&mut f, head, 1_000_000);
    let more = op(&mut f, head, Op::ICmp(Cmp::Lt, i, limit), Ty::Bool);
    f.set_term(
        head,
        Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: done,
            else_args: vec![],
        },
    );
    let r = f.push(body, Op::Ovf(OvfOp::Add, acc, i), &[Ty::I64, Ty::Bool]);
    let one = i64c(&mut f, body, 1);
    let r2 = f.push(body, Op::Ovf(OvfOp::Add, i, one), &[Ty::I64, Ty::Bool]);
    let either = op(&mut f, body, Op::Bin(BinOp::Or, r[1], r2[1]), Ty::Bool);
    f.set_term(
        body,
        Terminator::Branch {
            cond: either,
            then_block: ovf,
            then_args: vec![],
            else_block: head,
            else_args: vec![r2[0], r[0]],
        },
    );
    ret_code(&mut f, ovf, 1);
    write_int(&mut f, done, acc);
    newline(&mut f, done);
    // Edge cases: MAX + 1, MIN - 1, MIN * -1, 3037000500 * 3037000500 overflow;
    // MAX - 1, -4 * 5 do not.
    let max = i64c(&mut f, done, i64::MAX);
    let min = i64c(&mut f, done, i64::MIN);
    let one = i64c(&mut f, done, 1);
    let m1 = i64c(&mut f, done, -1);
    let big = i64c(&mut f, done, 3_037_000_500);
    let m4 = i64c(&mut f, done, -4);
    let five = i64c(&mut f, done, 5);
    for (o, a, b) in [
        (OvfOp::Add, max, one),
        (OvfOp::Sub, min, one),
        (OvfOp::Mul, min, m1),
        (OvfOp::Mul, big, big),
        (OvfOp::Sub, max, one),
        (OvfOp::Mul, m4, five),
    ] {
        let r = f.push(done, Op::Ovf(o, a, b), &[Ty::I64, Ty::Bool]);
        effect(&mut f, done, Op::CallRt(RtFn::WriteBool, vec![r[1]]));
        let sp = i64c(&mut f, done, 32);
        effect(&mut f, done, Op::CallRt(RtFn::WriteByte, vec![sp]));
        write_int(&mut f, done, r[0]);
        newline(&mut f, done);
    }
    ret_code(&mut f, done, 3);
    m.entry = Some(m.add_func(f));
    check(
        &m,
        "sum",
        &[],
        "499999500000\nTrue -9223372036854775808\nTrue 9223372036854775807\nTrue -9223372036854775808\n\
         True -9223372036709301616\nFalse 9223372036854775806\nFalse -20\n",
        3,
    );
}

/// Float arithmetic, comparisons with NaN (`!=` is unordered), conversions,
/// integer casts and select.
#[test]
fn float_math() {
    let mut m = Module::new();
    let mut f = main_fn();
    let e = f.entry();
    let wf = |f: &mut Function, v: Value| {
        effect(f, e, Op::CallRt(RtFn::WriteFloat, vec![v]));
        newline(f, e);
    };
    let wb = |f: &mut Function, v: Value| {
        effect(f, e, Op::CallRt(RtFn::WriteBool, vec![v]));
        newline(f, e);
    };
    let a = f64c(&mut f, e, 1.5);
    let b = f64c(&mut f, e, 2.0);
    let c = f64c(&mut f, e, 0.25);
    let p = op(&mut f, e, Op::Bin(BinOp::FMul, a, b), Ty::F64); // 3.0
    let q = op(&mut f, e, Op::Bin(BinOp::FDiv, c, b), Ty::F64); // 0.125
    let s = op(&mut f, e, Op::Bin(BinOp::FAdd, p, q), Ty::F64); // 3.125
    let d = op(&mut f, e, Op::Bin(BinOp::FSub, s, a), Ty::F64); // 1.625
    let n = op(&mut f, e, Op::FNeg(d), Ty::F64); // -1.625
    wf(&mut f, s);
    wf(&mut f, n);
    let zero = f64c(&mut f, e, 0.0);
    let nan = op(&mut f, e, Op::Bin(BinOp::FDiv, zero, zero), Ty::F64);
    for cmp in [Cmp::Eq, Cmp::Ne, Cmp::Lt, Cmp::Ge] {
        let r = op(&mut f, e, Op::FCmp(cmp, nan, nan), Ty::Bool);
        wb(&mut f, r);
    }
    let r = op(&mut f, e, Op::FCmp(Cmp::Ne, a, a), Ty::Bool);
    wb(&mut f, r); // False
    let r = op(&mut f, e, Op::FCmp(Cmp::Le, a, b), Ty::Bool);
    wb(&mut f, r); // True
                   // int(-7.9) == -7; float(2**53 + 1) rounds to 2**53; bits of 1.0.
    let x = f64c(&mut f, e, -7.9);
    let xi = op(&mut f, e, Op::Cast(Cast::FToSI, x, Ty::I64), Ty::I64);
    write_int(&mut f, e, xi);
    newline(&mut f, e);
    let big = i64c(&mut f, e, (1 << 53) + 1);
    let bf = op(&mut f, e, Op::Cast(Cast::SIToF, big, Ty::F64), Ty::F64);
    let back = op(&mut f, e, Op::Cast(Cast::FToSI, bf, Ty::I64), Ty::I64);
    write_int(&mut f, e, back);
    newline(&mut f, e);
    let one = f64c(&mut f, e, 1.0);
    let bits = op(&mut f, e, Op::Cast(Cast::Bitcast, one, Ty::I64), Ty::I64);
    write_int(&mut f, e, bits);
    newline(&mut f, e);
    let again = op(&mut f, e, Op::Cast(Cast::Bitcast, bits, Ty::F64), Ty::F64);
    wf(&mut f, again);
    // i32 and i8 arithmetic with sign and zero extension.
    let m1 = i64c(&mut f, e, -1);
    let b8 = op(&mut f, e, Op::Cast(Cast::Trunc, m1, Ty::I8), Ty::I8);
    let z = op(&mut f, e, Op::Cast(Cast::ZExt, b8, Ty::I64), Ty::I64);
    let sx = op(&mut f, e, Op::Cast(Cast::SExt, b8, Ty::I64), Ty::I64);
    write_int(&mut f, e, z); // 255
    newline(&mut f, e);
    write_int(&mut f, e, sx); // -1
    newline(&mut f, e);
    let t = op(&mut f, e, Op::Const(Const::Bool(true)), Ty::Bool);
    let fl = op(&mut f, e, Op::Const(Const::Bool(false)), Ty::Bool);
    let lt = op(&mut f, e, Op::ICmp(Cmp::Lt, fl, t), Ty::Bool);
    wb(&mut f, lt); // False < True
    let sel = op(&mut f, e, Op::Select(lt, a, b), Ty::F64);
    wf(&mut f, sel); // 1.5
    ret_code(&mut f, e, 0);
    m.entry = Some(m.add_func(f));
    check(
        &m,
        "float",
        &[],
        "3.125\n-1.625\nFalse\nTrue\nFalse\nFalse\nFalse\nTrue\n-7\n9007199254740992\n4607182418800017408\n1.0\n255\n-1\nTrue\n1.5\n",
        0,
    );
}

/// A `str` constant printed with `rpy_write_str`, its fields read back, and
/// a prebuilt instance pointing at it.
#[test]
fn str_constant_and_prebuilt_object() {
    let mut m = Module::new();
    let text = "héllo, wörld ✓";
    let s = m.str_const(text);
    let pair = m.add_type(GcType {
        name: "Pair".into(),
        size: 24,
        varsize: None,
        ptr_offsets: vec![8],
        item_ptr_offsets: vec![],
    });
    let obj = m.add_prebuilt(PrebuiltData::Object {
        tid: pair,
        fields: vec![(8, PrebuiltField::Ref(s)), (16, PrebuiltField::I64(-42))],
    });
    let mut f = main_fn();
    let e = f.entry();
    let sv = op(&mut f, e, Op::Prebuilt(s), Ty::Ref);
    effect(&mut f, e, Op::CallRt(RtFn::WriteStr, vec![sv]));
    newline(&mut f, e);
    for off in [layout::str_::CHARLEN, layout::str_::LEN, layout::str_::HASH] {
        let v = op(
            &mut f,
            e,
            Op::Load {
                ty: Ty::I64,
                base: sv,
                offset: off,
            },
            Ty::I64,
        );
        write_int(&mut f, e, v);
        newline(&mut f, e);
    }
    let b0 = op(
        &mut f,
        e,
        Op::Load {
            ty: Ty::I8,
            base: sv,
            offset: layout::str_::BYTES + 1,
        },
        Ty::I8,
    );
    let b0 = op(&mut f, e, Op::Cast(Cast::ZExt, b0, Ty::I64), Ty::I64);
    write_int(&mut f, e, b0); // 0xc3, first byte of "é"
    newline(&mut f, e);
    let ov = op(&mut f, e, Op::Prebuilt(obj), Ty::Ref);
    let inner = op(
        &mut f,
        e,
        Op::Load {
            ty: Ty::Ref,
            base: ov,
            offset: 8,
        },
        Ty::Ref,
    );
    effect(&mut f, e, Op::CallRt(RtFn::WriteStr, vec![inner]));
    newline(&mut f, e);
    let n = op(
        &mut f,
        e,
        Op::Load {
            ty: Ty::I64,
            base: ov,
            offset: 16,
        },
        Ty::I64,
    );
    write_int(&mut f, e, n);
    newline(&mut f, e);
    let same = op(&mut f, e, Op::ICmp(Cmp::Eq, inner, sv), Ty::Bool);
    effect(&mut f, e, Op::CallRt(RtFn::WriteBool, vec![same]));
    newline(&mut f, e);
    ret_code(&mut f, e, 0);
    m.entry = Some(m.add_func(f));
    let expect = format!(
        "{text}\n{}\n{}\n0\n195\n{text}\n-42\nTrue\n",
        text.chars().count(),
        text.len()
    );
    check(&m, "str", &[], &expect, 0);
}

/// The type `Node {header, next: ref, value: i64, data: ref}`.
fn node_type(m: &mut Module) -> TypeId {
    m.add_type(GcType {
        name: "Node".into(),
        size: 32,
        varsize: None,
        ptr_offsets: vec![8, 24],
        item_ptr_offsets: vec![],
    })
}

/// Builds a linked list of `n` nodes with `New` (each also holding a fresh
/// `list[int]` of one item and a small inline array), storing young objects
/// into a large, old array of references (card marking) and into a prebuilt
/// object; then checks every value. Only the shadow stack keeps the list
/// head, the big array and the prebuilt's referent valid across the
/// collections the allocations cause. Prints the count, the sum and 1 when
/// all checks pass.
fn alloc_module(n: i64) -> Module {
    let mut m = Module::new();
    let node = node_type(&mut m);
    let holder_t = m.add_type(GcType {
        name: "Holder".into(),
        size: 16,
        varsize: None,
        ptr_offsets: vec![8],
        item_ptr_offsets: vec![],
    });
    let holder = m.add_prebuilt(PrebuiltData::Object {
        tid: holder_t,
        fields: vec![],
    });

    // check_node(node, i) -> bool: node.value == i and node.data[0] == i * 2
    // and node.data is a list of length 1. Does not collect.
    let mut cf = Function::new(
        "check_node",
        "rpy_check_node",
        &[Ty::Ref, Ty::I64],
        Some(Ty::Bool),
    );
    cf.may_collect = false;
    let e = cf.entry();
    let (nd, i) = (cf.blocks[0].params[0], cf.blocks[0].params[1]);
    let v = op(
        &mut cf,
        e,
        Op::Load {
            ty: Ty::I64,
            base: nd,
            offset: 16,
        },
        Ty::I64,
    );
    let ok1 = op(&mut cf, e, Op::ICmp(Cmp::Eq, v, i), Ty::Bool);
    let lst = op(
        &mut cf,
        e,
        Op::Load {
            ty: Ty::Ref,
            base: nd,
            offset: 24,
        },
        Ty::Ref,
    );
    let len = op(
        &mut cf,
        e,
        Op::Load {
            ty: Ty::I64,
            base: lst,
            offset: layout::list::LEN,
        },
        Ty::I64,
    );
    let one = i64c(&mut cf, e, 1);
    let ok2 = op(&mut cf, e, Op::ICmp(Cmp::Eq, len, one), Ty::Bool);
    let items = op(
        &mut cf,
        e,
        Op::Load {
            ty: Ty::Ref,
            base: lst,
            offset: layout::list::ITEMS,
        },
        Ty::Ref,
    );
    let zero = i64c(&mut cf, e, 0);
    let it = op(
        &mut cf,
        e,
        Op::LoadItem {
            ty: Ty::I64,
            base: items,
            items_offset: layout::array::ITEMS,
            index: zero,
        },
        Ty::I64,
    );
    let i2 = op(&mut cf, e, Op::Bin(BinOp::IAdd, i, i), Ty::I64);
    let ok3 = op(&mut cf, e, Op::ICmp(Cmp::Eq, it, i2), Ty::Bool);
    let a = op(&mut cf, e, Op::Bin(BinOp::And, ok1, ok2), Ty::Bool);
    let a = op(&mut cf, e, Op::Bin(BinOp::And, a, ok3), Ty::Bool);
    cf.set_term(e, Terminator::Return(Some(a)));
    let check_id = m.add_func(cf);

    let mut f = main_fn();
    let e = f.entry();
    // A big array of refs: allocated in the old generation with cards.
    let big_n = i64c(&mut f, e, n);
    let big = op(&mut f, e, Op::NewArray(TID_REF_ARRAY, big_n), Ty::Ref);
    let null = op(&mut f, e, Op::Const(Const::Null), Ty::Ref);
    let zero = i64c(&mut f, e, 0);
    let head = f.new_block();
    let (hn, hi) = (f.add_param(head, Ty::Ref), f.add_param(head, Ty::I64));
    f.set_term(e, Terminator::Jump(head, vec![null, zero]));

    let body = f.new_block();
    let walk = f.new_block();
    let lim = i64c(&mut f, head, n);
    let more = op(&mut f, head, Op::ICmp(Cmp::Lt, hi, lim), Ty::Bool);
    f.set_term(
        head,
        Terminator::Branch {
            cond: more,
            then_block: body,
            then_args: vec![],
            else_block: walk,
            else_args: vec![hn, zero, zero, zero],
        },
    );
    // body: node = New(Node); node.next = head; node.value = i;
    //       lst = list_new(1 item of i64); lst[0] = 2 * i; node.data = lst;
    //       tmp = new_array[i64](3) (inline, garbage); big[i] = node; holder.0 = node
    let nd = op(&mut f, body, Op::New(node), Ty::Ref);
    effect(
        &mut f,
        body,
        Op::Store {
            base: nd,
            offset: 8,
            value: hn,
            barrier: true,
        },
    );
    effect(
        &mut f,
        body,
        Op::Store {
            base: nd,
            offset: 16,
            value: hi,
            barrier: false,
        },
    );
    let one = i64c(&mut f, body, 1);
    let arr_tid = i64c(&mut f, body, TID_I64_ARRAY.0 as i64);
    let lst = op(
        &mut f,
        body,
        Op::CallRt(RtFn::ListNew, vec![one, arr_tid]),
        Ty::Ref,
    );
    let items = op(
        &mut f,
        body,
        Op::Load {
            ty: Ty::Ref,
            base: lst,
            offset: layout::list::ITEMS,
        },
        Ty::Ref,
    );
    let twice = op(&mut f, body, Op::Bin(BinOp::IAdd, hi, hi), Ty::I64);
    let zero_b = i64c(&mut f, body, 0);
    effect(
        &mut f,
        body,
        Op::StoreItem {
            base: items,
            items_offset: layout::array::ITEMS,
            index: zero_b,
            value: twice,
            barrier: false,
        },
    );
    let three = i64c(&mut f, body, 3);
    let tmp = op(&mut f, body, Op::NewArray(TID_I64_ARRAY, three), Ty::Ref);
    effect(
        &mut f,
        body,
        Op::StoreItem {
            base: tmp,
            items_offset: layout::array::ITEMS,
            index: zero_b,
            value: hi,
            barrier: false,
        },
    );
    effect(
        &mut f,
        body,
        Op::Store {
            base: nd,
            offset: 24,
            value: lst,
            barrier: true,
        },
    );
    effect(
        &mut f,
        body,
        Op::StoreItem {
            base: big,
            items_offset: layout::array::ITEMS,
            index: hi,
            value: nd,
            barrier: true,
        },
    );
    let hv = op(&mut f, body, Op::Prebuilt(holder), Ty::Ref);
    effect(
        &mut f,
        body,
        Op::Store {
            base: hv,
            offset: 8,
            value: nd,
            barrier: true,
        },
    );
    let next_i = op(&mut f, body, Op::Bin(BinOp::IAdd, hi, one), Ty::I64);
    f.set_term(body, Terminator::Jump(head, vec![nd, next_i]));

    // walk(node, count, sum, bad): follow `next`, checking each node against
    // big[n - 1 - count] and check_node.
    let (wn, wc, ws, wbad) = (
        f.add_param(walk, Ty::Ref),
        f.add_param(walk, Ty::I64),
        f.add_param(walk, Ty::I64),
        f.add_param(walk, Ty::I64),
    );
    let step = f.new_block();
    let fin = f.new_block();
    let is_null = op(&mut f, walk, Op::ICmp(Cmp::Eq, wn, null), Ty::Bool);
    f.set_term(
        walk,
        Terminator::Branch {
            cond: is_null,
            then_block: fin,
            then_args: vec![],
            else_block: step,
            else_args: vec![],
        },
    );
    let v = op(
        &mut f,
        step,
        Op::Load {
            ty: Ty::I64,
            base: wn,
            offset: 16,
        },
        Ty::I64,
    );
    let good = op(&mut f, step, Op::Call(check_id, vec![wn, v]), Ty::Bool);
    let lim_s = i64c(&mut f, step, n - 1);
    let idx = op(&mut f, step, Op::Bin(BinOp::ISub, lim_s, wc), Ty::I64);
    let fromb = op(
        &mut f,
        step,
        Op::LoadItem {
            ty: Ty::Ref,
            base: big,
            items_offset: layout::array::ITEMS,
            index: idx,
        },
        Ty::Ref,
    );
    let same = op(&mut f, step, Op::ICmp(Cmp::Eq, fromb, wn), Ty::Bool);
    let vok = op(&mut f, step, Op::ICmp(Cmp::Eq, v, idx), Ty::Bool);
    let g = op(&mut f, step, Op::Bin(BinOp::And, good, same), Ty::Bool);
    let g = op(&mut f, step, Op::Bin(BinOp::And, g, vok), Ty::Bool);
    let g64 = op(&mut f, step, Op::Cast(Cast::ZExt, g, Ty::I64), Ty::I64);
    let one_s = i64c(&mut f, step, 1);
    let bad_now = op(&mut f, step, Op::Bin(BinOp::Xor, g64, one_s), Ty::I64);
    let bad2 = op(&mut f, step, Op::Bin(BinOp::Or, wbad, bad_now), Ty::I64);
    let c2 = op(&mut f, step, Op::Bin(BinOp::IAdd, wc, one_s), Ty::I64);
    let s2 = op(&mut f, step, Op::Bin(BinOp::IAdd, ws, v), Ty::I64);
    // An allocation during the walk, so `wn` and `big` must be reloaded.
    op(&mut f, step, Op::New(node), Ty::Ref);
    let nx = op(
        &mut f,
        step,
        Op::Load {
            ty: Ty::Ref,
            base: wn,
            offset: 8,
        },
        Ty::Ref,
    );
    f.set_term(step, Terminator::Jump(walk, vec![nx, c2, s2, bad2]));

    write_int(&mut f, fin, wc);
    newline(&mut f, fin);
    write_int(&mut f, fin, ws);
    newline(&mut f, fin);
    // The prebuilt holder points at the last node.
    let hv = op(&mut f, fin, Op::Prebuilt(holder), Ty::Ref);
    let last = op(
        &mut f,
        fin,
        Op::Load {
            ty: Ty::Ref,
            base: hv,
            offset: 8,
        },
        Ty::Ref,
    );
    let lv = op(
        &mut f,
        fin,
        Op::Load {
            ty: Ty::I64,
            base: last,
            offset: 16,
        },
        Ty::I64,
    );
    write_int(&mut f, fin, lv);
    newline(&mut f, fin);
    let one_f = i64c(&mut f, fin, 1);
    let ok = op(&mut f, fin, Op::Bin(BinOp::Xor, wbad, one_f), Ty::I64);
    write_int(&mut f, fin, ok);
    newline(&mut f, fin);
    f.set_term(fin, Terminator::Return(Some(zero)));
    m.entry = Some(m.add_func(f));
    m
}

fn alloc_expect(n: i64) -> String {
    format!("{n}\n{}\n{}\n1\n", n * (n - 1) / 2, n - 1)
}

#[test]
fn allocation_keeps_refs_across_collections() {
    // 200k nodes (each with a list, its item array and a garbage array):
    // many minor collections and at least one major cycle with the default
    // nursery.
    let n = 200_000;
    check(&alloc_module(n), "alloc", &[], &alloc_expect(n), 0);
}

#[test]
fn gc_stress_and_verify() {
    let n = 400;
    let m = alloc_module(n);
    let env = [("RPY_GC_STRESS", "1"), ("RPY_GC_VERIFY", "1")];
    check(&m, "stress", &env, &alloc_expect(n), 0);
    // A small nursery too, so objects survive several minor collections.
    let n = 20_000;
    let m = alloc_module(n);
    check(
        &m,
        "small-nursery",
        &[("RPY_GC_NURSERY", "64KB")],
        &alloc_expect(n),
        0,
    );
}

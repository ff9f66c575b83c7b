//! The runtime library on a real heap: every group of entry points runs
//! twice, once with the normal configuration and once collecting at every
//! allocation with the heap verifier on (RPY_GC_STRESS=1 + RPY_GC_VERIFY=1
//! in code), so that a reference the library forgot to root shows up as a
//! verifier report or a wrong result.

use rpy_runtime::abi::{rpy_gc_collect, rpy_shadowstack_top};
use rpy_runtime::exc::*;
use rpy_runtime::fmt_int::*;
use rpy_runtime::format_spec::*;
use rpy_runtime::io::*;
use rpy_runtime::lists::*;
use rpy_runtime::mathfn::*;
use rpy_runtime::numparse::*;
use rpy_runtime::objects::{self as o, kind, Ref};
use rpy_runtime::strings::*;
use rpy_runtime::testing::{self, str_items, take_exc, text, with_args, word_items, Arg};

const NONE: i64 = i64::MIN;

/// Runs `f` with the normal configuration and under stress + verify.
fn both(f: impl Fn()) {
    for stress in [false, true] {
        let ((), _) = testing::with_runtime(testing::config(stress), &f);
    }
}

/// Shadow-stack slots held by the test itself, as compiled code holds them.
struct Slots {
    base: *mut Ref,
}

impl Slots {
    unsafe fn new() -> Slots {
        Slots {
            base: rpy_shadowstack_top,
        }
    }
    unsafe fn push(&self, r: Ref) -> usize {
        let i = rpy_shadowstack_top.offset_from(self.base) as usize;
        *rpy_shadowstack_top = r;
        rpy_shadowstack_top = rpy_shadowstack_top.add(1);
        i
    }
    unsafe fn get(&self, i: usize) -> Ref {
        *self.base.add(i)
    }
    unsafe fn set(&self, i: usize, r: Ref) {
        *self.base.add(i) = r;
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        unsafe { rpy_shadowstack_top = self.base }
    }
}

unsafe fn s1(a: &str, f: impl FnOnce(Ref) -> Ref) -> String {
    with_args(&[Arg::Str(a)], |r| text(f(r[0])))
}

unsafe fn s2(a: &str, b: &str, f: impl FnOnce(Ref, Ref) -> Ref) -> String {
    with_args(&[Arg::Str(a), Arg::Str(b)], |r| text(f(r[0], r[1])))
}

#[test]
fn strings_basic() {
    both(|| unsafe {
        assert_eq!(
            s2("héllo", " wörld", |a, b| rpy_str_concat(a, b)),
            "héllo wörld"
        );
        assert_eq!(s1("ab", |a| rpy_str_repeat(a, 3)), "ababab");
        assert_eq!(s1("é", |a| rpy_str_repeat(a, 4)), "éééé");
        assert_eq!(s1("abc", |a| rpy_str_repeat(a, -1)), "");
        assert_eq!(s1("héllo", |a| rpy_str_getitem(a, -4)), "é");
        assert_eq!(s1("hello", |a| rpy_str_getitem(a, 1)), "e");
        with_args(&[Arg::Str("abc")], |r| {
            assert!(rpy_str_getitem(r[0], 3).is_null())
        });
        assert_eq!(
            take_exc(),
            Some(("IndexError".into(), "string index out of range".into()))
        );
        assert_eq!(s1("héllo wörld", |a| rpy_str_slice(a, 1, NONE, 2)), "él öl");
        assert_eq!(
            s1("héllo wörld", |a| rpy_str_slice(a, 2, 8, NONE)),
            "llo wö"
        );
        assert_eq!(s1("héllo", |a| rpy_str_slice(a, NONE, NONE, -1)), "olléh");
        with_args(&[Arg::Str("abc")], |r| {
            assert!(rpy_str_slice(r[0], 0, 1, 0).is_null())
        });
        assert_eq!(
            take_exc(),
            Some(("ValueError".into(), "slice step cannot be zero".into()))
        );
        with_args(&[Arg::Str("abc"), Arg::Str("abc")], |r| {
            assert!(rpy_str_eq(r[0], r[1]));
            assert_eq!(rpy_str_hash(r[0]), rpy_str_hash(r[1]));
            assert_eq!(rpy_str_cmp(r[0], r[1]), 0);
        });
        with_args(&[Arg::Str("abc"), Arg::Str("abd")], |r| {
            assert!(!rpy_str_eq(r[0], r[1]));
            assert_eq!(rpy_str_cmp(r[0], r[1]), -1);
            assert!(!rpy_str_contains(r[0], r[1]));
        });
        assert_eq!(s1("  Straße  ", |a| rpy_str_upper(a)), "  STRASSE  ");
        assert_eq!(s1("ΑΣ ΑΣ", |a| rpy_str_lower(a)), "ας ας");
        assert_eq!(
            s1("  x y  ", |a| rpy_str_strip(a, std::ptr::null_mut(), 0)),
            "x y"
        );
        assert_eq!(s2("xxhixy", "xy", |a, b| rpy_str_strip(a, b, 0)), "hi");
        assert_eq!(
            with_args(&[Arg::Str("aXbXc"), Arg::Str("X"), Arg::Str("--")], |r| {
                text(rpy_str_replace(r[0], r[1], r[2], -1))
            }),
            "a--b--c"
        );
        assert_eq!(s2("ab", "é", |a, f| rpy_str_center(a, 7, f)), "éééabéé");
        assert_eq!(s1("-42", |a| rpy_str_zfill(a, 6)), "-00042");
        assert_eq!(s1("a\n'é\u{7f}", |a| rpy_str_repr(a)), "\"a\\n'é\\x7f\"");
        assert_eq!(text(rpy_str_chr(0x1F600)), "😀");
        assert!(rpy_str_chr(0xD800).is_null());
        assert_eq!(take_exc().unwrap().0, "UnicodeError");
        with_args(&[Arg::Str("é")], |r| assert_eq!(rpy_str_ord(r[0]), 0xE9));
        with_args(&[Arg::Str("ab")], |r| assert_eq!(rpy_str_ord(r[0]), 0));
        assert_eq!(
            take_exc().unwrap().1,
            "ord() expected a character, but string of length 2 found"
        );
        with_args(&[Arg::Str("aé😀b")], |r| {
            // `r[0]` would be stale after an allocation: keep it in a slot.
            let slots = Slots::new();
            let i = slots.push(r[0]);
            let mut pos = 0;
            let mut n = 0;
            while pos < o::str_len(slots.get(i)) as i64 {
                let c = rpy_str_char_at(slots.get(i), pos);
                assert_eq!(text(c).chars().count(), 1);
                pos = rpy_str_next_pos(slots.get(i), pos);
                n += 1;
            }
            assert_eq!(n, 4);
        });
    });
}

#[test]
fn split_join() {
    both(|| unsafe {
        let parts = with_args(&[Arg::Str("  a  bé\u{3000}c \n")], |r| {
            str_items(rpy_str_split(r[0], std::ptr::null_mut(), -1))
        });
        assert_eq!(parts, ["a", "bé", "c"]);
        let parts = with_args(&[Arg::Str("a,b,,c"), Arg::Str(",")], |r| {
            str_items(rpy_str_rsplit(r[0], r[1], 2))
        });
        assert_eq!(parts, ["a,b", "", "c"]);
        with_args(&[Arg::Str("a"), Arg::Str("")], |r| {
            assert!(rpy_str_split(r[0], r[1], -1).is_null())
        });
        assert_eq!(
            take_exc(),
            Some(("ValueError".into(), "empty separator".into()))
        );
        let joined = with_args(
            &[Arg::Str("→"), Arg::StrList(vec!["x", "yé", "", "z"])],
            |r| text(rpy_str_join(r[0], r[1])),
        );
        assert_eq!(joined, "x→yé→→z");
        // A long split under stress: one collection per piece.
        let long: String = (0..300).map(|i| format!("w{i} ")).collect();
        let parts = with_args(&[Arg::Str(&long)], |r| {
            str_items(rpy_str_split(r[0], std::ptr::null_mut(), -1))
        });
        assert_eq!(parts.len(), 300);
        assert_eq!(parts[299], "w299");
    });
}

#[test]
fn string_builder_and_conversions() {
    both(|| unsafe {
        let slots = Slots::new();
        let sb = slots.push(rpy_strbuf_new(4));
        let mut want = String::new();
        for i in 0..200 {
            let piece = if i % 3 == 0 {
                format!("é{i}")
            } else {
                format!("{i},")
            };
            want.push_str(&piece);
            with_args(&[Arg::Str(&piece)], |r| {
                rpy_strbuf_append(slots.get(sb), r[0])
            });
        }
        assert_eq!(text(rpy_strbuf_build(slots.get(sb))), want);
        drop(slots);
        assert_eq!(text(rpy_int_to_str(-1234567)), "-1234567");
        assert_eq!(text(rpy_int_to_str(7)), "7");
        assert_eq!(text(rpy_bool_to_str(true)), "True");
        assert_eq!(text(rpy_float_repr(1e16)), "1e+16");
        assert_eq!(text(rpy_float_to_str(0.1)), "0.1");
        let r = with_args(&[Arg::Str(",.2f")], |r| {
            text(rpy_format_float(1234567.891, r[0]))
        });
        assert_eq!(r, "1,234,567.89");
        let r = with_args(&[Arg::Str("#x")], |r| text(rpy_format_int(255, r[0])));
        assert_eq!(r, "0xff");
        let r = with_args(&[Arg::Str("hé"), Arg::Str("*^6")], |r| {
            text(rpy_format_str(r[0], r[1]))
        });
        assert_eq!(r, "**hé**");
        with_args(&[Arg::Str("q")], |r| {
            assert!(rpy_format_int(1, r[0]).is_null())
        });
        assert_eq!(
            take_exc(),
            Some((
                "ValueError".into(),
                "Unknown format code 'q' for object of type 'int'".into()
            ))
        );
        with_args(&[Arg::Str(" 12_3 ")], |r| {
            assert_eq!(rpy_str_to_int(r[0]), 123)
        });
        with_args(&[Arg::Str("1.5e3")], |r| {
            assert_eq!(rpy_str_to_float(r[0]), 1500.0)
        });
        with_args(&[Arg::Str("x1")], |r| rpy_str_to_int(r[0]));
        assert_eq!(
            take_exc().unwrap().1,
            "invalid literal for int() with base 10: 'x1'"
        );
        assert_eq!(parse_int("12"), Ok(12));
    });
}

#[test]
fn lists() {
    both(|| unsafe {
        // Appending strs the way compiled code does: resize, then store.
        let slots = Slots::new();
        let l = slots.push(rpy_list_new(0, o::TID_REF_ARRAY as i64));
        for i in 0..100 {
            let s = rpy_int_to_str(i);
            let si = slots.push(s);
            let n = o::list_len(slots.get(l));
            rpy_list_resize(slots.get(l), n as i64 + 1);
            o::store_item_ref(o::list_items(slots.get(l)), n, slots.get(si));
            rpy_shadowstack_top = rpy_shadowstack_top.sub(1);
        }
        let gap = rpy_list_insert_gap(slots.get(l), -1000);
        assert_eq!(gap, 0);
        let s = rpy_str_chr(b'x' as i64);
        o::store_item_ref(o::list_items(slots.get(l)), 0, s);
        rpy_list_delete(slots.get(l), 50);
        let items = str_items(slots.get(l));
        assert_eq!(items.len(), 100);
        assert_eq!(items[0], "x");
        assert_eq!(items[50], "50");
        let sl = rpy_list_slice(slots.get(l), 90, NONE, NONE);
        assert_eq!(
            str_items(sl),
            (90..100).map(|i| i.to_string()).collect::<Vec<_>>()
        );
        rpy_list_del_slice(slots.get(l), 0, NONE, 2);
        assert_eq!(o::list_len(slots.get(l)), 50);
        rpy_list_extend(slots.get(l), slots.get(l));
        assert_eq!(o::list_len(slots.get(l)), 100);
        let c = slots.push(rpy_list_concat(slots.get(l), slots.get(l)));
        let r = rpy_list_repeat(slots.get(c), 3);
        assert_eq!(o::list_len(r), 600);
        rpy_list_sort_str(slots.get(l), false);
        let sorted = str_items(slots.get(l));
        let mut want = sorted.clone();
        want.sort();
        assert_eq!(sorted, want);
        rpy_list_reverse(slots.get(l));
        let cp = rpy_list_copy(slots.get(l));
        assert_eq!(str_items(cp)[0], want[99]);
        rpy_gc_collect();
        rpy_list_clear(slots.get(l));
        assert_eq!(o::list_len(slots.get(l)), 0);
        slots.set(l, std::ptr::null_mut());
        drop(slots);

        // Numbers, sorts with reverse and keys.
        with_args(&[Arg::IntList(vec![3, 1, 2, 1])], |r| {
            rpy_list_sort_int(r[0], true);
            assert_eq!(word_items::<i64>(r[0]), [3, 2, 1, 1]);
        });
        with_args(&[Arg::FloatList(vec![2.5, -1.0, 0.0, -0.0])], |r| {
            rpy_list_sort_float(r[0], false);
            let v: Vec<f64> = word_items(r[0]);
            assert_eq!(v, [-1.0, 0.0, -0.0, 2.5]);
            assert!(v[2].is_sign_negative());
        });
        with_args(
            &[
                Arg::StrList(vec!["b", "a", "c", "a2"]),
                Arg::IntList(vec![2, 1, 3, 1]),
            ],
            |r| {
                rpy_list_sort_by_keys(r[0], r[1], 0, false);
                assert_eq!(str_items(r[0]), ["a", "a2", "b", "c"]);
                assert_eq!(word_items::<i64>(r[1]), [1, 1, 2, 3]);
            },
        );
        with_args(&[Arg::IntList((0..10).collect())], |r| {
            let s = rpy_list_slice(r[0], 8, 1, -3);
            assert_eq!(word_items::<i64>(s), [8, 5, 2]);
        });
    });
}

#[test]
fn exceptions_survive_collections() {
    both(|| unsafe {
        let msg = format!("message {}", "x".repeat(40));
        with_args(&[Arg::Str(&msg)], |r| rpy_raise_kind(kind::KEY_ERROR, r[0]));
        assert!(pending());
        with_args(&[Arg::Str("f")], |r| rpy_traceback_add(r[0], 3));
        with_args(&[Arg::Str("main")], |r| rpy_traceback_add(r[0], 10));
        // Allocate a lot: the exception and its message move.
        for i in 0..2000 {
            rpy_int_to_str(i * 1_000_000);
        }
        rpy_gc_collect();
        let e = rpy_exc_current;
        assert!(rpy_exc_matches(e, kind::LOOKUP_ERROR));
        assert!(rpy_exc_matches(e, kind::EXCEPTION));
        assert!(!rpy_exc_matches(e, kind::VALUE_ERROR));
        let tb = traceback_text(e);
        assert_eq!(
            tb,
            format!(
                "Traceback (most recent call last):\n  File \"\", line 10, in main\n  \
                 File \"\", line 3, in f\nKeyError: {msg}\n"
            )
        );
        let e = rpy_exc_fetch();
        assert!(!pending());
        assert_eq!(text(rpy_exc_str(e)), msg);
        // A re-raise gets its traceback back.
        rpy_raise(e);
        assert!(traceback_text(rpy_exc_current).contains("line 3, in f"));
        rpy_exc_fetch();
        rpy_raise_memory_error();
        let e = rpy_exc_fetch();
        assert_eq!(text(rpy_exc_str(e)), "");
        assert!(rpy_exc_matches(e, kind::MEMORY_ERROR));
        rpy_sys_exit(3);
        let e = rpy_exc_fetch();
        assert!(rpy_exc_matches(e, kind::SYSTEM_EXIT));
        assert!(!rpy_exc_matches(e, kind::EXCEPTION));
        assert_eq!(text(rpy_exc_str(e)), "3");
        let e2 = rpy_exc_new(kind::VALUE_ERROR, std::ptr::null_mut());
        assert!(!pending());
        assert_eq!(describe(e2), (kind::VALUE_ERROR, String::new()));
        assert!(!rpy_check_recursion());
    });
}

#[test]
fn output_is_buffered_and_exact() {
    let ((), out) = testing::with_runtime(testing::config(false), || unsafe {
        with_args(&[Arg::Str("héllo")], |r| rpy_write_str(r[0]));
        rpy_write_byte(b' ' as i64);
        rpy_write_int(i64::MIN);
        rpy_write_byte(b' ' as i64);
        rpy_write_float(-0.0);
        rpy_write_byte(b' ' as i64);
        rpy_write_float(1.5e-7);
        rpy_write_byte(b' ' as i64);
        rpy_write_bool(false);
        rpy_write_byte(b'\n' as i64);
        for _ in 0..20000 {
            rpy_write_int(12345);
        }
    });
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("héllo -9223372036854775808 -0.0 1.5e-07 False\n12345"));
    assert_eq!(
        text.len(),
        "héllo -9223372036854775808 -0.0 1.5e-07 False\n".len() + 100000
    );
}

#[test]
fn math_errors() {
    both(|| unsafe {
        type Case = (fn() -> f64, &'static str, &'static str);
        let cases: Vec<Case> = vec![
            (|| rpy_math_sqrt(-1.0), "ValueError", "math domain error"),
            (|| rpy_math_exp(1000.0), "OverflowError", "math range error"),
            (|| rpy_math_log(0.0), "ValueError", "math domain error"),
            (
                || rpy_float_mod(1.0, 0.0),
                "ZeroDivisionError",
                "float modulo",
            ),
            (
                || rpy_float_floordiv(1.0, 0.0),
                "ZeroDivisionError",
                "float floor division by zero",
            ),
            (
                || rpy_float_pow(0.0, -1.0),
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ),
            (
                || rpy_float_pow(10.0, 400.0),
                "OverflowError",
                "(34, 'Numerical result out of range')",
            ),
        ];
        for (f, k, m) in cases {
            f();
            assert_eq!(take_exc(), Some((k.to_string(), m.to_string())));
        }
        rpy_math_floor(f64::INFINITY);
        assert_eq!(
            take_exc(),
            Some((
                "OverflowError".into(),
                "cannot convert float infinity to integer".into()
            ))
        );
        rpy_float_to_int(f64::NAN);
        assert_eq!(
            take_exc(),
            Some((
                "ValueError".into(),
                "cannot convert float NaN to integer".into()
            ))
        );
        assert_eq!(rpy_int_pow(3, 4), 81);
        rpy_int_pow(10, 19);
        assert_eq!(take_exc().unwrap().1, "integer overflow");
        assert_eq!(rpy_int_pow(-2, 63), i64::MIN);
        assert_eq!(rpy_int_round(1250, -2), 1200);
        assert_eq!(rpy_int_round(1350, -2), 1400);
        assert_eq!(rpy_int_round(-1250, -2), -1200);
        assert_eq!(rpy_float_round_int(2.5), 2);
        assert_eq!(rpy_float_round_int(-3.5), -4);
        assert_eq!(rpy_float_round(2.675, 2), 2.67);
        assert_eq!(rpy_float_mod(-1.0, 3.0), 2.0);
        assert_eq!(rpy_float_floordiv(-7.0, 2.0), -4.0);
        assert!(take_exc().is_none());
    });
}

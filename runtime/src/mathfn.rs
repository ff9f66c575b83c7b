//! Numeric operations with CPython's results and errors: `int(f)`,
//! `round()`, `**`, float `%` and `//`, and the `math` functions.
//!
//! What this module keeps true: every result is CPython 3.11's (libm is
//! the same glibc CPython calls, through Rust's `f64` methods), and every
//! error is CPython's exception and message, except where RPy's 64-bit ints
//! differ: an int result outside the 64-bit range raises OverflowError
//! "integer overflow", and `int ** negative int` raises ValueError.

use crate::exc::raise_str;
use crate::fmt_float;
use crate::objects::kind;

/// Converts an integral float to i64 with `int()`'s errors.
fn float_to_i64(x: f64) -> Result<i64, ()> {
    if x.is_nan() {
        raise_str(kind::VALUE_ERROR, "cannot convert float NaN to integer");
        return Err(());
    }
    if x.is_infinite() {
        raise_str(
            kind::OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        );
        return Err(());
    }
    // -2^63 is exact; 2^63 is the first value out of range.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&x) {
        Ok(x as i64)
    } else {
        raise_str(kind::OVERFLOW_ERROR, "integer overflow");
        Err(())
    }
}

/// `int(f)`.
#[no_mangle]
pub extern "C" fn rpy_float_to_int(x: f64) -> i64 {
    float_to_i64(x.trunc()).unwrap_or(0)
}

/// `round(x)` as CPython computes it: `round()` then half to even.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(f)` to an int.
#[no_mangle]
pub extern "C" fn rpy_float_round_int(x: f64) -> i64 {
    float_to_i64(round_half_even(x)).unwrap_or(0)
}

/// `round(f, n)`. A rounded value too large for a float (CPython:
/// OverflowError "rounded value too large to represent") gives infinity:
/// the contract says this entry point does not raise.
#[no_mangle]
pub extern "C" fn rpy_float_round(x: f64, n: i64) -> f64 {
    fmt_float::round(x, n).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// `round(i, n)`: half to even at `10^-n` for negative `n`; `i` itself for
/// `n >= 0`.
#[no_mangle]
pub extern "C" fn rpy_int_round(i: i64, n: i64) -> i64 {
    if n >= 0 {
        return i;
    }
    let i = i as i128;
    let k = n.unsigned_abs();
    if k > 19 {
        return 0;
    }
    let p = 10i128.pow(k as u32);
    // Python's divmod: floor division.
    let q = i.div_euclid(p);
    let r = i.rem_euclid(p);
    let twice = 2 * r;
    let q = if twice > p || (twice == p && q % 2 != 0) {
        q + 1
    } else {
        q
    };
    match i64::try_from(q * p) {
        Ok(v) => v,
        Err(_) => {
            raise_str(kind::OVERFLOW_ERROR, "integer overflow");
            0
        }
    }
}

/// `a ** b` on ints.
#[no_mangle]
pub extern "C" fn rpy_int_pow(a: i64, b: i64) -> i64 {
    if b < 0 {
        raise_str(
            kind::VALUE_ERROR,
            "integer ** negative integer is not supported in RPy (use a float)",
        );
        return 0;
    }
    let mut result: i64 = 1;
    let mut base = a;
    let mut e = b as u64;
    while e > 0 {
        if e & 1 == 1 {
            match result.checked_mul(base) {
                Some(v) => result = v,
                None => {
                    raise_str(kind::OVERFLOW_ERROR, "integer overflow");
                    return 0;
                }
            }
        }
        e >>= 1;
        if e > 0 {
            match base.checked_mul(base) {
                Some(v) => base = v,
                None => {
                    // e > 0: a later bit multiplies this square in, and
                    // |base| >= 2, so the result overflows too.
                    raise_str(kind::OVERFLOW_ERROR, "integer overflow");
                    return 0;
                }
            }
        }
    }
    result
}

/// `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` on floats (CPython's `float_pow`).
#[no_mangle]
pub extern "C" fn rpy_float_pow(v: f64, w: f64) -> f64 {
    if w == 0.0 {
        return 1.0;
    }
    if v.is_nan() {
        return v;
    }
    if w.is_nan() {
        return if v == 1.0 { 1.0 } else { w };
    }
    if w.is_infinite() {
        let av = v.abs();
        return if av == 1.0 {
            1.0
        } else if (w > 0.0) == (av > 1.0) {
            w.abs()
        } else {
            0.0
        };
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return if w > 0.0 {
            if odd {
                v
            } else {
                v.abs()
            }
        } else if odd {
            0.0f64.copysign(v)
        } else {
            0.0
        };
    }
    if v == 0.0 {
        if w < 0.0 {
            raise_str(
                kind::ZERO_DIVISION_ERROR,
                "0.0 cannot be raised to a negative power",
            );
            return 0.0;
        }
        return if is_odd_integer(w) { v } else { 0.0 };
    }
    let mut iv = v;
    let mut negate = false;
    if iv < 0.0 {
        if w != w.floor() {
            raise_str(kind::VALUE_ERROR, "math domain error");
            return 0.0;
        }
        iv = -iv;
        negate = is_odd_integer(w);
    }
    if iv == 1.0 {
        return if negate { -1.0 } else { 1.0 };
    }
    let r = iv.powf(w);
    if r.is_infinite() {
        raise_str(
            kind::OVERFLOW_ERROR,
            "(34, 'Numerical result out of range')",
        );
        return 0.0;
    }
    if negate {
        -r
    } else {
        r
    }
}

/// `a % b` on floats.
#[no_mangle]
pub extern "C" fn rpy_float_mod(v: f64, w: f64) -> f64 {
    if w == 0.0 {
        raise_str(kind::ZERO_DIVISION_ERROR, "float modulo");
        return 0.0;
    }
    let m = v % w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m + w
        } else {
            m
        }
    } else {
        0.0f64.copysign(w)
    }
}

/// `a // b` on floats.
#[no_mangle]
pub extern "C" fn rpy_float_floordiv(v: f64, w: f64) -> f64 {
    if w == 0.0 {
        raise_str(kind::ZERO_DIVISION_ERROR, "float floor division by zero");
        return 0.0;
    }
    let m = v % w;
    let mut div = (v - m) / w;
    if m != 0.0 && (w < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    if div != 0.0 {
        let mut fl = div.floor();
        if div - fl > 0.5 {
            fl += 1.0;
        }
        fl
    } else {
        0.0f64.copysign(v / w)
    }
}

/// CPython's `math_1`: NaN from a non-NaN argument is a domain error; an
/// infinity from a finite argument is a range error (`can_overflow`) or a
/// domain error (a singularity).
fn math_1(x: f64, r: f64, can_overflow: bool) -> f64 {
    if r.is_nan() && !x.is_nan() {
        raise_str(kind::VALUE_ERROR, "math domain error");
        return 0.0;
    }
    if r.is_infinite() && x.is_finite() {
        if can_overflow {
            raise_str(kind::OVERFLOW_ERROR, "math range error");
        } else {
            raise_str(kind::VALUE_ERROR, "math domain error");
        }
        return 0.0;
    }
    r
}

/// CPython's `m_log` family: log of 0 and of negative numbers is a domain
/// error; log(inf) = inf, log(nan) = nan.
fn log_with(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x > 0.0 {
        return f(x);
    }
    raise_str(kind::VALUE_ERROR, "math domain error");
    0.0
}

#[no_mangle]
pub extern "C" fn rpy_math_sqrt(x: f64) -> f64 {
    math_1(x, x.sqrt(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_exp(x: f64) -> f64 {
    math_1(x, x.exp(), true)
}

#[no_mangle]
pub extern "C" fn rpy_math_log(x: f64) -> f64 {
    log_with(x, f64::ln)
}

#[no_mangle]
pub extern "C" fn rpy_math_log2(x: f64) -> f64 {
    log_with(x, f64::log2)
}

#[no_mangle]
pub extern "C" fn rpy_math_log10(x: f64) -> f64 {
    log_with(x, f64::log10)
}

#[no_mangle]
pub extern "C" fn rpy_math_sin(x: f64) -> f64 {
    math_1(x, x.sin(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_cos(x: f64) -> f64 {
    math_1(x, x.cos(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_tan(x: f64) -> f64 {
    math_1(x, x.tan(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_asin(x: f64) -> f64 {
    math_1(x, x.asin(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_acos(x: f64) -> f64 {
    math_1(x, x.acos(), false)
}

#[no_mangle]
pub extern "C" fn rpy_math_atan(x: f64) -> f64 {
    x.atan()
}

/// `math.atan2(y, x)` (CPython's `m_atan2`: special values handled before
/// libm, NaN arguments give the canonical NaN).
#[no_mangle]
pub extern "C" fn rpy_math_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `math.hypot(x, y)`: CPython 3.11's `vector_norm` (an accurate scaled
/// sum of squares with a differential correction, not libm's `hypot`): an
/// infinite argument wins over NaN; overflow gives inf without an error.
#[no_mangle]
pub extern "C" fn rpy_math_hypot(x: f64, y: f64) -> f64 {
    let (x, y) = (x.abs(), y.abs());
    if x.is_infinite() || y.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    vector_norm(&mut [x, y], x.max(y))
}

/// CPython 3.11's `vector_norm` for finite, non-negative `vec` whose
/// largest element is `max`.
fn vector_norm(vec: &mut [f64], max: f64) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE);
    }
    let scale = ldexp1(-max_e);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `e` of `frexp(x)` (`x = m * 2^e`, `0.5 <= m < 1`), for a
/// finite positive `x`.
fn frexp_exp(x: f64) -> i32 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    if biased == 0 {
        // Subnormal: normalise.
        let lz = (bits << 12).leading_zeros() as i32;
        -1022 - lz
    } else {
        biased - 1022
    }
}

/// `2^e` for `-1074 <= e <= 1023` (exact; subnormal below -1022).
fn ldexp1(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `math.pow(x, y)` (CPython's `math_pow_impl`).
#[no_mangle]
pub extern "C" fn rpy_math_pow(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        return if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    }
    let r = x.powf(y);
    if r.is_nan() {
        raise_str(kind::VALUE_ERROR, "math domain error");
        return 0.0;
    }
    if r.is_infinite() {
        if x == 0.0 {
            raise_str(kind::VALUE_ERROR, "math domain error");
        } else {
            raise_str(kind::OVERFLOW_ERROR, "math range error");
        }
        return 0.0;
    }
    r
}

#[no_mangle]
pub extern "C" fn rpy_math_fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.floor(x)` as an int.
#[no_mangle]
pub extern "C" fn rpy_math_floor(x: f64) -> i64 {
    float_to_i64(x.floor()).unwrap_or(0)
}

/// `math.ceil(x)` as an int.
#[no_mangle]
pub extern "C" fn rpy_math_ceil(x: f64) -> i64 {
    float_to_i64(x.ceil()).unwrap_or(0)
}

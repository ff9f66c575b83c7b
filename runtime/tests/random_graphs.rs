//! Randomized tests: random object graphs of mixed types built and mutated
//! through the shadow stack and the write barrier, checked against a model
//! after every collection, with the heap verifier on before and after every
//! collection. 1,000 seeds run in CI; the long run is `#[ignore]`d:
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/target-gc cargo test -p rpy-runtime --release \
//!     --test random_graphs -- --ignored
//! ```
//! (`RPY_GC_SEEDS=100000` and `RPY_GC_SEED_START=N` change the long run.)

mod common;
use common::run_seed;

const OPS: usize = 2000;

fn seeds(range: std::ops::Range<u64>) {
    let mut comparisons = 0;
    for seed in range {
        let r = std::panic::catch_unwind(|| run_seed(seed, OPS));
        match r {
            Ok(c) => comparisons += c,
            Err(_) => panic!("seed {seed} failed (rerun with run_seed({seed}, {OPS}))"),
        }
    }
    assert!(comparisons > 0);
}

// 1,000 seeds, split so that the two CI cores share them.
#[test]
fn seeds_0000_0250() {
    seeds(0..250);
}
#[test]
fn seeds_0250_0500() {
    seeds(250..500);
}
#[test]
fn seeds_0500_0750() {
    seeds(500..750);
}
#[test]
fn seeds_0750_1000() {
    seeds(750..1000);
}

/// The long run: 20,000 seeds of 3,000 operations each by default.
#[test]
#[ignore]
fn long_run() {
    let n: u64 = std::env::var("RPY_GC_SEEDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let start: u64 = std::env::var("RPY_GC_SEED_START")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    for seed in start..start + n {
        if std::panic::catch_unwind(|| run_seed(seed, 3000)).is_err() {
            panic!("seed {seed} failed (rerun with run_seed({seed}, 3000))");
        }
    }
}

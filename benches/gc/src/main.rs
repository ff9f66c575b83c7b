//! GC benchmarks (not tests: they never fail on speed).
//!
//! Each workload runs twice in fresh child processes, once through the rpy
//! GC ABI and once with malloc/free, both written in C (c/workloads.c) and
//! compiled with `cc -O2`. Prints a table: time, allocation rate, total GC
//! time, longest pause, collections, peak RSS and the live set.
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/target-gc cargo run --release -p rpy-gc-bench -- [--depths 16,18,20] [--array-mb 256] [--stores N]
//! ```
//! `--array-mb 1024` gives the 1 GB live-heap pause figure. The collector's
//! environment knobs (`RPY_GC_NURSERY`, `RPY_GC_INCREMENTAL=0`, ...) apply.

use rpy_runtime::stats::RpyGcStats;
use std::process::Command;
use std::time::Instant;

extern "C" {
    static mut bench_malloc_bytes: u64;
    fn bench_bt_malloc(depth: i32) -> i64;
    fn bench_bt_gc(depth: i32) -> i64;
    fn bench_array_malloc(n: i64, stores: i64, seed: u64) -> i64;
    fn bench_array_gc(n: i64, stores: i64, seed: u64) -> i64;
    fn bench_gc_init() -> i32;
}

/// Bytes per array element in the GC version: a 32-byte item plus its slot.
const ITEM_BYTES: u64 = 40;

fn child(args: &[String]) {
    let kind = args[0].as_str();
    let a: i64 = args[1].parse().unwrap();
    let b: i64 = args.get(2).map_or(0, |s| s.parse().unwrap());
    let gc = kind.ends_with("gc");
    if gc {
        // SAFETY: called once, before any allocation.
        assert_eq!(unsafe { bench_gc_init() }, 0, "rpy_gc_init failed");
    }
    let t0 = Instant::now();
    // SAFETY: the workloads are self-contained C functions.
    let check = unsafe {
        match kind {
            "bt-gc" => bench_bt_gc(a as i32),
            "bt-malloc" => bench_bt_malloc(a as i32),
            "array-gc" => bench_array_gc(a, b, 12345),
            "array-malloc" => bench_array_malloc(a, b, 12345),
            _ => panic!("unknown workload {kind}"),
        }
    };
    let secs = t0.elapsed().as_secs_f64();
    let mut s = RpyGcStats::default();
    if gc {
        // SAFETY: the collector is initialised.
        unsafe { rpy_runtime::abi::rpy_gc_get_stats(&mut s) };
    } else {
        // SAFETY: plain read of a C global after the workload.
        s.bytes_allocated = unsafe { *std::ptr::addr_of!(bench_malloc_bytes) };
    }
    let rss = rpy_runtime::peak_rss().unwrap_or(0);
    println!(
        "RESULT {secs} {check} {} {} {} {} {} {} {rss}",
        s.bytes_allocated,
        s.total_pause_ns,
        s.max_pause_ns,
        s.minor_collections,
        s.major_collections,
        s.peak_heap
    );
    if gc {
        // SAFETY: no GC object is used after this.
        unsafe { rpy_runtime::abi::rpy_gc_shutdown() };
    }
}

struct Row {
    secs: f64,
    check: i64,
    bytes: u64,
    gc_ns: u64,
    max_ns: u64,
    minors: u64,
    majors: u64,
    rss: u64,
}

fn run(kind: &str, args: &[String]) -> Row {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .arg("--child")
        .arg(kind)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("RESULT "))
        .unwrap_or_else(|| {
            panic!(
                "{kind} {args:?} failed: {:?}\n{text}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let f: Vec<&str> = line.split_whitespace().skip(1).collect();
    Row {
        secs: f[0].parse().unwrap(),
        check: f[1].parse().unwrap(),
        bytes: f[2].parse().unwrap(),
        gc_ns: f[3].parse().unwrap(),
        max_ns: f[4].parse().unwrap(),
        minors: f[5].parse().unwrap(),
        majors: f[6].parse().unwrap(),
        rss: f[8].parse().unwrap(),
    }
}

fn mb(b: u64) -> f64 {
    b as f64 / (1 << 20) as f64
}

fn print_pair(name: &str, live: u64, gc: &Row, ma: &Row) {
    assert_eq!(gc.check, ma.check, "{name}: the two versions disagree");
    for (label, r) in [("rpy gc", gc), ("malloc", ma)] {
        let is_gc = label == "rpy gc";
        println!(
            "{:<22} {:<7} {:>8.3} {:>9.0} {:>9} {:>9} {:>7} {:>6} {:>9.1} {:>8.1} {:>7}",
            name,
            label,
            r.secs,
            mb(r.bytes) / r.secs,
            if is_gc {
                format!("{:.1}", r.gc_ns as f64 / 1e6)
            } else {
                "-".into()
            },
            if is_gc {
                format!("{:.2}", r.max_ns as f64 / 1e6)
            } else {
                "-".into()
            },
            if is_gc {
                r.minors.to_string()
            } else {
                "-".into()
            },
            if is_gc {
                r.majors.to_string()
            } else {
                "-".into()
            },
            mb(r.rss),
            mb(live),
            if is_gc {
                format!("{:.2}x", gc.secs / ma.secs)
            } else {
                String::new()
            },
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..]);
        return;
    }
    let mut depths = vec![16, 18, 20];
    let mut array_mb: u64 = 256;
    let mut stores: Option<u64> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--depths" => {
                depths = it
                    .next()
                    .unwrap()
                    .split(',')
                    .map(|d| d.parse().unwrap())
                    .collect()
            }
            "--array-mb" => array_mb = it.next().unwrap().parse().unwrap(),
            "--stores" => stores = Some(it.next().unwrap().parse().unwrap()),
            "--help" | "-h" => {
                println!("usage: rpy-gc-bench [--depths 16,18,20] [--array-mb 256] [--stores N]");
                return;
            }
            other => panic!("unknown argument {other}"),
        }
    }
    println!(
        "{:<22} {:<7} {:>8} {:>9} {:>9} {:>9} {:>7} {:>6} {:>9} {:>8} {:>7}",
        "workload",
        "impl",
        "time s",
        "alloc MB/s",
        "GC ms",
        "max pause",
        "minors",
        "majors",
        "peakRSS MB",
        "live MB",
        "gc/c"
    );
    for d in depths {
        let a = [d.to_string()];
        let gc = run("bt-gc", &a);
        let ma = run("bt-malloc", &a);
        // Peak live: the long-lived tree plus the biggest temporary one
        // (or the stretch tree), 24-byte nodes.
        let live = (1u64 << (d + 2)) * 24;
        print_pair(&format!("binary-trees {d}"), live, &gc, &ma);
    }
    if array_mb > 0 {
        let n = array_mb * (1 << 20) / ITEM_BYTES;
        let stores = stores.unwrap_or(n * 2);
        let a = [n.to_string(), stores.to_string()];
        let gc = run("array-gc", &a);
        let ma = run("array-malloc", &a);
        print_pair(
            &format!("array {array_mb}MB {}M st", stores / 1_000_000),
            n * ITEM_BYTES,
            &gc,
            &ma,
        );
    }
}

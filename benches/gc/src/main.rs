//! GC benchmarks (not tests: they never fail on speed).
//!
//! Each workload runs twice in fresh child processes, once through the rpy
//! GC ABI and once with malloc/free, both written in C (c/workloads.c) and
//! compiled with `cc -O2`. Prints a table: time, allocation rate, total GC
//! time, longest pause, collections, peak RSS and the live set.
//!
//! Peak RSS is shown twice: `peakRSS` is the whole child process's
//! `VmHWM`; `adj` subtracts `base`, the RSS just before the workload starts
//! (the binary, libc and Rust std pages, the harness; about 2.2 MB, the
//! same in both versions; the GC's nursery is mapped by then but not yet
//! touched). Both are divided by the target `2 x live + nursery` (`raw/t`,
//! `adj/t`; under 1.00 meets it).
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/target-gc cargo run --release -p rpy-gc-bench -- \
//!     [--depths 16,18,20] [--array-mb 256] [--stores N] [--runs N] [--stats] [--gc-only]
//! ```
//! `--array-mb 1024` gives the 1 GB live-heap pause figure. `--runs N` runs
//! every child N times and prints the median of each column (the machine is
//! shared, so single runs are noisy); `--stats` also prints each GC run's
//! collector report (pause histogram, time per phase, the phases of the
//! longest pause); `--gc-only` skips the malloc runs; `--measure-live` ends
//! the array workload with a full collection and prints the live bytes it
//! found, in one extra run, and uses it as the live set (the items' `other`
//! pointers keep replaced items alive, so the real live set is above the
//! estimate of array plus items). The collector's
//! environment knobs (`RPY_GC_NURSERY`, `RPY_GC_INCREMENTAL=0`, ...) apply.

use rpy_runtime::stats::RpyGcStats;
use std::process::Command;
use std::time::Instant;

extern "C" {
    static mut bench_malloc_bytes: u64;
    static mut bench_measure_live: i32;
    static bench_live_bytes: u64;
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
    let b: i64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let gc = kind.ends_with("gc");
    let measure_live = args.iter().any(|a| a == "--measure-live");
    if gc {
        // SAFETY: called once, before any allocation.
        assert_eq!(unsafe { bench_gc_init() }, 0, "rpy_gc_init failed");
        // SAFETY: plain write of a C global before the workload.
        unsafe { *std::ptr::addr_of_mut!(bench_measure_live) = measure_live as i32 };
    }
    // What the process holds before the workload: code, libc and Rust std
    // pages, the harness's own data (the same in both versions; the GC's
    // nursery and tables are mapped but not yet touched).
    let base = rpy_runtime::current_rss().unwrap_or(0);
    let nursery = if gc {
        // SAFETY: the collector is initialised.
        unsafe { rpy_runtime::abi::nursery_bytes() }
    } else {
        0
    };
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
    if gc && measure_live {
        // SAFETY: plain read of a C global after the workload.
        let live = unsafe { *std::ptr::addr_of!(bench_live_bytes) };
        println!("{LIVE_PREFIX}{live} bytes");
    }
    if gc && args.iter().any(|a| a == "--stats") {
        // SAFETY: the collector is initialised.
        print!("{}", unsafe { rpy_runtime::abi::stats_report() });
    }
    println!(
        "RESULT {secs} {check} {} {} {} {} {} {} {rss} {base} {nursery}",
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

#[derive(Clone, Default)]
struct Row {
    secs: f64,
    check: i64,
    bytes: u64,
    gc_ns: u64,
    max_ns: u64,
    minors: u64,
    majors: u64,
    /// Peak RSS of the whole process (`VmHWM`).
    rss: u64,
    /// RSS just before the workload started.
    base: u64,
    /// Nursery size (0 for malloc runs).
    nursery: u64,
    /// Bytes live at the end (measured by a full collection).
    live: Option<u64>,
}

struct Opts {
    runs: usize,
    stats: bool,
    gc_only: bool,
    measure_live: bool,
}

/// Runs `kind` `opts.runs` times; the median of each column.
fn run(kind: &str, args: &[String], opts: &Opts) -> Row {
    let rows: Vec<Row> = (0..opts.runs).map(|_| run1(kind, args, opts)).collect();
    let med = |f: &dyn Fn(&Row) -> f64| -> f64 {
        let mut v: Vec<f64> = rows.iter().map(f).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    if opts.runs > 1 {
        let pauses: Vec<String> = rows
            .iter()
            .map(|r| format!("{:.2}", r.max_ns as f64 / 1e6))
            .collect();
        let times: Vec<String> = rows.iter().map(|r| format!("{:.3}", r.secs)).collect();
        println!(
            "# {kind} {args:?}: times {} s; longest pauses {} ms",
            times.join(" "),
            pauses.join(" ")
        );
    }
    Row {
        secs: med(&|r| r.secs),
        check: rows[0].check,
        bytes: rows[0].bytes,
        gc_ns: med(&|r| r.gc_ns as f64) as u64,
        max_ns: med(&|r| r.max_ns as f64) as u64,
        minors: med(&|r| r.minors as f64) as u64,
        majors: med(&|r| r.majors as f64) as u64,
        rss: med(&|r| r.rss as f64) as u64,
        base: med(&|r| r.base as f64) as u64,
        nursery: rows[0].nursery,
        live: None,
    }
}

fn run1(kind: &str, args: &[String], opts: &Opts) -> Row {
    run_child(kind, args, opts, false)
}

/// One extra run of `kind` that ends with a full collection: the bytes
/// really live at the end (`None` if the child did not say).
fn measure_live(kind: &str, args: &[String], opts: &Opts) -> Option<u64> {
    run_child(kind, args, opts, true).live
}

fn run_child(kind: &str, args: &[String], opts: &Opts, measure_live: bool) -> Row {
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new(exe);
    cmd.arg("--child").arg(kind).args(args);
    if opts.stats {
        // The collector measures each pause's CPU time and preemptions
        // only with RPY_GC_STATS (it also prints the report to stderr at
        // shutdown, which is not shown).
        cmd.arg("--stats").env("RPY_GC_STATS", "1");
    }
    if measure_live {
        cmd.arg("--measure-live");
    }
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    if opts.stats && !measure_live && kind.ends_with("gc") {
        for l in text.lines().filter(|l| !l.starts_with("RESULT ")) {
            println!("# {l}");
        }
    }
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
        base: f[9].parse().unwrap(),
        nursery: f[10].parse().unwrap(),
        live: text
            .lines()
            .find_map(|l| l.strip_prefix(LIVE_PREFIX))
            .and_then(|l| l.split_whitespace().next()?.parse().ok()),
    }
}

const LIVE_PREFIX: &str = "live after a full collection at the end: ";

fn mb(b: u64) -> f64 {
    b as f64 / (1 << 20) as f64
}

/// `live`: the live set of the GC version and of the malloc version (they
/// differ when the malloc version frees what the GC version keeps alive).
fn print_pair(name: &str, live: (u64, u64), gc: &Row, ma: Option<&Row>) {
    if let Some(ma) = ma {
        assert_eq!(gc.check, ma.check, "{name}: the two versions disagree");
    }
    let mut rows = vec![("rpy gc", gc)];
    rows.extend(ma.map(|m| ("malloc", m)));
    for (label, r) in rows {
        let is_gc = label == "rpy gc";
        let live = if is_gc { live.0 } else { live.1 };
        // The target: peak RSS under 2x the live set plus the nursery
        // (the GC run's nursery, for both rows). `raw` is the whole
        // process's peak; `adj` subtracts what the process held before
        // the workload started (same in both versions).
        let target = 2 * live + gc.nursery;
        let adj = r.rss.saturating_sub(r.base);
        println!(
            "{:<22} {:<7} {:>8.3} {:>9.0} {:>9} {:>9} {:>7} {:>6} {:>9.1} {:>6.1} {:>8.1} {:>8.1} {:>8.1} {:>6.2} {:>6.2} {:>7}",
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
            mb(r.base),
            mb(adj),
            mb(live),
            mb(target),
            r.rss as f64 / target as f64,
            adj as f64 / target as f64,
            match ma {
                Some(ma) if is_gc => format!("{:.2}x", gc.secs / ma.secs),
                _ => String::new(),
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
    let mut opts = Opts {
        runs: 1,
        stats: false,
        gc_only: false,
        measure_live: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--depths" => {
                depths = it
                    .next()
                    .unwrap()
                    .split(',')
                    .filter(|d| !d.is_empty())
                    .map(|d| d.parse().unwrap())
                    .collect()
            }
            "--array-mb" => array_mb = it.next().unwrap().parse().unwrap(),
            "--stores" => stores = Some(it.next().unwrap().parse().unwrap()),
            "--runs" => opts.runs = it.next().unwrap().parse::<usize>().unwrap().max(1),
            "--stats" => opts.stats = true,
            "--gc-only" => opts.gc_only = true,
            "--measure-live" => opts.measure_live = true,
            "--help" | "-h" => {
                println!(
                    "usage: rpy-gc-bench [--depths 16,18,20] [--array-mb 256] [--stores N] \
                     [--runs N] [--stats] [--gc-only] [--measure-live]"
                );
                return;
            }
            other => panic!("unknown argument {other}"),
        }
    }
    println!(
        "{:<22} {:<7} {:>8} {:>9} {:>9} {:>9} {:>7} {:>6} {:>9} {:>6} {:>8} {:>8} {:>8} {:>6} {:>6} {:>7}",
        "workload",
        "impl",
        "time s",
        "alloc MB/s",
        "GC ms",
        "max pause",
        "minors",
        "majors",
        "peakRSS MB",
        "base",
        "adj MB",
        "live MB",
        "2L+N MB",
        "raw/t",
        "adj/t",
        "gc/c"
    );
    println!(
        "# peakRSS: the whole process's peak (VmHWM); base: its RSS just before the \
         workload (code, libc, harness); adj = peakRSS - base; target t = 2 x live + \
         nursery; raw/t and adj/t under 1.00 meet it"
    );
    for d in depths {
        let a = [d.to_string()];
        let gc = run("bt-gc", &a, &opts);
        let ma = (!opts.gc_only).then(|| run("bt-malloc", &a, &opts));
        // Peak live: the long-lived tree plus the biggest temporary one
        // (or the stretch tree), 24-byte nodes.
        let live = (1u64 << (d + 2)) * 24;
        print_pair(&format!("binary-trees {d}"), (live, live), &gc, ma.as_ref());
    }
    if array_mb > 0 {
        let n = array_mb * (1 << 20) / ITEM_BYTES;
        let stores = stores.unwrap_or(n * 2);
        let a = [n.to_string(), stores.to_string()];
        let gc = run("array-gc", &a, &opts);
        let ma = (!opts.gc_only).then(|| run("array-malloc", &a, &opts));
        // The estimate counts the array and the items in it; the items'
        // `other` pointers also keep some replaced items alive.
        let estimate = n * ITEM_BYTES;
        let mut live = estimate;
        if opts.measure_live {
            if let Some(l) = measure_live("array-gc", &a, &opts) {
                println!(
                    "# array: live at the end (full collection) {:.1} MB, estimate {:.1} MB",
                    mb(l),
                    mb(estimate)
                );
                live = l;
            }
        }
        print_pair(
            &format!("array {array_mb}MB {}M st", stores / 1_000_000),
            (live, estimate),
            &gc,
            ma.as_ref(),
        );
    }
}

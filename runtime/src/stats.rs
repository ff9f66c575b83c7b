//! Collection statistics: counts, bytes, heap peak, pause times and where
//! the time of each pause went (per phase), printed at shutdown when
//! `RPY_GC_STATS=1`.
//!
//! Every collection pause is split into [`Work`] phases; the collector calls
//! [`Stats::lap`] at each phase boundary, and [`Stats::record_pause`] at the
//! end of the pause folds the phase times into totals and maxima and keeps
//! the breakdown of the longest pause, so an outlier can be attributed.
//! On Linux each pause also records the thread's CPU time, page faults and
//! involuntary context switches, which tell a pause that did work from one
//! the scheduler stretched (the thread was preempted during it).

use std::time::{Duration, Instant};

/// The phases a pause is split into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Minor: rescanning the set cards of card-marked arrays (including
    /// copying the young objects they point to).
    Cards,
    /// Minor: rescanning remembered objects (including copies).
    Remembered,
    /// Minor: the shadow stack (including copies).
    Roots,
    /// Minor: tracing the copies (Cheney scan, copying what they reach).
    Copy,
    /// Minor: zeroing the used part of the nursery.
    Clear,
    /// Major: greying the roots at the start of a cycle (or a rescan).
    MarkRoots,
    /// Major: marking steps.
    Mark,
    /// Major: sweeping size-class pages.
    Sweep,
    /// Major: sweeping (and freeing) large objects.
    SweepLarge,
    /// Major: unmapping empty arenas.
    Release,
}

pub const N_WORK: usize = 10;
pub const WORK_NAMES: [&str; N_WORK] = [
    "cards",
    "remembered",
    "roots",
    "copy",
    "clear",
    "mark roots",
    "mark",
    "sweep",
    "sweep large",
    "release",
];

/// Upper bounds (ms) of the pause histogram buckets; the last bucket is
/// everything above the last bound.
pub const PAUSE_BUCKETS_MS: [f64; 7] = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0];

/// Time spent in one phase over the whole run.
#[derive(Clone, Copy, Debug, Default)]
pub struct WorkTime {
    pub total: Duration,
    /// Longest time of this phase within one pause.
    pub max: Duration,
}

/// Counters kept by every collector instance.
#[derive(Clone, Debug)]
pub struct Stats {
    pub minor_collections: u64,
    /// Major cycles completed (incremental or not).
    pub major_collections: u64,
    /// Incremental major steps run (marking or sweeping).
    pub major_steps: u64,
    /// Explicit or out-of-memory full collections.
    pub full_collections: u64,
    /// Bytes allocated by the program (nursery and direct old allocations).
    pub bytes_allocated: u64,
    /// Bytes copied out of the nursery.
    pub bytes_promoted: u64,
    /// Largest heap seen: nursery + old-generation pages + large objects.
    pub peak_heap: usize,
    /// Bytes of old objects that survived the last major collection.
    pub last_live: usize,
    /// Most entries the grey stack held at the end of a pause.
    pub gray_peak: usize,
    pub total_pause: Duration,
    pub max_pause: Duration,
    pub pauses: u64,
    /// Pauses per bucket of [`PAUSE_BUCKETS_MS`] (one more for the rest).
    pub histogram: [u64; PAUSE_BUCKETS_MS.len() + 1],
    /// Per-phase totals and maxima.
    pub work: [WorkTime; N_WORK],
    /// Per-phase times of the longest pause.
    pub longest: [Duration; N_WORK],
    /// Per-phase times of the pause in progress.
    current: [Duration; N_WORK],
    /// Start of the current phase.
    mark: Instant,
    /// Measure each pause's CPU time, page faults and preemptions (four
    /// system calls per pause: only with `RPY_GC_STATS`, never in stress
    /// mode).
    pub usage: bool,
    /// Thread usage at the start of the pause in progress.
    usage_start: Option<crate::os::ThreadUsage>,
    /// Of the longest pause (by the clock): CPU time, minor page faults and
    /// involuntary context switches (preemptions) during it.
    pub longest_usage: crate::os::ThreadUsage,
    /// Longest CPU time of one pause, and its per-phase times.
    pub max_pause_cpu: Duration,
    pub longest_cpu: [Duration; N_WORK],
    /// Longest pause (by the clock) during which the thread was not
    /// preempted.
    pub max_pause_unpreempted: Duration,
    /// Pauses of 10 ms or more, and how many of them were preempted.
    pub pauses_over_10ms: u64,
    pub pauses_over_10ms_preempted: u64,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            minor_collections: 0,
            major_collections: 0,
            major_steps: 0,
            full_collections: 0,
            bytes_allocated: 0,
            bytes_promoted: 0,
            peak_heap: 0,
            last_live: 0,
            gray_peak: 0,
            total_pause: Duration::ZERO,
            max_pause: Duration::ZERO,
            pauses: 0,
            histogram: [0; PAUSE_BUCKETS_MS.len() + 1],
            work: [WorkTime::default(); N_WORK],
            longest: [Duration::ZERO; N_WORK],
            current: [Duration::ZERO; N_WORK],
            mark: Instant::now(),
            usage: false,
            usage_start: None,
            longest_usage: crate::os::ThreadUsage::default(),
            max_pause_cpu: Duration::ZERO,
            longest_cpu: [Duration::ZERO; N_WORK],
            max_pause_unpreempted: Duration::ZERO,
            pauses_over_10ms: 0,
            pauses_over_10ms_preempted: 0,
        }
    }
}

impl Stats {
    /// Starts timing a pause: the next [`Stats::lap`] measures from now.
    #[inline]
    pub fn begin_pause(&mut self) -> Instant {
        if self.usage {
            self.usage_start = crate::os::thread_usage();
        }
        let now = Instant::now();
        self.mark = now;
        now
    }

    /// Charges the time since the last lap (or the pause start) to `w`.
    #[inline]
    pub fn lap(&mut self, w: Work) {
        let now = Instant::now();
        self.current[w as usize] += now - self.mark;
        self.mark = now;
    }

    /// Time since the last lap (or the pause start), not charged yet.
    #[inline]
    pub fn since_lap(&self) -> Duration {
        self.mark.elapsed()
    }

    /// Ends a pause of length `d` (time not charged to a phase is ignored).
    pub fn record_pause(&mut self, d: Duration) {
        self.total_pause += d;
        self.pauses += 1;
        let used = match (self.usage_start.take(), crate::os::thread_usage()) {
            (Some(a), Some(b)) if self.usage => Some(crate::os::ThreadUsage {
                cpu_ns: b.cpu_ns.saturating_sub(a.cpu_ns),
                minor_faults: b.minor_faults.saturating_sub(a.minor_faults),
                preemptions: b.preemptions.saturating_sub(a.preemptions),
            }),
            _ => None,
        };
        if let Some(u) = used {
            let cpu = Duration::from_nanos(u.cpu_ns);
            if cpu > self.max_pause_cpu {
                self.max_pause_cpu = cpu;
                self.longest_cpu = self.current;
            }
            if u.preemptions == 0 {
                self.max_pause_unpreempted = self.max_pause_unpreempted.max(d);
            }
            if d >= Duration::from_millis(10) {
                self.pauses_over_10ms += 1;
                if u.preemptions > 0 {
                    self.pauses_over_10ms_preempted += 1;
                }
            }
        }
        let ms = d.as_secs_f64() * 1000.0;
        let bucket = PAUSE_BUCKETS_MS
            .iter()
            .position(|&b| ms < b)
            .unwrap_or(PAUSE_BUCKETS_MS.len());
        self.histogram[bucket] += 1;
        for (w, c) in self.work.iter_mut().zip(self.current.iter()) {
            w.total += *c;
            w.max = w.max.max(*c);
        }
        if d >= self.max_pause {
            self.max_pause = d;
            self.longest = self.current;
            self.longest_usage = used.unwrap_or_default();
        }
        self.current = [Duration::ZERO; N_WORK];
    }

    /// The report printed by `RPY_GC_STATS=1`.
    pub fn report(&self, incremental: bool) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let mut s = format!(
            "rpy gc stats:\n\
             \x20 minor collections:   {}\n\
             \x20 major collections:   {} ({} incremental steps{})\n\
             \x20 full collections:    {}\n\
             \x20 bytes allocated:     {}\n\
             \x20 bytes promoted:      {}\n\
             \x20 peak heap:           {}\n\
             \x20 live after last major: {}\n\
             \x20 grey stack peak:     {} entries\n\
             \x20 pauses:              {} (longest {:.3} ms, total {:.3} ms)\n",
            self.minor_collections,
            self.major_collections,
            self.major_steps,
            if incremental {
                ""
            } else {
                ", incremental marking off"
            },
            self.full_collections,
            self.bytes_allocated,
            self.bytes_promoted,
            self.peak_heap,
            self.last_live,
            self.gray_peak,
            self.pauses,
            ms(self.max_pause),
            ms(self.total_pause),
        );
        if self.usage {
            let u = &self.longest_usage;
            s.push_str(&format!(
                "  longest pause: {:.3} ms CPU, {} page faults, {} preemptions\n\
                 \x20 longest CPU time of a pause: {:.3} ms; longest pause not preempted: {:.3} ms\n\
                 \x20 pauses of 10 ms or more: {} ({} preempted)\n",
                u.cpu_ns as f64 / 1e6,
                u.minor_faults,
                u.preemptions,
                ms(self.max_pause_cpu),
                ms(self.max_pause_unpreempted),
                self.pauses_over_10ms,
                self.pauses_over_10ms_preempted,
            ));
        }
        s.push_str("  pause histogram (ms):");
        let mut lo = 0.0;
        for (i, n) in self.histogram.iter().enumerate() {
            match PAUSE_BUCKETS_MS.get(i) {
                Some(hi) => s.push_str(&format!(" [{lo}-{hi}) {n}")),
                None => s.push_str(&format!(" [{lo}-) {n}")),
            }
            lo = PAUSE_BUCKETS_MS.get(i).copied().unwrap_or(0.0);
        }
        s.push('\n');
        s.push_str("  phase          total ms    max ms  in longest  in longest CPU\n");
        for (i, name) in WORK_NAMES.iter().enumerate() {
            let w = &self.work[i];
            s.push_str(&format!(
                "  {:<12} {:>10.1} {:>9.3} {:>10.3} {:>14.3}\n",
                name,
                ms(w.total),
                ms(w.max),
                ms(self.longest[i]),
                ms(self.longest_cpu[i])
            ));
        }
        s
    }
}

/// The statistics as a C struct (`rpy_gc_get_stats`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct RpyGcStats {
    pub minor_collections: u64,
    pub major_collections: u64,
    pub major_steps: u64,
    pub full_collections: u64,
    pub bytes_allocated: u64,
    pub bytes_promoted: u64,
    pub peak_heap: u64,
    pub heap_now: u64,
    pub last_live: u64,
    pub total_pause_ns: u64,
    pub max_pause_ns: u64,
    pub pauses: u64,
}

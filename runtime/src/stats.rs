//! Collection statistics: counts, bytes, heap peak and pause times, printed
//! at shutdown when `RPY_GC_STATS=1`.

use std::time::Duration;

/// Counters kept by every collector instance.
#[derive(Clone, Debug, Default)]
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
    pub total_pause: Duration,
    pub max_pause: Duration,
    pub pauses: u64,
}

impl Stats {
    pub fn record_pause(&mut self, d: Duration) {
        self.total_pause += d;
        self.max_pause = self.max_pause.max(d);
        self.pauses += 1;
    }

    /// The report printed by `RPY_GC_STATS=1`.
    pub fn report(&self, incremental: bool) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        format!(
            "rpy gc stats:\n\
             \x20 minor collections:   {}\n\
             \x20 major collections:   {} ({} incremental steps{})\n\
             \x20 full collections:    {}\n\
             \x20 bytes allocated:     {}\n\
             \x20 bytes promoted:      {}\n\
             \x20 peak heap:           {}\n\
             \x20 live after last major: {}\n\
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
            self.pauses,
            ms(self.max_pause),
            ms(self.total_pause),
        )
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

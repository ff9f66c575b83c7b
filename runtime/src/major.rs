//! Major collections of the old generation: incremental mark-sweep, in the
//! style of PyPy's incminimark.
//!
//! Phases: `Idle` -> `Marking` -> `Sweeping` -> `Idle`. A cycle starts at the
//! end of a minor collection once the old generation outgrows the threshold;
//! each later minor collection runs one bounded step. Steps only happen when
//! the nursery is empty, so marking never sees young objects.
//!
//! Colours: white = old and not VISITED; grey = on the grey stack (marked
//! when popped); black = VISITED and scanned (a large array is scanned in
//! chunks and is black up to its progress index).
//!
//! Marking invariant (incremental update): at the end of every step, no
//! black object whose barrier flag is set points to a white object that is
//! not on the grey stack. The barrier keeps it: a store into an old object
//! clears its flag and queues it, and the next minor collection rescans it
//! and greys what it points to if it is black (for card-marked arrays, what
//! the set cards below the marker's progress point to).
//! Prebuilt objects count as black (their contents were greyed when the
//! cycle started or when they were written).
//!
//! Objects created during marking (copies out of the nursery, large
//! allocations, id shadows) are white, so that those that die before
//! marking ends are freed by this cycle; a copy stored into a black object
//! is greyed at once. The shadow stack is not greyed at every minor
//! collection: marking ends when a step finds the grey stack empty *and* a
//! rescan of the shadow stack greys nothing new. If that rescan keeps
//! finding new objects (`white_rounds` times), the cycle falls back to the
//! black allocation of PyPy: new objects are born VISITED and the shadow
//! stack is greyed by every minor collection, so the next empty grey stack
//! ends marking. Either way everything reachable is VISITED when it ends.
//!
//! Sweeping frees objects without VISITED and clears the flag on the others;
//! objects allocated while it runs go to pages or lists it does not visit.
//! Empty arenas are unmapped a few at a time, by later steps.
//!
//! Every step is bounded twice: by a work budget in bytes (paced by the
//! bytes promoted since the last step) and by the clock
//! (`step_time_limit`). A step stopped by the clock records the fraction of
//! its budget it did (`step_done`), and the next minor collection comes
//! that much sooner (`minor.rs`), so the cycle keeps its pace per byte.

use crate::gc::Gc;
use crate::header::{flags, ObjPtr};
use crate::stats::Work;
use crate::trace;
use crate::types::TypeTable;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Hints the CPU to fetch the header of `p`.
#[inline(always)]
pub(crate) fn prefetch(p: ObjPtr) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Items of a large array scanned per grey-stack entry, so that one huge
/// array is marked over several steps.
pub const MARK_CHUNK_ITEMS: usize = 4096;
/// Sweeping is cheaper per byte than marking: a step sweeps this many times
/// its marking budget.
const SWEEP_FACTOR: usize = 8;
/// Grey entries processed between two looks at the clock (an array chunk
/// counts as one per 256 items).
const CLOCK_EVERY: u32 = 32;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Idle,
    Marking,
    Sweeping,
}

pub struct Major {
    pub phase: Phase,
    /// Grey objects, with the first item still to scan (0: not yet
    /// scanned, possibly already marked through another entry).
    pub gray: Vec<(ObjPtr, usize)>,
    /// Card-marked arrays the marker has started: items scanned so far.
    pub progress: HashMap<usize, usize>,
    /// Old-generation size that starts the next cycle.
    pub threshold: usize,
    /// Rescans of the shadow stack that found new objects, this cycle.
    pub rounds: u32,
    /// This cycle allocates black (after `white_rounds` rounds).
    pub black: bool,
    /// Fraction of its work budget the last marking or sweeping step did
    /// before the clock stopped it (1: not stopped by the clock).
    pub step_done: f64,
    small_done: bool,
    los_done: bool,
    live_bytes: usize,
}

impl Major {
    pub fn new(threshold: usize) -> Major {
        Major {
            phase: Phase::Idle,
            gray: Vec::new(),
            progress: HashMap::new(),
            threshold,
            rounds: 0,
            black: false,
            step_done: 1.0,
            small_done: false,
            los_done: false,
            live_bytes: 0,
        }
    }

    /// Objects created now must be born marked.
    #[inline]
    pub fn allocates_black(&self) -> bool {
        self.phase == Phase::Marking && self.black
    }
}

/// True once `deadline` (if any) has passed.
#[inline]
fn past(deadline: Option<Instant>) -> bool {
    deadline.is_some_and(|d| Instant::now() >= d)
}

impl Gc {
    /// True if a major cycle should start or advance now.
    pub(crate) fn major_wants_progress(&self) -> bool {
        match self.major.phase {
            Phase::Idle => self.old_bytes() > self.major.threshold,
            _ => self.old_alloc_since_step >= self.config.increment_step,
        }
    }

    /// Called at the end of every minor collection: starts a cycle or runs
    /// one step of the current one, and unmaps a few empty arenas.
    /// `allowance`: how long the step may take (`None`: no time bound).
    pub(crate) fn major_progress(&mut self, allowance: Option<Duration>) {
        let budget = self.step_budget();
        let deadline = allowance.map(|t| Instant::now() + t);
        match self.major.phase {
            Phase::Idle => {
                if self.old_bytes() > self.major.threshold || self.config.stress {
                    self.start_marking();
                    if !self.config.incremental {
                        self.finish_major();
                    } else if !self.config.stress && self.old_bytes() <= self.config.atomic_major {
                        // A small heap: the whole cycle now (see
                        // `atomic_major`).
                        self.stats.major_steps += 1;
                        self.finish_major();
                    } else {
                        self.major_step(budget, deadline);
                    }
                }
            }
            _ => self.major_step(budget, deadline),
        }
        if self.small.releasing() && !past(deadline) {
            self.small.release(deadline);
            self.stats.lap(Work::Release);
        }
    }

    fn step_budget(&mut self) -> usize {
        let paced = (self.old_alloc_since_step as f64 * self.config.step_ratio) as usize;
        self.old_alloc_since_step = 0;
        paced.max(self.config.increment_step)
    }

    /// One bounded step of marking or sweeping.
    fn major_step(&mut self, budget: usize, deadline: Option<Instant>) {
        self.stats.major_steps += 1;
        match self.major.phase {
            Phase::Idle => {}
            Phase::Marking => self.mark_step(budget, deadline),
            Phase::Sweeping => self.sweep(budget.saturating_mul(SWEEP_FACTOR), deadline),
        }
    }

    /// Marks for `budget` bytes or until `deadline`. Each time the grey
    /// stack empties, the shadow stack is rescanned (the nursery is empty,
    /// so every root is old); marking is complete when a rescan finds
    /// nothing new. Nothing runs between a rescan and the marking that
    /// follows it in the same step, so a rescan only has to find what the
    /// last minor collection promoted. A step that runs out with a rescan's
    /// finds still grey counts a round; after `white_rounds` rounds the
    /// cycle allocates black (and greys the roots at every minor
    /// collection), which bounds it.
    fn mark_step(&mut self, budget: usize, deadline: Option<Instant>) {
        let full = budget;
        let mut budget = budget;
        let mut rescanned = false;
        self.major.step_done = 1.0;
        while self.mark(&mut budget, deadline) {
            self.grey_roots();
            self.stats.lap(Work::MarkRoots);
            if self.major.gray.is_empty() {
                if std::env::var("RPY_GC_TRACE").is_ok() {
                    eprintln!(
                        "TRACE rss={} end-mark old={} heap={} rounds={} black={} minors={}",
                        trace_rss(),
                        self.old_bytes() >> 20,
                        self.heap_bytes() >> 20,
                        self.major.rounds,
                        self.major.black,
                        self.stats.minor_collections
                    );
                }
                self.start_sweeping();
                return;
            }
            rescanned = true;
        }
        if budget > 0 && past(deadline) {
            // Cut short by the clock: the mutator should allocate less
            // before the next step, so that marking keeps its pace per byte.
            self.major.step_done = (full - budget) as f64 / full as f64;
        }
        if rescanned {
            self.major.rounds += 1;
            if self.major.rounds >= self.config.white_rounds {
                self.major.black = true;
            }
        }
    }

    /// Runs the current cycle, if any, to its end without pauses in between,
    /// and unmaps the arenas it leaves empty.
    pub(crate) fn finish_major(&mut self) {
        if self.major.phase == Phase::Marking {
            self.mark_step(usize::MAX, None);
        }
        if self.major.phase == Phase::Sweeping {
            self.sweep(usize::MAX, None);
        }
        self.small.release(None);
        self.stats.lap(Work::Release);
    }

    /// Starts marking: greys everything the roots point to. The nursery is
    /// empty, so every root is old or prebuilt.
    pub(crate) fn start_marking(&mut self) {
        debug_assert_eq!(self.major.phase, Phase::Idle);
        self.major.phase = Phase::Marking;
        self.major.gray.clear();
        self.major.progress.clear();
        self.major.rounds = 0;
        self.major.black = self.config.white_rounds == 0;
        if std::env::var("RPY_GC_TRACE").is_ok() {
            eprintln!(
                "TRACE rss={} start old={} heap={} minors={}",
                trace_rss(),
                self.old_bytes() >> 20,
                self.heap_bytes() >> 20,
                self.stats.minor_collections
            );
        }
        self.grey_roots();
        let types = Rc::clone(&self.types);
        let roots = std::mem::take(&mut self.prebuilt_roots);
        for &obj in &roots {
            // SAFETY: prebuilt roots are valid objects with valid type ids.
            unsafe {
                let d = types.desc(crate::header::tid(obj));
                trace::all(d, obj, |s| self.grey(*s));
            }
        }
        self.prebuilt_roots = roots;
        self.stats.lap(Work::MarkRoots);
    }

    /// Greys what the shadow stack and the static root slots point to (all
    /// old: the nursery is empty).
    fn grey_roots(&mut self) {
        let mut slot = self.shadowstack.base;
        while slot < self.ss_top {
            // SAFETY: slots below the top hold null or object pointers.
            unsafe { self.grey(*slot) };
            slot = slot.wrapping_add(1);
        }
        for i in 0..self.static_roots.len() {
            // SAFETY: static root slots hold null or object pointers.
            unsafe { self.grey(*self.static_roots[i]) };
        }
    }

    /// Queues `p` for marking (grey) unless it is already marked or
    /// prebuilt. Used outside the marker (roots, minor collections), where
    /// the same objects are seen again and again.
    ///
    /// # Safety
    /// `p` must be null or a valid old or prebuilt object.
    #[inline(always)]
    pub(crate) unsafe fn grey(&mut self, p: ObjPtr) {
        if !p.is_null() && (*p).word & (flags::VISITED | flags::PREBUILT) == 0 {
            self.major.gray.push((p, 0));
        }
    }

    /// Queues `p` for marking without reading its header: the marker
    /// prefetches it now and checks it when popped, so that scanning a large
    /// array costs no serial cache miss per item.
    ///
    /// # Safety
    /// `p` must be null or a valid object pointer.
    #[inline(always)]
    pub(crate) unsafe fn grey_unchecked(&mut self, p: ObjPtr) {
        if !p.is_null() {
            prefetch(p);
            self.major.gray.push((p, 0));
        }
    }

    /// Scans grey objects until about `budget` bytes of work are done
    /// (subtracted from it) or `deadline` passed; true when none is left.
    /// Entries pass through a small FIFO so that each object's header was
    /// prefetched a few entries before it is read.
    fn mark(&mut self, budget: &mut usize, deadline: Option<Instant>) -> bool {
        const RING: usize = 16;
        let types = Rc::clone(&self.types);
        let mut ring = [(std::ptr::null_mut(), 0usize); RING];
        let (mut head, mut len) = (0usize, 0usize);
        let mut work = 0usize;
        let mut tick = 0u32;
        loop {
            while len < RING {
                let Some(e) = self.major.gray.pop() else {
                    break;
                };
                prefetch(e.0);
                ring[(head + len) % RING] = e;
                len += 1;
            }
            if len == 0 || work >= *budget {
                break;
            }
            // Look at the clock every few entries, and after each chunk of
            // a large array (4096 items greyed).
            tick += 1;
            if tick >= CLOCK_EVERY {
                tick = 0;
                if past(deadline) {
                    break;
                }
            }
            let (obj, from) = ring[head];
            head = (head + 1) % RING;
            len -= 1;
            // SAFETY: grey entries are valid old or prebuilt objects.
            unsafe {
                let w = (*obj).word;
                if from == 0 {
                    if w & (flags::VISITED | flags::PREBUILT) != 0 {
                        work += 8;
                        continue;
                    }
                    (*obj).word = w | flags::VISITED;
                }
                let d = types.desc(w as u32);
                if from == 0 {
                    trace::fixed(d, obj, |s| self.grey_unchecked(*s));
                }
                if d.items_have_ptrs() {
                    let n = TypeTable::length_of(d, obj);
                    let to = n.min(from + MARK_CHUNK_ITEMS);
                    // The rest of the array goes below this chunk's items,
                    // so that the grey stack holds one chunk at a time (and
                    // the items are marked while their prefetch is fresh).
                    if to < n {
                        self.major.gray.push((obj, to));
                    }
                    trace::items(d, obj, from, to, |s| self.grey_unchecked(*s));
                    work += 16 + d.ptr_offsets.len() * 8 + (to - from) * d.item_size;
                    tick += ((to - from) / 256) as u32;
                    if w & flags::HAS_CARDS != 0 {
                        self.major.progress.insert(obj as usize, to);
                    }
                } else {
                    work += 16 + d.ptr_offsets.len() * 8;
                }
            }
        }
        // Entries still in the ring go back on the stack.
        for i in 0..len {
            self.major.gray.push(ring[(head + i) % RING]);
        }
        *budget = budget.saturating_sub(work);
        self.stats.lap(Work::Mark);
        self.major.gray.is_empty()
    }

    /// During marking: items of card-marked array `obj` below the returned
    /// index were already scanned by the marker, so stores into them must
    /// grey the stored objects; items above will still be scanned.
    ///
    /// # Safety
    /// `obj` must be a valid card-marked array.
    pub(crate) unsafe fn marked_prefix(&self, obj: ObjPtr, len: usize) -> usize {
        if (*obj).word & flags::VISITED == 0 {
            return 0; // white: scanned in full if ever reached
        }
        // Black from birth (allocated or promoted during marking) if the
        // marker never scanned it.
        self.major
            .progress
            .get(&(obj as usize))
            .copied()
            .unwrap_or(len)
    }

    fn start_sweeping(&mut self) {
        self.major.phase = Phase::Sweeping;
        self.major.small_done = false;
        self.major.los_done = false;
        self.major.live_bytes = 0;
        self.major.progress.clear();
        self.small.start_sweep();
        self.los.start_sweep();
    }

    fn sweep(&mut self, budget: usize, deadline: Option<Instant>) {
        self.major.step_done = 1.0;
        if !self.major.small_done {
            let p = self.small.sweep(budget, deadline);
            if !p.done && p.work < budget && past(deadline) {
                // Cut short by the clock (see `mark_step`).
                self.major.step_done = p.work as f64 / budget as f64;
            }
            self.major.live_bytes += p.live_bytes;
            self.small_bytes -= p.freed_bytes;
            self.major.small_done = p.done;
            self.stats.lap(Work::Sweep);
        }
        if !self.major.los_done && !past(deadline) {
            // A large object costs about as much as one page to sweep.
            let p = self
                .los
                .sweep(budget / crate::pages::PAGE_SIZE + 1, deadline);
            self.major.live_bytes += p.live_bytes;
            self.major.los_done = p.done;
            self.stats.lap(Work::SweepLarge);
        }
        if self.major.small_done && self.major.los_done {
            self.major.phase = Phase::Idle;
            self.stats.major_collections += 1;
            self.stats.last_live = self.old_bytes();
            let next = (self.old_bytes() as f64 * self.config.growth_factor) as usize;
            self.major.threshold = next.max(self.config.min_major_threshold);
            self.small
                .trim(self.major.threshold.saturating_sub(self.old_bytes()));
            if std::env::var("RPY_GC_TRACE").is_ok() {
                eprintln!(
                    "TRACE rss={} end-sweep old={} heap={} threshold={} minors={}",
                    trace_rss(),
                    self.old_bytes() >> 20,
                    self.heap_bytes() >> 20,
                    self.major.threshold >> 20,
                    self.stats.minor_collections
                );
            }
        }
    }
}

fn trace_rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<usize>()
        .unwrap()
        / 256
}

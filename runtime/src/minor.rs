//! Minor collections: copy the nursery's survivors into the old generation.
//!
//! Roots of a minor collection: the shadow stack, the remembered set (old
//! objects written since the last minor collection) and the set cards of
//! card-marked arrays. Each young object reached is copied once (its header
//! then says FORWARDED and its second word holds the new address), and every
//! slot that pointed to it is updated. Copies get `TRACK_YOUNG_PTRS` (they are
//! old now) and, during major marking, `VISITED` (born black); the old
//! objects they point to are greyed.
//!
//! After a minor collection: the nursery is empty and zeroed, the remembered
//! set and card lists are empty, and every old object has its barrier flag.

use crate::gc::Gc;
use crate::header::{flags, ObjPtr};
use crate::major::Phase;
use crate::stats::Work;
use crate::types::TypeTable;
use crate::{cards, trace};
use std::rc::Rc;
use std::time::{Duration, Instant};

impl Gc {
    /// A minor collection and one step of the major cycle: what an
    /// allocation does when the nursery is full.
    pub fn collect_minor(&mut self) {
        self.collect_for_nursery();
    }

    pub(crate) fn collect_for_nursery(&mut self) {
        if self.in_collection {
            crate::fatal("collection requested during a collection");
        }
        self.in_collection = true;
        let t0 = Instant::now();
        self.check("before a minor collection");
        let t1 = self.stats.begin_pause();
        let used = self.nursery_free as usize - self.nursery.start as usize;
        let marking = self.major.phase == Phase::Marking;
        self.minor_collection();
        let took = t1.elapsed();
        self.adapt_nursery_fill(marking, used, took);
        self.major_progress(self.step_allowance(took));
        // The phase may have changed: fill the nursery as far as minor
        // collections of the new phase allow.
        self.reset_nursery_top();
        self.pace_major();
        self.stats.gray_peak = self.stats.gray_peak.max(self.major.gray.len());
        self.check("after a minor collection");
        self.stats.record_pause(t0.elapsed());
        self.note_heap_size();
        self.in_collection = false;
    }

    /// Time the major step after a minor collection that took `minor` may
    /// take: `step_time_limit`, less what the minor collection overran its
    /// target by (so that the whole pause stays near the sum of the two),
    /// but at least a quarter of it, so that marking keeps moving.
    fn step_allowance(&self, minor: Duration) -> Option<Duration> {
        let limit = self.config.step_time_limit?;
        let over = match self.config.minor_time_target {
            Some(t) => minor.saturating_sub(t),
            None => Duration::ZERO,
        };
        Some(limit.saturating_sub(over).max(limit / 4))
    }

    /// When the clock stopped the last major step before it did its
    /// budget (the budget is what keeps marking and sweeping ahead of the
    /// mutator, per byte allocated), fills the nursery in proportion before
    /// the next step, down to an eighth: more, shorter steps instead of a
    /// cycle that lasts longer (and lets the heap grow more) than paced.
    fn pace_major(&mut self) {
        let done = self.major.step_done;
        self.major.step_done = 1.0;
        if self.major.phase == Phase::Idle || self.config.stress || done >= 1.0 {
            return;
        }
        let min = (self.nursery.size / 8).max(8);
        let fill = ((self.fill_now() as f64 * done) as usize).max(min) & !7;
        let top = self.nursery.start.wrapping_add(fill);
        if top < self.nursery_top {
            self.nursery_top = top.max(self.nursery_free);
        }
    }

    /// Points `nursery_top` at the fill limit of the current phase.
    pub(crate) fn reset_nursery_top(&mut self) {
        self.nursery_top = if self.config.stress {
            self.nursery_free
        } else {
            self.nursery_free
                .max(self.nursery.start)
                .max(self.nursery.start.wrapping_add(self.fill_now()))
        };
    }

    /// Bytes of the nursery to fill before the next minor collection, in
    /// the current phase.
    #[inline]
    pub(crate) fn fill_now(&self) -> usize {
        self.nursery_fill[(self.major.phase == Phase::Marking) as usize]
    }

    /// Sets how much of the nursery to fill before the next minor
    /// collection, so that minor collections take about
    /// `minor_time_target`: their cost is about proportional to the bytes
    /// allocated between them (survivors to copy, cards to rescan). The
    /// rate is kept apart for minor collections during marking (which also
    /// grey what rescanned cards point to, several times dearer on big
    /// card-marked arrays) and the others, so that the first minor
    /// collection of a marking phase is not sized by the cheaper ones.
    fn adapt_nursery_fill(&mut self, marking: bool, used: usize, took: Duration) {
        let size = self.nursery.size;
        let Some(target) = self.config.minor_time_target else {
            return;
        };
        let min = (size / 8).max(8);
        // Collections of a nursery filled only in part (explicit ones, or
        // to make room for a large object) say little about the rate.
        if self.config.stress || used < min / 2 || took.is_zero() {
            return;
        }
        let ideal = used as f64 * target.as_secs_f64() / took.as_secs_f64();
        // Shrink at once, grow by at most half per collection.
        let cur = &mut self.nursery_fill[marking as usize];
        let grown = *cur + *cur / 2;
        *cur = (ideal as usize).min(grown).clamp(min, size) & !7;
    }

    /// A full, non-incremental collection (`gc.collect()`, out of memory):
    /// finishes any major cycle in progress, then runs a whole new one.
    pub fn collect_full(&mut self) {
        if self.in_collection {
            crate::fatal("collection requested during a collection");
        }
        self.in_collection = true;
        let t0 = Instant::now();
        self.check("before a full collection");
        self.stats.begin_pause();
        self.minor_collection();
        self.finish_major();
        self.start_marking();
        self.finish_major();
        self.old_alloc_since_step = 0;
        self.stats.full_collections += 1;
        self.note_heap_size();
        self.check("after a full collection");
        self.stats.record_pause(t0.elapsed());
        self.in_collection = false;
    }

    fn minor_collection(&mut self) {
        let types = Rc::clone(&self.types);
        let marking = self.major.phase == Phase::Marking;
        // Black allocation: copies are born black, so what they point to,
        // and what the roots point to, is greyed now.
        let black = self.major.allocates_black();
        let used = self.nursery_free as usize - self.nursery.start as usize;
        self.stats.minor_collections += 1;
        self.stats.bytes_allocated += used as u64;

        // SAFETY (whole block): the remembered set, card list and shadow
        // stack hold valid objects; every young object reached is valid
        // because the nursery holds objects laid end to end.
        unsafe {
            let carded = std::mem::take(&mut self.carded);
            for &obj in &carded {
                (*obj).word &= !flags::CARDS_SET;
                let d = types.desc(crate::header::tid(obj));
                let len = TypeTable::length_of(d, obj);
                // Only items the marker already scanned need greying.
                let scanned = if marking {
                    self.marked_prefix(obj, len)
                } else {
                    0
                };
                let mut runs = std::mem::take(&mut self.card_runs);
                cards::take_runs(obj, len, &mut runs);
                // Random stores leave scattered cards: prefetch the items of
                // the run 8 ahead, and (where greying will read them) the
                // headers they point to 4 runs ahead, so that the cache
                // misses overlap.
                let item0 = (obj as *const u8).add(d.size);
                for (k, &(from, to)) in runs.iter().enumerate() {
                    if let Some(&(ahead, _)) = runs.get(k + 8) {
                        crate::major::prefetch(item0.add(ahead * d.item_size) as ObjPtr);
                    }
                    if let Some(&(a, b)) = runs.get(k + 4) {
                        if a < scanned {
                            let b = b.min(scanned).min(a + 2 * cards::CARD_ITEMS);
                            trace::items(d, obj, a, b, |s| crate::major::prefetch(*s));
                        }
                    }
                    let mid = to.min(scanned).max(from);
                    trace::items(d, obj, from, mid, |s| self.visit(&types, s, true));
                    trace::items(d, obj, mid, to, |s| self.visit(&types, s, false));
                }
                runs.clear();
                self.card_runs = runs;
            }
            self.carded = carded;
            self.carded.clear();
            self.stats.lap(Work::Cards);

            let remembered = std::mem::take(&mut self.remembered);
            for &obj in &remembered {
                let w = (*obj).word | flags::TRACK_YOUNG_PTRS;
                (*obj).word = w;
                // A black (or prebuilt) object must not point to a white one.
                let grey = marking && (black || w & (flags::VISITED | flags::PREBUILT) != 0);
                let d = types.desc(w as u32);
                trace::all(d, obj, |s| self.visit(&types, s, grey));
            }
            self.remembered = remembered;
            self.remembered.clear();
            self.stats.lap(Work::Remembered);

            // The shadow stack is greyed when marking ends (a rescan), or
            // here if the cycle allocates black.
            let mut slot = self.shadowstack.base;
            while slot < self.ss_top {
                self.visit(&types, slot, black);
                slot = slot.add(1);
            }
            for i in 0..self.static_roots.len() {
                let slot = self.static_roots[i];
                self.visit(&types, slot, black);
            }
            self.stats.lap(Work::Roots);

            while let Some(obj) = self.scan.pop() {
                let d = types.desc(crate::header::tid(obj));
                trace::all(d, obj, |s| self.visit(&types, s, black));
            }
            self.stats.lap(Work::Copy);

            // Shadows left over belong to young objects that died: they stay
            // as unreachable old objects until the next sweep.
            self.shadows.clear();
            self.nursery.clear(self.nursery_free);
            self.stats.lap(Work::Clear);
        }
        self.nursery_free = self.nursery.start;
        self.reset_nursery_top();
    }

    /// Updates one slot: moves its young object out (once); with `grey`
    /// (the holder is black or a root of a black-allocating cycle), greys
    /// the object it now points to.
    #[inline(always)]
    unsafe fn visit(&mut self, types: &TypeTable, slot: *mut ObjPtr, grey: bool) {
        let p = *slot;
        if self.nursery.contains(p as *const u8) {
            let new = if (*p).word & flags::FORWARDED != 0 {
                *(p as *const ObjPtr).add(1)
            } else {
                self.promote(types, p)
            };
            *slot = new;
            if grey {
                self.grey(new);
            }
        } else if grey {
            self.grey(p);
        }
    }

    /// Copies young object `obj` to the old generation (black if the
    /// major cycle allocates black).
    unsafe fn promote(&mut self, types: &TypeTable, obj: ObjPtr) -> ObjPtr {
        let w = (*obj).word;
        let tid = w as u32;
        let d = types.desc(tid);
        let len = TypeTable::length_of(d, obj);
        let size = d.alloc_size(len);
        let shadow = if w & flags::HAS_SHADOW != 0 {
            self.shadows.remove(&(obj as usize))
        } else {
            None
        };
        let (new, loc) = match shadow {
            Some(s) => (s, (*s).word & (flags::LARGE | flags::HAS_CARDS)),
            None => self.alloc_old_copy(d, len, size),
        };
        if size <= 64 {
            // Small objects: a word loop beats a call to memcpy.
            for i in 0..size / 8 {
                *(new as *mut u64).add(i) = *(obj as *const u64).add(i);
            }
        } else {
            std::ptr::copy_nonoverlapping(obj as *const u8, new as *mut u8, size);
        }
        let mut nw = tid as u64 | flags::TRACK_YOUNG_PTRS | loc;
        if self.major.allocates_black() {
            nw |= flags::VISITED;
        }
        (*new).word = nw;
        (*obj).word = w | flags::FORWARDED;
        *(obj as *mut ObjPtr).add(1) = new;
        if trace::has_ptrs(d) {
            self.scan.push(new);
        }
        self.stats.bytes_promoted += size as u64;
        new
    }
}

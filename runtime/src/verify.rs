//! The heap verifier (`RPY_GC_VERIFY=1`, and `Gc::verify` in tests).
//!
//! Walks everything reachable from the roots (shadow stack, prebuilt
//! objects, remembered set, card list, grey stack) without trusting any
//! pointer before it has been located in a known space, and checks:
//! - every pointer is null or the start of an allocated object (nursery
//!   object below the bump pointer, used slot of a page, large object, or a
//!   registered prebuilt object) with a valid type id and consistent flags;
//! - every old-to-young pointer is remembered: its holder is in the
//!   remembered set, or the card of that item is set (missed barrier, missed
//!   card);
//! - during marking, no black object with its barrier flag set points to a
//!   white one (missed barrier in the incremental sense);
//! - during sweeping, everything reachable in a not-yet-swept page is marked;
//!   between cycles, nothing is marked.
//!
//! A root that was not registered shows up as a pointer to memory that is no
//! longer an object (or as a model mismatch in the tests).

use crate::cards;
use crate::gc::Gc;
use crate::header::{flags, ObjPtr};
use crate::los::Los;
use crate::major::Phase;
use crate::pages::Lookup;
use crate::types::{TypeDesc, TypeTable};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The kind of broken invariant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyErrorKind {
    /// A pointer to no object (freed, never allocated, interior, unknown).
    BadPointer,
    /// A header with an unknown type id or impossible flags or size.
    BadHeader,
    /// An old object points to a young one and is not remembered.
    MissingBarrier,
    /// A card-marked array points to a young object from an unmarked card.
    UnmarkedCard,
    /// During marking, a black object points to a white one unremembered.
    BlackToWhite,
    /// A reachable object is unmarked in a region about to be swept, or
    /// marked between cycles.
    BadMark,
    /// The collector's own lists disagree with the headers.
    Inconsistent,
}

/// A broken invariant, with a description of where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub kind: VerifyErrorKind,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "heap verification failed ({:?}): {}",
            self.kind, self.message
        )
    }
}

/// What a successful verification saw.
#[derive(Clone, Copy, Debug, Default)]
pub struct VerifyReport {
    pub objects: usize,
    pub young: usize,
    pub pointers: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Space {
    Young,
    Small { slot: usize, unswept: bool },
    Large { unswept: bool },
    Prebuilt,
}

struct Walker<'a> {
    gc: &'a Gc,
    types: &'a TypeTable,
    young: HashSet<usize>,
    large: HashSet<usize>,
    large_unswept: HashSet<usize>,
    prebuilt: HashSet<usize>,
    remembered: HashSet<usize>,
    carded: HashSet<usize>,
    /// Objects queued on the grey stack (to be marked when popped).
    grey: HashSet<usize>,
    /// Arrays the marker has scanned in part: items below the index are done.
    partial: HashMap<usize, usize>,
    seen: HashSet<usize>,
    todo: Vec<(ObjPtr, Space)>,
    report: VerifyReport,
}

fn err<T>(kind: VerifyErrorKind, message: String) -> Result<T, VerifyError> {
    Err(VerifyError { kind, message })
}

impl Gc {
    /// Checks the invariants listed in the module documentation.
    pub fn verify(&self) -> Result<VerifyReport, VerifyError> {
        let mut w = Walker {
            gc: self,
            types: &self.types,
            young: HashSet::new(),
            large: self.los.all().map(|o| o as usize).collect(),
            large_unswept: if self.major.phase == Phase::Sweeping {
                self.los.unswept()
            } else {
                HashSet::new()
            },
            prebuilt: self.prebuilt.iter().map(|&o| o as usize).collect(),
            remembered: HashSet::new(),
            carded: self.carded.iter().map(|&o| o as usize).collect(),
            grey: self
                .major
                .gray
                .iter()
                .filter(|e| e.1 == 0)
                .map(|&(o, _)| o as usize)
                .collect(),
            partial: self
                .major
                .gray
                .iter()
                .filter(|e| e.1 > 0)
                .map(|&(o, k)| (o as usize, k))
                .collect(),
            seen: HashSet::new(),
            todo: Vec::new(),
            report: VerifyReport::default(),
        };
        w.walk_nursery()?;
        w.check_lists()?;
        w.roots()?;
        while let Some((obj, space)) = w.todo.pop() {
            w.object(obj, space)?;
        }
        Ok(w.report)
    }

    /// Runs the verifier if enabled, with the configured failure action.
    pub(crate) fn check(&mut self, when: &str) {
        if !self.config.verify {
            return;
        }
        let mut r = self.verify();
        if r.is_ok() && when.starts_with("after") {
            r = self.check_after_collection();
        }
        if let Err(e) = r {
            match self.config.on_verify_failure {
                crate::config::VerifyFailure::Panic => panic!("{when}: {e}"),
                crate::config::VerifyFailure::Abort => {
                    crate::fatal(&format!("{when}: {e}"));
                }
            }
        }
    }

    fn check_after_collection(&self) -> Result<VerifyReport, VerifyError> {
        if self.nursery_free != self.nursery.start
            || !self.remembered.is_empty()
            || !self.carded.is_empty()
            || !self.shadows.is_empty()
        {
            return err(
                VerifyErrorKind::Inconsistent,
                "nursery, remembered set, card list or shadows not empty after a collection".into(),
            );
        }
        Ok(VerifyReport::default())
    }
}

impl Walker<'_> {
    fn walk_nursery(&mut self) -> Result<(), VerifyError> {
        let n = &self.gc.nursery;
        let (start, free) = (n.start as usize, self.gc.nursery_free as usize);
        if free < start || free > n.end as usize {
            return err(
                VerifyErrorKind::Inconsistent,
                "nursery free pointer out of range".into(),
            );
        }
        let mut p = start;
        while p < free {
            // SAFETY: `p` is below the bump pointer, at an object boundary.
            let word = unsafe { *(p as *const u64) };
            let Some(d) = self.types.get(word as u32) else {
                return err(
                    VerifyErrorKind::BadHeader,
                    format!("young object {p:#x} has unknown type id {}", word as u32),
                );
            };
            if word & flags::ALL & !flags::HAS_SHADOW != 0
                || word & !(flags::ALL | 0xffff_ffff) != 0
            {
                return err(
                    VerifyErrorKind::BadHeader,
                    format!("young object {p:#x} has flags {word:#x}"),
                );
            }
            // SAFETY: the header is valid, so the length field is in bounds.
            let len = unsafe { TypeTable::length_of(d, p as ObjPtr) } as i64;
            if len < 0 || len > d.max_length() {
                return err(
                    VerifyErrorKind::BadHeader,
                    format!("young array {p:#x} has length {len}"),
                );
            }
            self.young.insert(p);
            p += d.alloc_size(len as usize);
        }
        if p != free {
            return err(
                VerifyErrorKind::BadHeader,
                "last young object overruns the bump pointer".into(),
            );
        }
        self.report.young = self.young.len();
        Ok(())
    }

    fn check_lists(&mut self) -> Result<(), VerifyError> {
        for &obj in &self.gc.remembered {
            let Ok(space) = self.locate(obj) else {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("remembered {obj:?} is no object"),
                );
            };
            if space == Space::Young || !self.remembered.insert(obj as usize) {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("remembered {obj:?} is young or listed twice"),
                );
            }
            // SAFETY: located above.
            if unsafe { (*obj).word } & flags::TRACK_YOUNG_PTRS != 0 {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("remembered {obj:?} still has its barrier flag"),
                );
            }
        }
        for &obj in &self.gc.carded {
            let Ok(Space::Large { .. }) = self.locate(obj) else {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("carded {obj:?} is no large object"),
                );
            };
            // SAFETY: located above.
            if unsafe { (*obj).word } & (flags::CARDS_SET | flags::HAS_CARDS)
                != flags::CARDS_SET | flags::HAS_CARDS
            {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("carded {obj:?} lacks CARDS_SET"),
                );
            }
        }
        for (&young, &shadow) in &self.gc.shadows {
            // SAFETY: both are checked by `locate` before use.
            let ok = self.young.contains(&young)
                && unsafe { (*(young as ObjPtr)).word } & flags::HAS_SHADOW != 0
                && matches!(
                    self.locate(shadow),
                    Ok(Space::Small { .. } | Space::Large { .. })
                );
            if !ok {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("bad shadow entry {young:#x} -> {shadow:?}"),
                );
            }
        }
        Ok(())
    }

    fn roots(&mut self) -> Result<(), VerifyError> {
        let mut slot = self.gc.shadowstack.base;
        let mut i = 0;
        while slot < self.gc.ss_top {
            // SAFETY: slots below the top are initialised.
            let p = unsafe { *slot };
            self.reach(p, || format!("shadow-stack slot {i}"))?;
            slot = slot.wrapping_add(1);
            i += 1;
        }
        for k in 0..self.gc.static_roots.len() {
            // SAFETY: static root slots hold null or object pointers.
            let p = unsafe { *self.gc.static_roots[k] };
            self.reach(p, || format!("static root {k}"))?;
        }
        let extra: Vec<ObjPtr> = self
            .gc
            .prebuilt
            .iter()
            .chain(self.gc.prebuilt_roots.iter())
            .chain(self.gc.remembered.iter())
            .chain(self.gc.carded.iter())
            .copied()
            .chain(self.gc.major.gray.iter().map(|&(o, _)| o))
            .collect();
        for p in extra {
            self.reach(p, || "a collector list".to_string())?;
        }
        Ok(())
    }

    /// Locates `p` without reading it unless it is inside a known space.
    fn locate(&self, p: ObjPtr) -> Result<Space, String> {
        let a = p as usize;
        if self.gc.nursery.contains(p as *const u8) {
            return if self.young.contains(&a) {
                Ok(Space::Young)
            } else {
                Err(format!(
                    "{a:#x} points into the nursery but not at a live young object"
                ))
            };
        }
        if self.prebuilt.contains(&a) {
            return Ok(Space::Prebuilt);
        }
        if self.large.contains(&a) {
            return Ok(Space::Large {
                unswept: self.large_unswept.contains(&a),
            });
        }
        match self.gc.small.lookup(a) {
            Lookup::Object { slot_size, swept } => Ok(Space::Small {
                slot: slot_size,
                unswept: !swept,
            }),
            Lookup::Invalid(why) => Err(format!("{a:#x}: {why}")),
            Lookup::Outside => Err(format!(
                "{a:#x} is neither in the heap nor a registered prebuilt object"
            )),
        }
    }

    fn reach(
        &mut self,
        p: ObjPtr,
        from: impl Fn() -> String,
    ) -> Result<Option<Space>, VerifyError> {
        if p.is_null() {
            return Ok(None);
        }
        let space = match self.locate(p) {
            Ok(s) => s,
            Err(why) => {
                return err(
                    VerifyErrorKind::BadPointer,
                    format!("{} holds a dangling pointer: {why}", from()),
                )
            }
        };
        if self.seen.insert(p as usize) {
            self.header(p, space).map_err(|e| VerifyError {
                kind: e.kind,
                message: format!("{} -> {}", from(), e.message),
            })?;
            self.todo.push((p, space));
        }
        Ok(Some(space))
    }

    /// Checks the header, size and flags of a located object.
    fn header(&self, obj: ObjPtr, space: Space) -> Result<(), VerifyError> {
        // SAFETY: `obj` was located in a known space.
        let word = unsafe { (*obj).word };
        let tid = word as u32;
        let Some(d) = self.types.get(tid) else {
            return err(
                VerifyErrorKind::BadHeader,
                format!("object {obj:?} has unknown type id {tid}"),
            );
        };
        if word & !(flags::ALL | 0xffff_ffff) != 0 || word & flags::FORWARDED != 0 {
            return err(
                VerifyErrorKind::BadHeader,
                format!("object {obj:?} has flags {word:#x}"),
            );
        }
        // SAFETY: the type id is valid, so the length field is in bounds.
        let len = unsafe { TypeTable::length_of(d, obj) } as i64;
        if len < 0 || len > d.max_length() {
            return err(
                VerifyErrorKind::BadHeader,
                format!("array {obj:?} has length {len}"),
            );
        }
        let size = d.alloc_size(len as usize);
        let bad = |what: &str| {
            err(
                VerifyErrorKind::BadHeader,
                format!("object {obj:?} (type {tid}, header {word:#x}): {what}"),
            )
        };
        let old_only = flags::TRACK_YOUNG_PTRS
            | flags::VISITED
            | flags::LARGE
            | flags::HAS_CARDS
            | flags::CARDS_SET;
        match space {
            Space::Young => {
                if word & old_only != 0 {
                    return bad("young object with old-generation flags");
                }
            }
            Space::Small { slot, .. } => {
                if word & (flags::LARGE | flags::HAS_CARDS | flags::PREBUILT | flags::HAS_SHADOW)
                    != 0
                {
                    return bad("small old object with wrong flags");
                }
                if size != slot {
                    return bad("size differs from its slot");
                }
            }
            Space::Large { .. } => {
                let with_cards = cards::wants_cards(d.items_have_ptrs(), len as usize);
                if word & flags::LARGE == 0 || word & (flags::PREBUILT | flags::HAS_SHADOW) != 0 {
                    return bad("large object with wrong flags");
                }
                if (word & flags::HAS_CARDS != 0) != with_cards {
                    return bad("card table flag disagrees with the type and length");
                }
                let cb = if with_cards {
                    cards::card_area(len as usize)
                } else {
                    0
                };
                // SAFETY: `obj` is a large object.
                if unsafe { Los::block_size(obj) } != 16 + cb + size {
                    return bad("block size differs from the object size");
                }
            }
            Space::Prebuilt => {
                if word & flags::PREBUILT == 0
                    || word & (flags::LARGE | flags::HAS_CARDS | flags::VISITED) != 0
                {
                    return bad("prebuilt object with wrong flags");
                }
            }
        }
        if space != Space::Young {
            let remembered = self.remembered.contains(&(obj as usize));
            if (word & flags::TRACK_YOUNG_PTRS == 0) != remembered {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("object {obj:?}: barrier flag and remembered set disagree"),
                );
            }
            if (word & flags::CARDS_SET != 0) != self.carded.contains(&(obj as usize)) {
                return err(
                    VerifyErrorKind::Inconsistent,
                    format!("object {obj:?}: CARDS_SET and card list disagree"),
                );
            }
        }
        let phase = self.gc.major.phase;
        let marked = word & flags::VISITED != 0;
        match space {
            Space::Small { unswept, .. } | Space::Large { unswept } => {
                if phase == Phase::Idle && marked {
                    return err(
                        VerifyErrorKind::BadMark,
                        format!("object {obj:?} marked between major cycles"),
                    );
                }
                if phase == Phase::Sweeping && unswept && !marked {
                    return err(
                        VerifyErrorKind::BadMark,
                        format!("reachable object {obj:?} (type {tid}) unmarked before its sweep"),
                    );
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Checks every pointer held by `obj`.
    fn object(&mut self, obj: ObjPtr, space: Space) -> Result<(), VerifyError> {
        self.report.objects += 1;
        let types = self.types;
        // SAFETY: `obj` was located and its header checked.
        let word = unsafe { (*obj).word };
        let d = types.desc(word as u32);
        let old = space != Space::Young;
        let remembered = word & flags::TRACK_YOUNG_PTRS == 0;
        // Black: marked and scanned. A large array being marked in chunks
        // is black below its progress index only.
        let black_upto = match space {
            Space::Prebuilt => usize::MAX,
            Space::Young => 0,
            _ if word & flags::VISITED == 0 => 0,
            _ => self
                .partial
                .get(&(obj as usize))
                .copied()
                .unwrap_or(usize::MAX),
        };
        let mut slots: Vec<(usize, Option<usize>)> = Vec::new();
        for &off in d.ptr_offsets.iter() {
            slots.push((off as usize, None));
        }
        if d.items_have_ptrs() {
            // SAFETY: as above.
            let len = unsafe { TypeTable::length_of(d, obj) };
            for i in 0..len {
                for &off in d.item_ptr_offsets.iter() {
                    slots.push((d.size + i * d.item_size + off as usize, Some(i)));
                }
            }
        }
        for (off, item) in slots {
            // SAFETY: offsets come from the validated type table.
            let target = unsafe { *((obj as *const u8).add(off) as *const ObjPtr) };
            self.report.pointers += 1;
            let Some(tspace) = self.reach(target, || describe(obj, d, word, off, item))? else {
                continue;
            };
            // SAFETY: `target` was located by `reach`.
            let covered_by_card = item.is_some_and(|i| {
                word & flags::CARDS_SET != 0 && unsafe { cards::is_marked(obj, i) }
            });
            if old && tspace == Space::Young && !remembered && !covered_by_card {
                let kind = if word & flags::HAS_CARDS != 0 && item.is_some() {
                    VerifyErrorKind::UnmarkedCard
                } else {
                    VerifyErrorKind::MissingBarrier
                };
                return err(
                    kind,
                    format!(
                        "{} points to young {target:?} but is not remembered",
                        describe(obj, d, word, off, item)
                    ),
                );
            }
            let black_here = match item {
                Some(i) => i < black_upto,
                None => black_upto > 0,
            };
            if self.gc.major.phase == Phase::Marking
                && black_here
                && !remembered
                && !covered_by_card
                && matches!(tspace, Space::Small { .. } | Space::Large { .. })
                // SAFETY: located.
                && unsafe { (*target).word } & flags::VISITED == 0
                && !self.grey.contains(&(target as usize))
            {
                return err(
                    VerifyErrorKind::BlackToWhite,
                    format!(
                        "black {} (header {word:#x}) points to white {target:?} (header {:#x})",
                        describe(obj, d, word, off, item),
                        // SAFETY: located.
                        unsafe { (*target).word },
                    ),
                );
            }
        }
        Ok(())
    }
}

fn describe(obj: ObjPtr, _d: &TypeDesc, word: u64, off: usize, item: Option<usize>) -> String {
    match item {
        Some(i) => format!(
            "item {i} (offset {off}) of object {obj:?} (type {})",
            word as u32
        ),
        None => format!(
            "field at offset {off} of object {obj:?} (type {})",
            word as u32
        ),
    }
}

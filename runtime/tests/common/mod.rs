//! A synthetic mutator: builds and mutates random object graphs through the
//! shadow stack and the write barrier, exactly as compiled code would, and
//! keeps a reference model of the graph outside the GC heap. After every
//! collection the graph reachable from the roots is compared with the model.
//!
//! Every object's first field (offset 8) is a unique id naming it in the
//! model. Faults can be injected to show that the verifier catches them.

#![allow(dead_code)]

use rpy_runtime::{flags, Gc, GcConfig, ObjPtr, TypeDesc, TypeTable, VerifyFailure};
use std::collections::HashMap;
use std::time::Duration;

// ---- type table ------------------------------------------------------------

pub const T_NODE: u32 = 0; // hdr, id, a*, b*, val
pub const T_LEAF: u32 = 1; // hdr, id
pub const T_PTRS: u32 = 2; // hdr, id, len, items*
pub const T_NUMS: u32 = 3; // hdr, id, len, f64 items
pub const T_STR: u32 = 4; // hdr, id, len, u8 items
pub const T_ENTRIES: u32 = 5; // hdr, id, len, owner*, items {key, value*}
pub const T_BIG: u32 = 6; // hdr, id, 80 words: even ones are pointers
pub const N_TYPES: u32 = 7;
pub const BIG_WORDS: usize = 80;

fn desc(size: usize, ptrs: &[u32]) -> TypeDesc {
    TypeDesc {
        size,
        varsize: false,
        item_size: 0,
        length_offset: 0,
        ptr_offsets: ptrs.into(),
        item_ptr_offsets: Box::new([]),
    }
}

fn array(size: usize, item_size: usize, ptrs: &[u32], item_ptrs: &[u32]) -> TypeDesc {
    TypeDesc {
        size,
        varsize: true,
        item_size,
        length_offset: 16,
        ptr_offsets: ptrs.into(),
        item_ptr_offsets: item_ptrs.into(),
    }
}

pub fn type_table() -> TypeTable {
    let big_ptrs: Vec<u32> = (0..BIG_WORDS)
        .step_by(2)
        .map(|w| 16 + 8 * w as u32)
        .collect();
    TypeTable::from_descs(vec![
        desc(40, &[16, 24]),
        desc(16, &[]),
        array(24, 8, &[], &[0]),
        array(24, 8, &[], &[]),
        array(24, 1, &[], &[]),
        array(32, 16, &[24], &[8]),
        desc(16 + 8 * BIG_WORDS, &big_ptrs),
    ])
    .unwrap()
}

// ---- raw heap access -------------------------------------------------------

pub unsafe fn rd(obj: ObjPtr, off: usize) -> u64 {
    *((obj as *const u8).add(off) as *const u64)
}
pub unsafe fn wr(obj: ObjPtr, off: usize, v: u64) {
    *((obj as *mut u8).add(off) as *mut u64) = v;
}
pub unsafe fn tid(obj: ObjPtr) -> u32 {
    (*obj).word as u32
}
pub unsafe fn len(obj: ObjPtr) -> usize {
    match tid(obj) {
        T_PTRS | T_NUMS | T_STR | T_ENTRIES => rd(obj, 16) as usize,
        _ => 0,
    }
}

/// Offsets of the pointer slots of `obj`, in a fixed order (item index for
/// array items, for the array barrier).
pub unsafe fn ptr_slots(obj: ObjPtr) -> Vec<(usize, Option<i64>)> {
    match tid(obj) {
        T_NODE => vec![(16, None), (24, None)],
        T_PTRS => (0..len(obj))
            .map(|i| (24 + 8 * i, Some(i as i64)))
            .collect(),
        T_ENTRIES => std::iter::once((24, None))
            .chain((0..len(obj)).map(|i| (32 + 16 * i + 8, Some(i as i64))))
            .collect(),
        T_BIG => (0..BIG_WORDS)
            .step_by(2)
            .map(|w| (16 + 8 * w, None))
            .collect(),
        _ => vec![],
    }
}

/// Offsets of the number words / bytes of `obj` that the model tracks.
unsafe fn data_of(obj: ObjPtr) -> Vec<u64> {
    match tid(obj) {
        T_NODE => vec![rd(obj, 32)],
        T_NUMS => (0..len(obj)).map(|i| rd(obj, 24 + 8 * i)).collect(),
        T_STR => (0..len(obj))
            .map(|i| *(obj as *const u8).add(24 + i) as u64)
            .collect(),
        T_ENTRIES => (0..len(obj)).map(|i| rd(obj, 32 + 16 * i)).collect(),
        T_BIG => (1..BIG_WORDS)
            .step_by(2)
            .map(|w| rd(obj, 16 + 8 * w))
            .collect(),
        _ => vec![],
    }
}

// ---- PRNG ------------------------------------------------------------------

pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

// ---- model -----------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct MObj {
    pub tid: u32,
    pub len: usize,
    pub ptrs: Vec<Option<u64>>,
    pub data: Vec<u64>,
    pub hash: Option<i64>,
}

/// Faults a deliberately broken mutator commits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// Stores without calling the write barrier.
    SkipBarrier,
    /// Keeps a new object only in a Rust local across a collection.
    MissRoot,
    /// Marks the wrong card when storing into a card-marked array.
    WrongCard,
}

pub struct Mutator {
    pub gc: Gc,
    pub rng: Rng,
    pub model: HashMap<u64, MObj>,
    pub roots: Vec<Option<u64>>,
    next_id: u64,
    seen_collections: u64,
    pub comparisons: u64,
    pub fault: Fault,
    /// Faults committed so far (each followed at once by a collection).
    pub committed: u64,
    pub max_roots: usize,
}

/// A configuration derived from the seed: small nurseries and thresholds so
/// that minor and incremental major collections interleave with mutation.
pub fn config_for(seed: u64) -> GcConfig {
    let mut r = Rng::new(seed ^ 0xC0FFEE);
    GcConfig {
        nursery_size: [4 << 10, 8 << 10, 16 << 10, 64 << 10][r.below(4)],
        large_object: [512, 2048, 1 << 20][r.below(3)],
        max_heap: None,
        growth_factor: [1.2, 1.5, 1.82][r.below(3)],
        min_major_threshold: [0, 8 << 10, 64 << 10][r.below(3)],
        increment_step: [64, 512, 4096][r.below(3)],
        step_ratio: [0.5, 2.0][r.below(2)],
        incremental: r.below(8) != 0,
        stress: r.below(8) == 0,
        verify: true,
        on_verify_failure: VerifyFailure::Panic,
        stats: false,
        shadowstack_slots: 4096,
        // Drawn last, so that the fields above keep their values per seed.
        // A 1 ns limit cuts every step (or minor fill) to its minimum,
        // deterministically; None keeps the schedule byte-driven.
        step_time_limit: [None, None, Some(Duration::from_nanos(1))][r.below(3)],
        minor_time_target: [None, None, Some(Duration::from_nanos(1))][r.below(3)],
        white_rounds: [0, 1, 4, 1000][r.below(4)],
        // Mostly incremental marking; sometimes small heaps mark at once.
        atomic_major: [0, 0, 0, 64 << 10][r.below(4)],
    }
}

impl Mutator {
    pub fn new(seed: u64, config: GcConfig) -> Mutator {
        Mutator {
            gc: Gc::new(type_table(), config).unwrap(),
            rng: Rng::new(seed),
            model: HashMap::new(),
            roots: Vec::new(),
            next_id: 1,
            seen_collections: 0,
            comparisons: 0,
            fault: Fault::None,
            committed: 0,
            max_roots: 48,
        }
    }

    fn collections(&self) -> u64 {
        let s = self.gc.stats();
        s.minor_collections + s.full_collections
    }

    /// Compares the model with the heap if a collection happened.
    pub fn after_op(&mut self) {
        if self.collections() != self.seen_collections {
            self.seen_collections = self.collections();
            self.compare();
        }
    }

    // ---- roots ----

    pub fn push(&mut self, p: ObjPtr, id: Option<u64>) {
        assert!(self.gc.push_root(p));
        self.roots.push(id);
    }

    pub fn pop(&mut self) -> ObjPtr {
        self.roots.pop();
        self.gc.pop_root()
    }

    // ---- allocation ----

    /// Allocates a random object, fills it, and returns it on the top of the
    /// shadow stack (root slot) with its id.
    pub fn alloc_random(&mut self) -> u64 {
        let r = self.rng.below(100);
        let (t, n) = match r {
            0..=34 => (T_NODE, 0),
            35..=49 => (T_LEAF, 0),
            50..=64 => (T_PTRS, self.rand_len()),
            65..=72 => (T_NUMS, self.rand_len()),
            73..=82 => (T_STR, self.rng.below(60)),
            83..=94 => (T_ENTRIES, self.rand_len() / 2),
            _ => (T_BIG, 0),
        };
        self.alloc(t, n)
    }

    fn rand_len(&mut self) -> usize {
        match self.rng.below(20) {
            0 => 100 + self.rng.below(3000),
            1..=3 => 30 + self.rng.below(100),
            _ => self.rng.below(12),
        }
    }

    /// Allocates an object of type `t` (length `n`), fills its data, pushes
    /// it as a root and records it in the model.
    pub fn alloc(&mut self, t: u32, n: usize) -> u64 {
        let obj = match t {
            T_PTRS | T_NUMS | T_STR | T_ENTRIES => self.gc.malloc_varsize(t, n as i64),
            _ => self.gc.malloc(t),
        };
        assert!(!obj.is_null(), "allocation failed");
        let id = self.next_id;
        self.next_id += 1;
        unsafe {
            wr(obj, 8, id);
            match t {
                T_NODE => wr(obj, 32, self.rng.next()),
                T_NUMS => {
                    for i in 0..n {
                        wr(obj, 24 + 8 * i, self.rng.next());
                    }
                }
                T_STR => {
                    for i in 0..n {
                        *(obj as *mut u8).add(24 + i) = self.rng.next() as u8;
                    }
                }
                T_ENTRIES => {
                    for i in 0..n {
                        wr(obj, 32 + 16 * i, self.rng.next());
                    }
                }
                T_BIG => {
                    for w in (1..BIG_WORDS).step_by(2) {
                        wr(obj, 16 + 8 * w, self.rng.next());
                    }
                }
                _ => {}
            }
            let m = MObj {
                tid: t,
                len: len(obj),
                ptrs: vec![None; ptr_slots(obj).len()],
                data: data_of(obj),
                hash: None,
            };
            self.model.insert(id, m);
        }
        self.push(obj, Some(id));
        id
    }

    // ---- navigation ----

    /// A random object reachable from the roots: (pointer, id).
    pub fn pick(&mut self) -> Option<(ObjPtr, u64)> {
        let live: Vec<usize> = (0..self.roots.len())
            .filter(|&i| self.roots[i].is_some())
            .collect();
        if live.is_empty() {
            return None;
        }
        let i = live[self.rng.below(live.len())];
        let mut p = self.gc.root(i);
        let steps = self.rng.below(6);
        for _ in 0..steps {
            let slots = unsafe { ptr_slots(p) };
            if slots.is_empty() {
                break;
            }
            let (off, _) = slots[self.rng.below(slots.len())];
            let q = unsafe { rd(p, off) } as ObjPtr;
            if q.is_null() {
                break;
            }
            p = q;
        }
        Some((p, unsafe { rd(p, 8) }))
    }

    // ---- mutation ----

    /// Stores `value` (id `vid`) into pointer slot `k` of `obj` (id `oid`),
    /// through the barrier unless a fault says otherwise.
    pub unsafe fn store(
        &mut self,
        obj: ObjPtr,
        oid: u64,
        k: usize,
        value: ObjPtr,
        vid: Option<u64>,
    ) {
        let (off, item) = ptr_slots(obj)[k];
        if (*obj).word & flags::TRACK_YOUNG_PTRS != 0 {
            let young = !value.is_null() && self.gc.is_young(value);
            // A store covered by an already-set card needs no barrier call.
            let covered = item.is_some_and(|i| {
                (*obj).word & flags::CARDS_SET != 0
                    && rpy_runtime::cards::is_marked(obj, i as usize)
            });
            if self.fault == Fault::SkipBarrier && young {
                // Broken mutator: no barrier at all.
                if !covered {
                    self.committed += 1;
                }
            } else if let Some(i) = item {
                if self.fault == Fault::WrongCard && (*obj).word & flags::HAS_CARDS != 0 && young {
                    // Broken mutator: marks the card of another item.
                    if !covered {
                        self.committed += 1;
                    }
                    let n = len(obj) as i64;
                    let j = (i + rpy_runtime::consts::CARD_ITEMS as i64) % n;
                    if j >> rpy_runtime::consts::CARD_SHIFT != i >> rpy_runtime::consts::CARD_SHIFT
                    {
                        self.gc.write_barrier_array(obj, j);
                    }
                } else {
                    self.gc.write_barrier_array(obj, i);
                }
            } else {
                self.gc.write_barrier(obj);
            }
        }
        wr(obj, off, value as u64);
        self.model.get_mut(&oid).unwrap().ptrs[k] = vid;
    }

    /// One random operation (followed by a collection if it was faulty).
    pub fn step(&mut self) {
        let committed = self.committed;
        self.op();
        if self.committed != committed {
            self.gc.collect_minor();
            self.after_op();
        }
    }

    fn op(&mut self) {
        match self.rng.below(100) {
            0..=39 => {
                // New object stored somewhere reachable, or kept as a root.
                let id = self.alloc_random();
                if self.roots.len() > self.max_roots || self.rng.chance(70) {
                    let top = self.gc.root_count() - 1;
                    if let Some((obj, oid)) = self.pick() {
                        let slots = unsafe { ptr_slots(obj) };
                        if !slots.is_empty() {
                            let k = self.rng.below(slots.len());
                            let v = self.gc.root(top);
                            unsafe { self.store(obj, oid, k, v, Some(id)) };
                        }
                    }
                    self.pop();
                }
            }
            40..=59 => {
                // Pointer store between reachable objects (or null).
                let Some((obj, oid)) = self.pick() else {
                    return;
                };
                let slots = unsafe { ptr_slots(obj) };
                if slots.is_empty() {
                    return;
                }
                let k = self.rng.below(slots.len());
                let (v, vid) = if self.rng.chance(5) {
                    (std::ptr::null_mut(), None)
                } else {
                    match self.pick() {
                        Some((v, vid)) => (v, Some(vid)),
                        None => return,
                    }
                };
                unsafe { self.store(obj, oid, k, v, vid) };
            }
            60..=65 => {
                // Root churn.
                match self.rng.below(3) {
                    0 if !self.roots.is_empty() => {
                        self.pop();
                    }
                    1 if !self.roots.is_empty() => {
                        let i = self.rng.below(self.roots.len());
                        let (v, vid) = match self.pick() {
                            Some((v, vid)) if self.rng.chance(80) => (v, Some(vid)),
                            _ => (std::ptr::null_mut(), None),
                        };
                        self.gc.set_root(i, v);
                        self.roots[i] = vid;
                    }
                    _ => {
                        if self.roots.len() < self.max_roots {
                            match self.pick() {
                                Some((v, vid)) => self.push(v, Some(vid)),
                                None => self.push(std::ptr::null_mut(), None),
                            }
                        }
                    }
                }
            }
            66..=73 => {
                // Number stores (no barrier needed).
                let Some((obj, oid)) = self.pick() else {
                    return;
                };
                unsafe {
                    let v = self.rng.next();
                    let m = self.model.get_mut(&oid).unwrap();
                    match tid(obj) {
                        T_NODE => {
                            wr(obj, 32, v);
                            m.data[0] = v;
                        }
                        T_NUMS if len(obj) > 0 => {
                            let i = (v as usize >> 8) % len(obj);
                            wr(obj, 24 + 8 * i, v);
                            m.data[i] = v;
                        }
                        _ => {}
                    }
                }
            }
            74..=78 => {
                // Identity hash: must never change.
                let Some((obj, oid)) = self.pick() else {
                    return;
                };
                let h = unsafe { self.gc.identity_hash(obj) };
                let m = self.model.get_mut(&oid).unwrap();
                match m.hash {
                    Some(old) => assert_eq!(old, h, "identity hash of object {oid} changed"),
                    None => m.hash = Some(h),
                }
            }
            79..=97 => {
                // Garbage: a burst of short-lived objects.
                for _ in 0..self.rng.below(80) {
                    let t = [T_LEAF, T_NODE, T_STR][self.rng.below(3)];
                    let o = match t {
                        T_STR => self.gc.malloc_varsize(t, self.rng.below(40) as i64),
                        _ => self.gc.malloc(t),
                    };
                    assert!(!o.is_null());
                    unsafe { wr(o, 8, u64::MAX) };
                }
            }
            98 => {
                if self.fault == Fault::MissRoot {
                    self.miss_root();
                } else {
                    self.gc.collect_minor();
                }
            }
            _ => {
                if self.rng.chance(20) {
                    self.gc.collect_full();
                } else if self.fault == Fault::MissRoot {
                    self.miss_root();
                }
            }
        }
        self.after_op();
    }

    /// Broken mutator: allocates an object, forgets to root it across an
    /// allocation that may collect, then stores it into the graph.
    fn miss_root(&mut self) {
        let id = self.alloc(T_NODE, 0);
        let lost = self.pop();
        self.gc.collect_minor();
        self.after_op();
        if let Some((obj, oid)) = self.pick() {
            let slots = unsafe { ptr_slots(obj) };
            if !slots.is_empty() {
                unsafe { self.store(obj, oid, 0, lost, Some(id)) };
                self.committed += 1;
            }
        }
    }

    // ---- comparison ----

    /// Checks that the graph reachable from the roots equals the model.
    pub fn compare(&mut self) {
        self.comparisons += 1;
        let mut by_ptr: HashMap<usize, u64> = HashMap::new();
        let mut by_id: HashMap<u64, usize> = HashMap::new();
        let mut todo: Vec<(ObjPtr, u64)> = Vec::new();
        let n = self.gc.root_count();
        assert_eq!(n, self.roots.len(), "model mismatch: root count");
        for i in 0..n {
            let p = self.gc.root(i);
            match (p.is_null(), self.roots[i]) {
                (true, None) => {}
                (false, Some(id)) => todo.push((p, id)),
                (_, m) => panic!("model mismatch: root {i} is {p:?}, model says {m:?}"),
            }
        }
        while let Some((p, id)) = todo.pop() {
            if let Some(&known) = by_ptr.get(&(p as usize)) {
                assert_eq!(
                    known, id,
                    "model mismatch: object {p:?} is both {known} and {id}"
                );
                continue;
            }
            if let Some(&other) = by_id.get(&id) {
                panic!("model mismatch: object {id} is at both {other:#x} and {p:?}");
            }
            by_ptr.insert(p as usize, id);
            by_id.insert(id, p as usize);
            let m = self.model.get(&id).cloned().expect("model knows every id");
            unsafe {
                assert_eq!(rd(p, 8), id, "model mismatch: id field of {p:?}");
                assert_eq!(tid(p), m.tid, "model mismatch: type of object {id}");
                assert_eq!(len(p), m.len, "model mismatch: length of object {id}");
                assert_eq!(data_of(p), m.data, "model mismatch: data of object {id}");
                for (k, (off, _)) in ptr_slots(p).into_iter().enumerate() {
                    let q = rd(p, off) as ObjPtr;
                    match (q.is_null(), m.ptrs[k]) {
                        (true, None) => {}
                        (false, Some(qid)) => todo.push((q, qid)),
                        (_, want) => panic!(
                            "model mismatch: slot {k} of object {id} is {q:?}, model says {want:?}"
                        ),
                    }
                }
                if let Some(h) = m.hash {
                    assert_eq!(self.gc.identity_hash(p), h, "identity hash of {id} changed");
                }
            }
        }
        // Forget unreachable model objects.
        self.model.retain(|id, _| by_id.contains_key(id));
    }
}

/// Runs `ops` random operations for `seed` (a sixth of them in stress mode,
/// where each allocation collects); returns the number of model comparisons.
pub fn run_seed(seed: u64, ops: usize) -> u64 {
    let cfg = config_for(seed);
    let ops = if cfg.stress { ops / 6 } else { ops };
    let mut m = Mutator::new(seed, cfg);
    for _ in 0..ops {
        m.step();
    }
    m.gc.collect_full();
    m.after_op();
    m.comparisons
}

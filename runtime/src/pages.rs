//! Old-generation space for small objects: size-class pages carved out of
//! arenas, collected by (incremental) sweeping.
//!
//! An arena is one 1 MiB mapping of 64 pages of 16 KiB; a page in use holds
//! slots of one size class (multiples of 8 up to [`SMALL_MAX`]). Slots below a
//! page's `bump` index are initialised: either an object (any header) or a
//! free slot (header [`FREE_SLOT`], next free slot in the second word).
//! Slots at or above `bump` have never been used since the page was taken.
//!
//! Sweeping invariant: while a sweep is in progress, allocation only uses
//! pages already swept (or new ones), so an object allocated during the sweep
//! is never looked at by it. Arenas whose pages are all free are unmapped at
//! the end of a major cycle, except as many as the coming allocations need.

use crate::header::{flags, ObjPtr};
use crate::os;
use std::collections::BTreeMap;

pub const PAGE_SIZE: usize = 16 << 10;
pub const ARENA_PAGES: usize = 64;
pub const ARENA_SIZE: usize = PAGE_SIZE * ARENA_PAGES;
/// Largest object kept in size-class pages; larger ones go to the LOS.
pub const SMALL_MAX: usize = 512;
const N_CLASSES: usize = SMALL_MAX / 8 + 1;
/// Header word of a free slot (a type id no table can have).
pub const FREE_SLOT: u64 = u32::MAX as u64;
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Page {
    /// Slot size, 0 if the page is free.
    slot_size: u32,
    nslots: u32,
    bump: u32,
    free_head: *mut u8,
    /// False while the page waits for the current sweep.
    swept: bool,
}

const EMPTY_PAGE: Page = Page {
    slot_size: 0,
    nslots: 0,
    bump: 0,
    free_head: std::ptr::null_mut(),
    swept: true,
};

struct Arena {
    base: *mut u8,
    free_pages: Vec<u32>,
    /// Chosen by `trim`: waits in `to_release`, never used again.
    releasing: bool,
}

/// Result of sweeping part of the small-object space.
#[derive(Default, Debug, Clone, Copy)]
pub struct SweepProgress {
    pub done: bool,
    /// Bytes of pages looked at.
    pub work: usize,
    pub live_bytes: usize,
    pub freed_bytes: usize,
}

/// What the verifier learns about an address.
pub enum Lookup {
    /// The start of an allocated slot holding an object.
    Object { slot_size: usize, swept: bool },
    /// A free slot, the middle of a slot, or a free page.
    Invalid(&'static str),
    /// Not in any arena.
    Outside,
}

pub struct SmallHeap {
    arenas: Vec<Option<Arena>>,
    /// Page metadata, indexed by `arena * ARENA_PAGES + page`.
    pages: Vec<Page>,
    by_base: BTreeMap<usize, u32>,
    /// Arenas with at least one free page.
    arenas_with_free: Vec<u32>,
    free_arena_ids: Vec<u32>,
    /// Arenas whose pages all became free (candidates for unmapping).
    empty_arenas: Vec<u32>,
    current: [u32; N_CLASSES],
    avail: Vec<Vec<u32>>,
    to_sweep: Vec<u32>,
    /// Empty arenas chosen by `trim`, waiting to be unmapped.
    to_release: Vec<u32>,
    /// Pages in use.
    pub pages_in_use: usize,
}

impl SmallHeap {
    pub fn new() -> SmallHeap {
        SmallHeap {
            arenas: Vec::new(),
            pages: Vec::new(),
            by_base: BTreeMap::new(),
            arenas_with_free: Vec::new(),
            free_arena_ids: Vec::new(),
            empty_arenas: Vec::new(),
            current: [NONE; N_CLASSES],
            avail: vec![Vec::new(); N_CLASSES],
            to_sweep: Vec::new(),
            to_release: Vec::new(),
            pages_in_use: 0,
        }
    }

    #[inline]
    fn page_base(&self, pid: u32) -> *mut u8 {
        let a = self.arenas[pid as usize / ARENA_PAGES].as_ref();
        let base = a.map_or(std::ptr::null_mut(), |a| a.base);
        base.wrapping_add((pid as usize % ARENA_PAGES) * PAGE_SIZE)
    }

    /// Allocates a slot of `size` bytes (a multiple of 8, 16..=SMALL_MAX).
    /// The slot's contents are undefined. `None` if the system is out of memory.
    #[inline]
    pub fn alloc(&mut self, size: usize) -> Option<*mut u8> {
        let class = size / 8;
        let pid = self.current[class];
        if pid != NONE {
            if let Some(p) = self.take_slot(pid) {
                return Some(p);
            }
        }
        self.alloc_slow(class)
    }

    #[inline]
    fn take_slot(&mut self, pid: u32) -> Option<*mut u8> {
        let base = self.page_base(pid);
        let page = &mut self.pages[pid as usize];
        if !page.free_head.is_null() {
            let p = page.free_head;
            // SAFETY: free slots keep the next free slot in their second word.
            page.free_head = unsafe { *(p.add(8) as *mut *mut u8) };
            return Some(p);
        }
        if page.bump < page.nslots {
            let p = base.wrapping_add(page.bump as usize * page.slot_size as usize);
            page.bump += 1;
            return Some(p);
        }
        None
    }

    fn alloc_slow(&mut self, class: usize) -> Option<*mut u8> {
        while let Some(pid) = self.avail[class].pop() {
            self.current[class] = pid;
            if let Some(p) = self.take_slot(pid) {
                return Some(p);
            }
        }
        let pid = self.new_page(class * 8)?;
        self.current[class] = pid;
        self.take_slot(pid)
    }

    fn new_page(&mut self, slot_size: usize) -> Option<u32> {
        let aid = match self.arenas_with_free.last() {
            Some(&a) => a,
            None => self.new_arena()?,
        };
        let arena = self.arenas[aid as usize].as_mut()?;
        let local = arena.free_pages.pop()?;
        if arena.free_pages.is_empty() {
            self.arenas_with_free.pop();
        }
        let pid = aid * ARENA_PAGES as u32 + local;
        self.pages[pid as usize] = Page {
            slot_size: slot_size as u32,
            nslots: (PAGE_SIZE / slot_size) as u32,
            bump: 0,
            free_head: std::ptr::null_mut(),
            swept: true,
        };
        self.pages_in_use += 1;
        Some(pid)
    }

    fn new_arena(&mut self) -> Option<u32> {
        let base = os::map(ARENA_SIZE, false)?;
        let arena = Arena {
            base,
            free_pages: (0..ARENA_PAGES as u32).rev().collect(),
            releasing: false,
        };
        let aid = match self.free_arena_ids.pop() {
            Some(a) => {
                self.arenas[a as usize] = Some(arena);
                a
            }
            None => {
                self.arenas.push(Some(arena));
                self.pages.extend([EMPTY_PAGE; ARENA_PAGES]);
                (self.arenas.len() - 1) as u32
            }
        };
        self.by_base.insert(base as usize, aid);
        self.arenas_with_free.push(aid);
        Some(aid)
    }

    fn free_page(&mut self, pid: u32) {
        let aid = pid / ARENA_PAGES as u32;
        self.pages[pid as usize] = EMPTY_PAGE;
        self.pages_in_use -= 1;
        let Some(arena) = self.arenas[aid as usize].as_mut() else {
            return;
        };
        arena.free_pages.push(pid % ARENA_PAGES as u32);
        if arena.free_pages.len() == 1 {
            self.arenas_with_free.push(aid);
        }
        if arena.free_pages.len() == ARENA_PAGES {
            self.empty_arenas.push(aid);
        }
    }

    /// Picks the arenas left empty by sweeping that go back to the system,
    /// keeping about `keep` bytes of them for the allocations to come (no
    /// fresh page faults for those). The chosen ones are no longer used for
    /// allocation; [`SmallHeap::release`] unmaps them, a few per step.
    pub fn trim(&mut self, keep: usize) {
        let mut kept = 0;
        let first = self.to_release.len();
        let mut seen = std::collections::HashSet::new();
        for aid in std::mem::take(&mut self.empty_arenas) {
            let Some(arena) = self.arenas[aid as usize].as_mut() else {
                continue;
            };
            if arena.free_pages.len() != ARENA_PAGES || arena.releasing || !seen.insert(aid) {
                continue; // in use again, already chosen, or a duplicate
            }
            if kept + ARENA_SIZE <= keep {
                kept += ARENA_SIZE;
                self.empty_arenas.push(aid);
                continue;
            }
            arena.releasing = true;
            self.to_release.push(aid);
        }
        if self.to_release.len() > first {
            let chosen: std::collections::HashSet<u32> =
                self.to_release[first..].iter().copied().collect();
            self.arenas_with_free.retain(|a| !chosen.contains(a));
        }
    }

    /// True if arenas are waiting to be unmapped.
    pub fn releasing(&self) -> bool {
        !self.to_release.is_empty()
    }

    /// Unmaps arenas chosen by [`SmallHeap::trim`] until `deadline` (all of
    /// them if `None`). Unmapping a touched arena costs about as much as
    /// faulting it in, so a big release is spread over several pauses.
    pub fn release(&mut self, deadline: Option<std::time::Instant>) {
        while let Some(aid) = self.to_release.pop() {
            if self.arenas[aid as usize]
                .as_ref()
                .is_some_and(|a| a.releasing)
            {
                let base = self.arenas[aid as usize]
                    .take()
                    .map_or(std::ptr::null_mut(), |a| a.base);
                self.by_base.remove(&(base as usize));
                self.free_arena_ids.push(aid);
                // SAFETY: every page of the arena is free and none can be
                // handed out (it left `arenas_with_free` when chosen).
                unsafe { os::unmap(base, ARENA_SIZE) };
            }
            if deadline.is_some_and(|d| std::time::Instant::now() >= d) {
                break;
            }
        }
    }

    /// Starts a sweep: every page in use becomes unswept and unavailable
    /// for allocation until swept.
    pub fn start_sweep(&mut self) {
        self.current = [NONE; N_CLASSES];
        for a in &mut self.avail {
            a.clear();
        }
        self.to_sweep.clear();
        for (pid, page) in self.pages.iter_mut().enumerate() {
            if page.slot_size != 0 {
                page.swept = false;
                self.to_sweep.push(pid as u32);
            }
        }
    }

    /// Sweeps pages until about `budget` bytes of pages were looked at or
    /// `deadline` passed. Objects without `VISITED` are freed; `VISITED` is
    /// cleared on the rest.
    pub fn sweep(&mut self, budget: usize, deadline: Option<std::time::Instant>) -> SweepProgress {
        let mut prog = SweepProgress::default();
        let mut work = 0;
        let mut tick = 0u32;
        while work < budget {
            tick += 1;
            if tick.is_multiple_of(8) && deadline.is_some_and(|d| std::time::Instant::now() >= d) {
                break;
            }
            let Some(pid) = self.to_sweep.pop() else {
                prog.done = true;
                prog.work = work;
                return prog;
            };
            work += PAGE_SIZE;
            let base = self.page_base(pid);
            let page = &mut self.pages[pid as usize];
            let size = page.slot_size as usize;
            let mut free_head: *mut u8 = std::ptr::null_mut();
            let mut live = 0usize;
            for i in (0..page.bump as usize).rev() {
                let slot = base.wrapping_add(i * size);
                let obj = slot as ObjPtr;
                // SAFETY: slots below `bump` are initialised (object or free).
                unsafe {
                    let w = (*obj).word;
                    if w != FREE_SLOT {
                        if w & flags::VISITED != 0 {
                            (*obj).word = w & !flags::VISITED;
                            live += 1;
                            continue;
                        }
                        (*obj).word = FREE_SLOT;
                        prog.freed_bytes += size;
                    }
                    *(slot.add(8) as *mut *mut u8) = free_head;
                }
                free_head = slot;
            }
            page.free_head = free_head;
            page.swept = true;
            prog.live_bytes += live * size;
            if live == 0 {
                self.free_page(pid);
            } else if live < page.nslots as usize {
                self.avail[size / 8].push(pid);
            }
        }
        prog.done = self.to_sweep.is_empty();
        prog.work = work;
        prog
    }

    /// Classifies `p` for the verifier.
    pub fn lookup(&self, p: usize) -> Lookup {
        let Some((&base, &aid)) = self.by_base.range(..=p).next_back() else {
            return Lookup::Outside;
        };
        if p >= base + ARENA_SIZE {
            return Lookup::Outside;
        }
        let pid = aid as usize * ARENA_PAGES + (p - base) / PAGE_SIZE;
        let page = &self.pages[pid];
        if page.slot_size == 0 {
            return Lookup::Invalid("pointer into a free page");
        }
        let off = (p - base) % PAGE_SIZE;
        let size = page.slot_size as usize;
        if !off.is_multiple_of(size) || off / size >= page.nslots as usize {
            return Lookup::Invalid("pointer into the middle of a slot");
        }
        if off / size >= page.bump as usize {
            return Lookup::Invalid("pointer to a never-allocated slot");
        }
        // SAFETY: the slot is below `bump`, hence initialised.
        if unsafe { *(p as *const u64) } == FREE_SLOT {
            return Lookup::Invalid("pointer to a freed slot");
        }
        Lookup::Object {
            slot_size: size,
            swept: page.swept,
        }
    }
}

impl Default for SmallHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for SmallHeap {
    fn drop(&mut self) {
        for a in self.arenas.iter().flatten() {
            // SAFETY: the heap is being destroyed; nothing uses its arenas.
            unsafe { os::unmap(a.base, ARENA_SIZE) };
        }
    }
}

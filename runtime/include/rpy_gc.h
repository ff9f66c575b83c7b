/* rpy_gc.h: the C view of the rpy runtime's GC ABI (docs/runtime-abi.md).
 *
 * Compiled programs emit the same operations as LLVM IR; this header is the
 * reference for them and is what benches/gc drives the collector with.
 * Single-threaded. All objects are 8-byte aligned; all GC pointers point at
 * the object header (offset 0). */
#ifndef RPY_GC_H
#define RPY_GC_H

#include <stddef.h>
#include <stdint.h>

/* ---- object header: one 64-bit word: type id (low 32 bits) | flags ---- */
typedef struct rpy_header { uint64_t word; } rpy_header;

#define RPY_GC_TRACK_YOUNG_PTRS (1ULL << 32) /* old: call the barrier first */
#define RPY_GC_CARDS_SET        (1ULL << 33) /* card bits may be set inline */
#define RPY_GC_HAS_CARDS        (1ULL << 34) /* array with a card table */
#define RPY_GC_VISITED          (1ULL << 35) /* runtime-private (mark bit) */
#define RPY_GC_PREBUILT         (1ULL << 36) /* static object */
/* bits 37..40 are private to the runtime; bits 41..63 are reserved (0) */
#define RPY_GC_PREBUILT_INITIAL (RPY_GC_PREBUILT | RPY_GC_TRACK_YOUNG_PTRS)

/* ---- card marking ---- */
#define RPY_GC_CARD_SHIFT  3  /* one card per 8 items (one cache line) */
#define RPY_GC_CARD_OFFSET 16 /* card c: bit c&7 of byte obj-16-1-(c>>3) */

/* ---- type table ---- */
#define RPY_TYPE_VARSIZE 1u

typedef struct rpy_type_info {
    uint32_t size;            /*  0: fixed size incl. header, or offset of item 0 */
    uint32_t flags;           /*  4: RPY_TYPE_VARSIZE or 0 */
    uint32_t item_size;       /*  8: bytes per item (var-sized) */
    uint32_t length_offset;   /* 12: offset of the int64 length (var-sized) */
    uint32_t n_ptr_offsets;   /* 16 */
    uint32_t n_item_ptr_offsets; /* 20 */
    const uint32_t *ptr_offsets;      /* 24: GC pointers in the fixed part */
    const uint32_t *item_ptr_offsets; /* 32: GC pointers inside each item */
} rpy_type_info;                      /* 40 bytes */

/* Allocated size: max(16, round_up(size [+ length * item_size], 8)). */
static inline size_t rpy_gc_size(size_t raw) {
    size_t r = (raw + 7) & ~(size_t)7;
    return r < 16 ? 16 : r;
}

typedef struct rpy_gc_stats {
    uint64_t minor_collections, major_collections, major_steps, full_collections;
    uint64_t bytes_allocated, bytes_promoted, peak_heap, heap_now, last_live;
    uint64_t total_pause_ns, max_pause_ns, pauses;
} rpy_gc_stats;

/* ---- exported globals (fast paths) ---- */
extern char *rpy_nursery_free;
extern char *rpy_nursery_top;
extern void **rpy_shadowstack_top;
extern void **rpy_shadowstack_base;
extern void **rpy_shadowstack_limit;

/* ---- entry points ---- */
int32_t rpy_gc_init(const rpy_type_info *table, uint32_t n_types);
void rpy_gc_register_prebuilt(void *const *objs, size_t n);
void rpy_gc_shutdown(void);
void *rpy_gc_malloc(uint32_t tid);
void *rpy_gc_malloc_array(uint32_t tid, int64_t length);
void rpy_gc_write_barrier(void *obj);
void rpy_gc_write_barrier_array(void *obj, int64_t index);
void rpy_gc_collect(void);
void rpy_gc_collect_minor(void);
int64_t rpy_gc_identityhash(void *obj);
int64_t rpy_gc_id(void *obj);
int32_t rpy_gc_out_of_memory(void);
int32_t rpy_gc_verify(void);
void rpy_gc_get_stats(rpy_gc_stats *out);

/* ---- the inline fast paths compiled code emits ---- */

/* Fixed-size allocation; `size` is rpy_gc_size(type size). */
static inline void *rpy_alloc_fixed(uint32_t tid, size_t size) {
    char *p = rpy_nursery_free;
    char *n = p + size;
    if (__builtin_expect(n > rpy_nursery_top, 0))
        return rpy_gc_malloc(tid);
    rpy_nursery_free = n;
    ((rpy_header *)p)->word = tid;
    return p;
}

static inline void rpy_push(void *p) { *rpy_shadowstack_top++ = p; }
static inline void *rpy_pop(void) { return *--rpy_shadowstack_top; }

/* Before storing a GC pointer into a field of `obj`. */
static inline void rpy_write_barrier(void *obj) {
    if (__builtin_expect(((rpy_header *)obj)->word & RPY_GC_TRACK_YOUNG_PTRS, 0))
        rpy_gc_write_barrier(obj);
}

/* Before storing a GC pointer into item `i` of array `arr`. */
static inline void rpy_write_barrier_item(void *arr, int64_t i) {
    uint64_t w = ((rpy_header *)arr)->word;
    if (__builtin_expect(w & RPY_GC_TRACK_YOUNG_PTRS, 0)) {
        if (w & RPY_GC_CARDS_SET) {
            uint64_t card = (uint64_t)i >> RPY_GC_CARD_SHIFT;
            ((unsigned char *)arr)[-RPY_GC_CARD_OFFSET - 1 - (int64_t)(card >> 3)] |=
                (unsigned char)(1u << (card & 7));
        } else {
            rpy_gc_write_barrier_array(arr, i);
        }
    }
}

#endif

/* GC benchmark workloads, each written twice: once with malloc/free, once
 * through the rpy GC ABI exactly as compiled code uses it (inline bump
 * allocation, shadow-stack pushes and pops, inline barrier tests). */
#include <stdint.h>
#include <stdlib.h>
#include "rpy_gc.h"

/* bytes requested from malloc, for the allocation rate */
uint64_t bench_malloc_bytes;
/* set by --measure-live: the array workload ends with a full collection
 * (while the array is still rooted) and stores the live bytes it found, so
 * that the live set includes what the items' `other` chains keep alive */
int bench_measure_live;
uint64_t bench_live_bytes;

/* ================= binary trees (benchmarks game) ================= */

typedef struct mnode { struct mnode *left, *right; } mnode;

static mnode *m_tree(int d) {
    mnode *n = malloc(sizeof(mnode));
    bench_malloc_bytes += sizeof(mnode);
    if (d > 0) {
        n->left = m_tree(d - 1);
        n->right = m_tree(d - 1);
    } else {
        n->left = n->right = NULL;
    }
    return n;
}
static long m_check(mnode *n) {
    return n->left ? 1 + m_check(n->left) + m_check(n->right) : 1;
}
static void m_free(mnode *n) {
    if (n->left) { m_free(n->left); m_free(n->right); }
    free(n);
}

long bench_bt_malloc(int max_depth) {
    long total = 0;
    mnode *stretch = m_tree(max_depth + 1);
    total += m_check(stretch);
    m_free(stretch);
    mnode *long_lived = m_tree(max_depth);
    for (int d = 4; d <= max_depth; d += 2) {
        long iters = 1L << (max_depth - d + 4);
        for (long i = 0; i < iters; i++) {
            mnode *t = m_tree(d);
            total += m_check(t);
            m_free(t);
        }
    }
    total += m_check(long_lived);
    m_free(long_lived);
    return total;
}

/* GC version: type 0 = node { header; left*; right* } (24 bytes). */
typedef struct gnode { rpy_header h; struct gnode *left, *right; } gnode;
#define T_GNODE 0

static gnode *g_tree(int d) {
    if (d == 0)
        return rpy_alloc_fixed(T_GNODE, sizeof(gnode));
    gnode *l = g_tree(d - 1);
    rpy_push(l);
    gnode *r = g_tree(d - 1);
    rpy_push(r);
    gnode *n = rpy_alloc_fixed(T_GNODE, sizeof(gnode));
    r = rpy_pop();
    l = rpy_pop();
    rpy_write_barrier(n);
    n->left = l;
    rpy_write_barrier(n);
    n->right = r;
    return n;
}
static long g_check(gnode *n) {
    return n->left ? 1 + g_check(n->left) + g_check(n->right) : 1;
}

long bench_bt_gc(int max_depth) {
    long total = 0;
    gnode *stretch = g_tree(max_depth + 1);
    total += g_check(stretch);
    gnode *long_lived = g_tree(max_depth);
    rpy_push(long_lived);
    for (int d = 4; d <= max_depth; d += 2) {
        long iters = 1L << (max_depth - d + 4);
        for (long i = 0; i < iters; i++) {
            gnode *t = g_tree(d);
            total += g_check(t);
        }
    }
    long_lived = rpy_pop();
    total += g_check(long_lived);
    return total;
}

/* ============ a long-lived large pointer array, random stores ============ */

static uint64_t rng_state;
static inline uint64_t rnd(void) {
    uint64_t x = rng_state;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    return rng_state = x;
}

typedef struct mitem { int64_t value; struct mitem *other; int64_t pad; } mitem;

long bench_array_malloc(long n, long stores, uint64_t seed) {
    rng_state = seed | 1;
    mitem **arr = malloc(n * sizeof(mitem *));
    bench_malloc_bytes += n * sizeof(mitem *);
    for (long i = 0; i < n; i++) {
        mitem *o = malloc(sizeof(mitem));
        bench_malloc_bytes += sizeof(mitem);
        o->value = i;
        o->other = i ? arr[rnd() % i] : NULL;
        o->pad = 0;
        arr[i] = o;
    }
    for (long s = 0; s < stores; s++) {
        long i = rnd() % n;
        mitem *o = malloc(sizeof(mitem));
        bench_malloc_bytes += sizeof(mitem);
        o->value = s;
        o->other = arr[rnd() % n];
        o->pad = 0;
        free(arr[i]);
        arr[i] = o;
    }
    long total = 0;
    for (long i = 0; i < n; i++) total += arr[i]->value;
    for (long i = 0; i < n; i++) free(arr[i]);
    free(arr);
    return total;
}

/* GC version: type 1 = item { header; value; other*; pad } (32 bytes),
 * type 2 = array { header; length; items* }. */
typedef struct gitem { rpy_header h; int64_t value; struct gitem *other; int64_t pad; } gitem;
typedef struct garray { rpy_header h; int64_t length; gitem *items[]; } garray;
#define T_GITEM 1
#define T_GARRAY 2

long bench_array_gc(long n, long stores, uint64_t seed) {
    rng_state = seed | 1;
    garray *arr = rpy_gc_malloc_array(T_GARRAY, n);
    if (!arr) return -1;
    void **slot = rpy_shadowstack_top;
    rpy_push(arr);
    for (long i = 0; i < n; i++) {
        gitem *o = rpy_alloc_fixed(T_GITEM, sizeof(gitem));
        arr = *slot; /* reload after a call that may collect */
        o->value = i;
        o->other = i ? arr->items[rnd() % i] : NULL; /* o is young: no barrier */
        rpy_write_barrier_item(arr, i);
        arr->items[i] = o;
    }
    for (long s = 0; s < stores; s++) {
        long i = rnd() % n;
        gitem *o = rpy_alloc_fixed(T_GITEM, sizeof(gitem));
        arr = *slot;
        o->value = s;
        o->other = arr->items[rnd() % n];
        rpy_write_barrier_item(arr, i);
        arr->items[i] = o;
    }
    if (bench_measure_live) {
        rpy_gc_stats st;
        rpy_gc_collect();
        rpy_gc_get_stats(&st);
        bench_live_bytes = st.last_live;
    }
    arr = rpy_pop();
    long total = 0;
    for (long i = 0; i < n; i++) total += arr->items[i]->value;
    return total;
}

/* ================= type table ================= */

static const uint32_t node_ptrs[] = {8, 16};
static const uint32_t item_ptrs[] = {16};
static const uint32_t array_item_ptrs[] = {0};
static const rpy_type_info types[] = {
    {24, 0, 0, 0, 2, 0, node_ptrs, NULL},
    {32, 0, 0, 0, 1, 0, item_ptrs, NULL},
    {16, RPY_TYPE_VARSIZE, 8, 8, 0, 1, NULL, array_item_ptrs},
};

int bench_gc_init(void) {
    return rpy_gc_init(types, 3);
}

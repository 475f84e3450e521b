/* blockpool.h: the Lua state's small-block allocator.
 *
 * A Lua evaluation allocates and frees thousands of small objects (strings,
 * tables, closures) per profile, and glibc malloc spent more time on them
 * than the rules did on their own work: its per-size caches hold 7 blocks,
 * the rest goes through the general bins and their consolidation. Lua
 * passes the old size of every block it frees or resizes, so blocks of up
 * to LC_POOL_MAX bytes can live in per-size free lists carved from 64 KiB
 * slabs with no header at all; larger blocks go to malloc. The pool belongs
 * to one sandbox (one Lua state, one thread) and is released with it.
 *
 * Under AddressSanitizer free blocks and unused slab space are poisoned, so
 * a use after free or an overflow inside a slab is still reported. */
#ifndef LC_BLOCKPOOL_H
#define LC_BLOCKPOOL_H

#include <stddef.h>

enum {
    LC_POOL_GRAIN = 16, /* size classes are multiples of this (and aligned to it) */
    LC_POOL_MAX = 1024, /* larger blocks come from malloc */
    LC_POOL_CLASSES = LC_POOL_MAX / LC_POOL_GRAIN,
    LC_POOL_SLAB = 64 << 10,
};

typedef struct lc_pool_slab lc_pool_slab;

typedef struct lc_blockpool {
    void *free[LC_POOL_CLASSES]; /* per size class, linked through each block's first word */
    char *bump, *bump_end;       /* the uncarved rest of the newest slab */
    lc_pool_slab *slabs;
    /* Large blocks kept in place by a shrink that could not get a small
     * block (only when malloc fails): the pool hands them out as small
     * blocks from then on and frees them with the slabs. */
    void **adopted;
    size_t n_adopted, cap_adopted;
} lc_blockpool;

/* lua_Alloc's contract for a block of the pool: PTR NULL allocates NSIZE
 * bytes, NSIZE 0 frees PTR (of OSIZE bytes), otherwise resizes. Growth
 * returns NULL when memory is short; a shrink never fails. Memory is aligned
 * for any object. */
void *lc_blockpool_realloc(lc_blockpool *p, void *ptr, size_t osize, size_t nsize);

/* Frees every slab: call after the Lua state is closed. */
void lc_blockpool_release(lc_blockpool *p);

#endif

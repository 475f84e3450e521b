/* blockpool.c: size-class free lists over slabs for the Lua state. */
#include "blockpool.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define LC_POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LC_POOL_ASAN 1
#endif
#endif

#ifdef LC_POOL_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)   ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct lc_pool_slab {
    lc_pool_slab *next;
    max_align_t data[]; /* LC_POOL_SLAB bytes */
};

_Static_assert(_Alignof(max_align_t) <= LC_POOL_GRAIN, "size classes keep blocks aligned");

static bool small(size_t n) {
    return n <= LC_POOL_MAX;
}

/* Class of a block of N bytes (1 <= N <= LC_POOL_MAX) and its real size. */
static size_t class_of(size_t n) {
    return (n + LC_POOL_GRAIN - 1) / LC_POOL_GRAIN - 1;
}

static size_t class_size(size_t cls) {
    return (cls + 1) * LC_POOL_GRAIN;
}

static void push_free(lc_blockpool *p, void *block, size_t cls) {
    UNPOISON(block, sizeof(void *));
    *(void **)block = p->free[cls];
    POISON(block, class_size(cls)); /* the link is read back through pop_free only */
    p->free[cls] = block;
}

static void *pop_free(lc_blockpool *p, size_t cls) {
    void *block = p->free[cls];
    if (!block) return NULL;
    UNPOISON(block, sizeof(void *));
    p->free[cls] = *(void **)block;
    return block;
}

/* The leftover of a slab becomes a free block of the largest class it
 * holds, so nothing of a slab is wasted but the last grain. */
static void donate_rest(lc_blockpool *p) {
    size_t rest = (size_t)(p->bump_end - p->bump);
    if (rest >= LC_POOL_GRAIN) push_free(p, p->bump, class_of(rest - rest % LC_POOL_GRAIN));
    p->bump = p->bump_end = NULL;
}

/* A block of class CLS, or NULL when a new slab cannot be had. */
static void *carve(lc_blockpool *p, size_t cls) {
    void *block = pop_free(p, cls);
    size_t size = class_size(cls);
    if (!block) {
        if ((size_t)(p->bump_end - p->bump) < size) {
            lc_pool_slab *s = malloc(sizeof(*s) + LC_POOL_SLAB);
            if (!s) return NULL;
            donate_rest(p);
            s->next = p->slabs;
            p->slabs = s;
            p->bump = (char *)s->data;
            p->bump_end = p->bump + LC_POOL_SLAB;
            POISON(p->bump, LC_POOL_SLAB);
        }
        block = p->bump;
        p->bump += size;
    }
    POISON(block, size);
    return block;
}

static void release(lc_blockpool *p, void *block, size_t size) {
    if (small(size))
        push_free(p, block, class_of(size));
    else
        free(block);
}

/* A shrink from a malloc block to a small size found no small block: the
 * large block stays where it is and serves as a small one from now on. */
static void *adopt(lc_blockpool *p, void *block) {
    if (p->n_adopted == p->cap_adopted) {
        size_t cap = p->cap_adopted ? p->cap_adopted * 2 : 8;
        void **a = realloc(p->adopted, cap * sizeof(void *));
        if (!a) return block; /* memory is that short: leak it rather than fail a shrink */
        p->adopted = a;
        p->cap_adopted = cap;
    }
    p->adopted[p->n_adopted++] = block;
    return block;
}

void *lc_blockpool_realloc(lc_blockpool *p, void *ptr, size_t osize, size_t nsize) {
    if (nsize == 0) {
        if (ptr) release(p, ptr, osize);
        return NULL;
    }
    if (!ptr) {
        if (!small(nsize)) return malloc(nsize);
        void *block = carve(p, class_of(nsize));
        if (block) UNPOISON(block, nsize);
        return block;
    }
    if (!small(osize) && !small(nsize)) {
        void *np = realloc(ptr, nsize);
        return np || nsize > osize ? np : ptr; /* a shrink keeps the larger block */
    }
    if (small(osize) && small(nsize) && class_of(osize) == class_of(nsize)) {
        POISON(ptr, class_size(class_of(osize)));
        UNPOISON(ptr, nsize);
        return ptr;
    }
    void *np = small(nsize) ? carve(p, class_of(nsize)) : malloc(nsize);
    if (!np) {
        if (nsize > osize) return NULL;
        /* a shrink must not fail: keep the block, which is large enough
         * for the smaller class it will be freed as */
        return small(osize) ? ptr : adopt(p, ptr);
    }
    UNPOISON(np, nsize);
    memcpy(np, ptr, osize < nsize ? osize : nsize);
    release(p, ptr, osize);
    return np;
}

void lc_blockpool_release(lc_blockpool *p) {
    for (size_t i = 0; i < p->n_adopted; i++)
        free(p->adopted[i]);
    free(p->adopted);
    lc_pool_slab *s = p->slabs;
    while (s) {
        lc_pool_slab *next = s->next;
        UNPOISON(s->data, LC_POOL_SLAB);
        free(s);
        s = next;
    }
    memset(p, 0, sizeof(*p));
}

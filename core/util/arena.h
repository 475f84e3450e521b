/* arena.h: bump allocator for trees that live and die together (a loaded
 * document, a result). Freeing the arena frees every node at once, so the
 * loaders need no per-node cleanup on their error paths. */
#ifndef LC_ARENA_H
#define LC_ARENA_H

#include <stddef.h>

typedef struct lc_arena_chunk lc_arena_chunk;

typedef struct lc_arena {
    lc_arena_chunk *head;
    size_t used_total; /* bytes handed out, for limits and statistics */
} lc_arena;

void lc_arena_init(lc_arena *a);
void lc_arena_free(lc_arena *a);
/* Returns NULL on out-of-memory; memory is zeroed. */
void *lc_arena_alloc(lc_arena *a, size_t size);
char *lc_arena_strndup(lc_arena *a, const char *s, size_t len);
char *lc_arena_strdup(lc_arena *a, const char *s);

#endif

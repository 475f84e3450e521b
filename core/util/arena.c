#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct lc_arena_chunk {
    lc_arena_chunk *next;
    size_t cap, used;
    max_align_t data[]; /* aligned for any object */
};

enum { LC_ARENA_CHUNK = 16 * 1024 };

void lc_arena_init(lc_arena *a) {
    a->head = NULL;
    a->used_total = 0;
}

void lc_arena_free(lc_arena *a) {
    lc_arena_chunk *c = a->head;
    while (c) {
        lc_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used_total = 0;
}

void *lc_arena_alloc(lc_arena *a, size_t size) {
    const size_t align = _Alignof(max_align_t);
    /* rounding up or adding the chunk header must not wrap around to a
     * small block */
    if (size > SIZE_MAX - sizeof(lc_arena_chunk) - align) return NULL;
    size = (size + align - 1) / align * align;
    if (size == 0) size = align;
    lc_arena_chunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > LC_ARENA_CHUNK ? size : LC_ARENA_CHUNK;
        c = malloc(sizeof(*c) + cap);
        if (!c) return NULL;
        c->cap = cap;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    a->used_total += size;
    memset(p, 0, size);
    return p;
}

char *lc_arena_strndup(lc_arena *a, const char *s, size_t len) {
    char *p = lc_arena_alloc(a, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *lc_arena_strdup(lc_arena *a, const char *s) {
    return lc_arena_strndup(a, s, strlen(s));
}

/* prng.h: a small deterministic generator for property tests (xorshift64*):
 * the state lives in the test, so a failing round can be replayed. */
#ifndef LC_TEST_PRNG_H
#define LC_TEST_PRNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct prng {
    uint64_t s; /* any non-zero seed */
} prng;

static inline uint64_t prng_next(prng *r) {
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ULL;
}

/* Uniform enough in [0, N); 0 when N is 0. */
static inline size_t prng_below(prng *r, size_t n) {
    return n ? (size_t)(prng_next(r) % n) : 0;
}

#endif

#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lc_buf_init(lc_buf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = false;
}

void lc_buf_free(lc_buf *b) {
    free(b->data);
    lc_buf_init(b);
}

void lc_buf_reset(lc_buf *b) {
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

static bool reserve(lc_buf *b, size_t extra) {
    if (b->oom) return false;
    if (extra >= SIZE_MAX / 2 - b->len) { /* the doubling below would wrap */
        b->oom = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

bool lc_buf_append(lc_buf *b, const char *s, size_t n) {
    if (!reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool lc_buf_puts(lc_buf *b, const char *s) {
    return lc_buf_append(b, s, strlen(s));
}

bool lc_buf_putc(lc_buf *b, char c) {
    return lc_buf_append(b, &c, 1);
}

bool lc_buf_vprintf(lc_buf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !reserve(b, (size_t)n)) return false;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return true;
}

bool lc_buf_printf(lc_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = lc_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return ok;
}

char *lc_buf_steal(lc_buf *b) {
    if (b->oom) {
        lc_buf_free(b);
        return NULL;
    }
    if (!b->data && !reserve(b, 0)) return NULL;
    b->data[b->len] = '\0'; /* an empty buffer has never been terminated */
    char *s = b->data;
    lc_buf_init(b);
    return s;
}

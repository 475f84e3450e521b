#define _POSIX_C_SOURCE 200809L
#include "lines.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { LINES_CHUNK = 64 * 1024 };

void lc_lines_init(lc_lines *r, FILE *f, size_t max_len) {
    *r = (lc_lines){.f = f, .max_len = max_len};
}

void lc_lines_free(lc_lines *r) {
    free(r->buf);
    r->buf = NULL;
}

/* Reads more input after the unread bytes; false at end of input or error. */
static lc_line_status fill(lc_lines *r) {
    if (r->start > 0) { /* keep the unread part at the front */
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->cap - r->end < LINES_CHUNK) {
        size_t cap = r->cap ? r->cap * 2 : 2 * LINES_CHUNK;
        char *grown = realloc(r->buf, cap);
        if (!grown) return LC_LINE_NOMEM;
        r->buf = grown;
        r->cap = cap;
    }
    /* read(), not fread(): a pipe that has sent one line and waits for its
     * answer must get that line now, not when 64 KiB have arrived */
    ssize_t n;
    do
        n = read(fileno(r->f), r->buf + r->end, r->cap - r->end - 1); /* room for a NUL */
    while (n < 0 && errno == EINTR);
    if (n < 0) return LC_LINE_IO;
    if (n == 0) r->eof = true;
    r->end += (size_t)n;
    return LC_LINE_OK;
}

lc_line_status lc_lines_next(lc_lines *r, const char **line, size_t *len) {
    bool skipping = false;
    for (;;) {
        char *nl = r->buf ? memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
        size_t avail = nl ? (size_t)(nl - (r->buf + r->start)) : r->end - r->start;
        if (!skipping && avail > r->max_len + 1) { /* +1: a '\r' before the '\n' */
            skipping = true;
        }
        if (skipping && !nl) { /* drop what we have and read on to the newline */
            r->start = r->end;
            if (r->eof) {
                r->lineno++;
                return LC_LINE_TOO_LONG;
            }
        } else if (nl || (r->eof && r->end > r->start)) {
            char *s = r->buf + r->start;
            r->start += avail + (nl ? 1 : 0);
            r->lineno++;
            if (avail && s[avail - 1] == '\r') avail--;
            if (skipping || avail > r->max_len) return LC_LINE_TOO_LONG;
            s[avail] = '\0';
            *line = s;
            *len = avail;
            return LC_LINE_OK;
        } else if (r->eof) {
            return LC_LINE_END;
        }
        lc_line_status st = fill(r);
        if (st != LC_LINE_OK) return st;
    }
}

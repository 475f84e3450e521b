/* lines.h: a line reader with a bounded line length, for streams too large
 * to read whole (NDJSON batches). A line longer than the bound is skipped
 * and reported, so one bad line cannot exhaust memory or end the stream. */
#ifndef LC_LINES_H
#define LC_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct lc_lines {
    FILE *f;        /* read through its descriptor, never through stdio */
    size_t max_len; /* longest line kept, without its newline */
    char *buf;
    size_t cap, start, end; /* unread bytes are buf[start..end) */
    bool eof;
    unsigned long lineno; /* of the line last returned, 1-based */
} lc_lines;

typedef enum {
    LC_LINE_OK,       /* *line / *len hold the line (no '\n', a final '\r' removed) */
    LC_LINE_TOO_LONG, /* the line exceeded max_len and was skipped */
    LC_LINE_END,      /* no more lines */
    LC_LINE_IO,       /* read error (errno) */
    LC_LINE_NOMEM,
} lc_line_status;

void lc_lines_init(lc_lines *r, FILE *f, size_t max_len);
void lc_lines_free(lc_lines *r);
/* The line stays valid until the next call. A last line without '\n' is a
 * line; an empty file has none. */
lc_line_status lc_lines_next(lc_lines *r, const char **line, size_t *len);

#endif

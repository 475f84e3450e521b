#include "csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { CSV_CHUNK = 256 * 1024 };

void lc_csv_init(lc_csv *c, FILE *f, const char *name, size_t max_field, size_t max_fields) {
    *c = (lc_csv){.f = f, .name = name, .line = 1, .col = 1};
    c->max_field = max_field;
    c->max_fields = max_fields;
    lc_buf_init(&c->record);
}

void lc_csv_free(lc_csv *c) {
    free(c->chunk);
    free(c->offsets);
    lc_buf_free(&c->record);
    c->chunk = NULL;
    c->offsets = NULL;
}

const char *lc_csv_field(const lc_csv *c, size_t i) {
    return i < c->n_fields ? c->record.data + c->offsets[i] : "";
}

static lc_csv_status error_at(lc_csv *c, unsigned long line, unsigned long col, const char *what) {
    snprintf(c->error, sizeof c->error, "%s", what);
    c->error_line = line;
    c->error_col = col;
    return LC_CSV_ERROR;
}

/* Makes sure unread bytes are in the chunk; false at the end of input. */
static bool more(lc_csv *c, lc_csv_status *st) {
    if (c->chunk_pos < c->chunk_len) return true;
    if (c->eof) return false;
    if (!c->chunk && !(c->chunk = malloc(CSV_CHUNK))) {
        *st = error_at(c, c->line, c->col, "out of memory");
        return false;
    }
    c->chunk_len = fread(c->chunk, 1, CSV_CHUNK, c->f);
    c->chunk_pos = 0;
    if (c->chunk_len == 0) {
        c->eof = true;
        if (ferror(c->f)) *st = error_at(c, c->line, c->col, strerror(errno));
        return false;
    }
    if (!c->started) { /* a byte-order mark is not data */
        c->started = true;
        if (c->chunk_len >= 3 && !memcmp(c->chunk, "\xEF\xBB\xBF", 3)) c->chunk_pos = 3;
        return more(c, st);
    }
    return true;
}

static bool start_field(lc_csv *c, lc_csv_status *st) {
    if (c->n_fields == c->max_fields) {
        char msg[128];
        snprintf(msg, sizeof msg, "more than %zu fields in a record (expected a WDI table)",
                 c->max_fields);
        *st = error_at(c, c->line, c->col, msg);
        return false;
    }
    if (c->n_fields == c->cap_fields) {
        size_t cap = c->cap_fields ? c->cap_fields * 2 : 64;
        size_t *grown = realloc(c->offsets, cap * sizeof(*grown));
        if (!grown) {
            *st = error_at(c, c->line, c->col, "out of memory");
            return false;
        }
        c->offsets = grown;
        c->cap_fields = cap;
    }
    c->offsets[c->n_fields++] = c->record.len;
    return true;
}

static bool append(lc_csv *c, const char *s, size_t n, size_t field_start, lc_csv_status *st) {
    if (c->record.len - field_start + n > c->max_field) {
        char msg[128];
        snprintf(msg, sizeof msg, "a field longer than %zu bytes (expected short CSV cells)",
                 c->max_field);
        *st = error_at(c, c->line, c->col, msg);
        return false;
    }
    if (!lc_buf_append(&c->record, s, n)) {
        *st = error_at(c, c->line, c->col, "out of memory");
        return false;
    }
    return true;
}

/* Consumes N bytes of the chunk, keeping line and column. */
static void consume(lc_csv *c, size_t n) {
    const char *p = c->chunk + c->chunk_pos;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            c->line++;
            c->col = 1;
        } else if (((unsigned char)p[i] & 0xC0) != 0x80) {
            c->col++;
        }
    }
    c->chunk_pos += n;
}

/* Length of the run of bytes at the cursor up to the next quote (QUOTED)
 * or the next comma or line end. */
static size_t span(const lc_csv *c, bool quoted) {
    const char *p = c->chunk + c->chunk_pos;
    size_t n = c->chunk_len - c->chunk_pos;
    if (quoted) {
        const char *q = memchr(p, '"', n);
        return q ? (size_t)(q - p) : n;
    }
    size_t i = 0;
    while (i < n && p[i] != ',' && p[i] != '\n' && p[i] != '\r')
        i++;
    return i;
}

lc_csv_status lc_csv_next(lc_csv *c) {
    lc_csv_status st = LC_CSV_END;
    lc_buf_reset(&c->record);
    c->n_fields = 0;
    /* skip blank lines between records */
    while (more(c, &st) && (c->chunk[c->chunk_pos] == '\n' || c->chunk[c->chunk_pos] == '\r'))
        consume(c, 1);
    if (st == LC_CSV_ERROR) return st;
    if (c->chunk_pos >= c->chunk_len && c->eof) return LC_CSV_END;
    c->record_line = c->line;
    for (;;) { /* one field per turn */
        if (!start_field(c, &st)) return st;
        size_t field_start = c->record.len;
        bool quoted = more(c, &st) && c->chunk[c->chunk_pos] == '"';
        if (quoted) {
            unsigned long qline = c->line, qcol = c->col;
            consume(c, 1);
            for (;;) {
                if (!more(c, &st)) {
                    if (st == LC_CSV_ERROR) return st;
                    return error_at(c, qline, qcol,
                                    "quoted field never closed (expected a closing '\"')");
                }
                size_t n = span(c, true);
                if (!append(c, c->chunk + c->chunk_pos, n, field_start, &st)) return st;
                consume(c, n);
                if (c->chunk_pos >= c->chunk_len) continue;
                consume(c, 1); /* the quote */
                if (!more(c, &st) && st == LC_CSV_ERROR) return st;
                if (c->chunk_pos < c->chunk_len && c->chunk[c->chunk_pos] == '"') {
                    if (!append(c, "\"", 1, field_start, &st)) return st; /* "" is a quote */
                    consume(c, 1);
                    continue;
                }
                break;
            }
        }
        /* unquoted text (or what follows a closing quote, kept as written) */
        for (;;) {
            if (!more(c, &st)) break;
            size_t n = span(c, false);
            if (!append(c, c->chunk + c->chunk_pos, n, field_start, &st)) return st;
            consume(c, n);
            if (c->chunk_pos < c->chunk_len) break;
        }
        if (st == LC_CSV_ERROR) return st;
        if (!lc_buf_putc(&c->record, '\0')) return error_at(c, c->line, c->col, "out of memory");
        if (c->chunk_pos >= c->chunk_len) return LC_CSV_RECORD; /* last record, no newline */
        char sep = c->chunk[c->chunk_pos];
        consume(c, 1);
        if (sep == ',') continue;
        if (sep == '\r' && more(c, &st) && c->chunk[c->chunk_pos] == '\n') consume(c, 1);
        if (st == LC_CSV_ERROR) return st;
        return LC_CSV_RECORD;
    }
}

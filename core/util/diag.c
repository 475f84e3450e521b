#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

void lc_diags_init(lc_diags *d) {
    memset(d, 0, sizeof(*d));
}

void lc_diags_clear(lc_diags *d) {
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
    }
    d->n = 0;
    d->errors = d->warnings = 0;
    d->oom = false;
}

void lc_diags_free(lc_diags *d) {
    lc_diags_clear(d);
    free(d->items);
    lc_diags_init(d);
}

void lc_diags_vadd(lc_diags *d, lc_diag_level level, const char *file, int line, int col,
                   const char *fmt, va_list ap) {
    if (level == LC_DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        lc_diag *items = realloc(d->items, cap * sizeof(*items));
        if (!items) {
            d->oom = true;
            return;
        }
        d->items = items;
        d->cap = cap;
    }
    lc_buf msg;
    lc_buf_init(&msg);
    lc_buf_vprintf(&msg, fmt, ap);
    char *text = lc_buf_steal(&msg);
    char *fcopy = file ? strdup(file) : NULL;
    if (!text || (file && !fcopy)) {
        free(text);
        free(fcopy);
        d->oom = true;
        return;
    }
    d->items[d->n++] = (lc_diag){fcopy, line, col, level, text};
}

void lc_diags_add(lc_diags *d, lc_diag_level level, const char *file, int line, int col,
                  const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(d, level, file, line, col, fmt, ap);
    va_end(ap);
}

static int cmp_pos(const lc_diag *a, const lc_diag *b) {
    int fc = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (fc) return fc;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return 0;
}

void lc_diags_sort(lc_diags *d) {
    /* Insertion sort: stable, and diagnostic lists are short. */
    for (size_t i = 1; i < d->n; i++) {
        lc_diag key = d->items[i];
        size_t j = i;
        while (j > 0 && cmp_pos(&d->items[j - 1], &key) > 0) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = key;
    }
}

char *lc_diag_format(const lc_diag *g) {
    lc_buf b;
    lc_buf_init(&b);
    if (g->file) {
        lc_buf_puts(&b, g->file);
        if (g->line > 0) lc_buf_printf(&b, ":%d:%d", g->line, g->col);
        lc_buf_puts(&b, ": ");
    }
    lc_buf_puts(&b, g->level == LC_DIAG_ERROR ? "error: " : "warning: ");
    lc_buf_puts(&b, g->message);
    return lc_buf_steal(&b);
}

void lc_diags_print(const lc_diags *d, FILE *out) {
    for (size_t i = 0; i < d->n; i++) {
        char *line = lc_diag_format(&d->items[i]);
        if (line) fprintf(out, "%s\n", line);
        free(line);
    }
    if (d->oom) fprintf(out, "error: out of memory while recording diagnostics\n");
}

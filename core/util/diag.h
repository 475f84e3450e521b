/* diag.h: diagnostics about inputs (profiles, schemas, rule packs).
 * Collected rather than printed so a caller gets every problem of a file at
 * once, sorted by position: `PATH:LINE:COLUMN: error: WHAT (expected WHAT)`. */
#ifndef LC_DIAG_H
#define LC_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { LC_DIAG_ERROR, LC_DIAG_WARNING } lc_diag_level;

typedef struct lc_diag {
    char *file;    /* may be NULL for problems not tied to a file */
    int line, col; /* 1-based; 0 when unknown */
    lc_diag_level level;
    char *message; /* "WHAT (expected WHAT)" */
} lc_diag;

typedef struct lc_diags {
    lc_diag *items;
    size_t n, cap;
    size_t errors, warnings;
    bool oom; /* a diagnostic could not be stored; errors is still incremented */
} lc_diags;

void lc_diags_init(lc_diags *d);
void lc_diags_free(lc_diags *d);
void lc_diags_clear(lc_diags *d);
void lc_diags_add(lc_diags *d, lc_diag_level level, const char *file, int line, int col,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
void lc_diags_vadd(lc_diags *d, lc_diag_level level, const char *file, int line, int col,
                   const char *fmt, va_list ap);
/* Stable sort by file, line, column. */
void lc_diags_sort(lc_diags *d);
void lc_diags_print(const lc_diags *d, FILE *out);
/* One diagnostic formatted as it is printed, without newline (caller frees). */
char *lc_diag_format(const lc_diag *g);

#endif

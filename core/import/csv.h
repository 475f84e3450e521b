/* csv.h: a streaming CSV reader (RFC 4180 as the World Bank writes it):
 * quoted fields with commas, doubled quotes and line breaks inside, empty
 * cells, CRLF or LF line ends, a UTF-8 byte-order mark. One record at a
 * time in bounded memory, so a file of hundreds of MB costs what its
 * longest record costs. */
#ifndef LC_CSV_H
#define LC_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../util/buf.h"

typedef struct lc_csv {
    FILE *f;
    const char *name; /* for messages */
    char *chunk;      /* read buffer */
    size_t chunk_len, chunk_pos;
    bool eof, started;
    unsigned long line, col; /* position of the next byte, 1-based */
    lc_buf record;           /* the fields of the current record, NUL-separated */
    size_t *offsets;         /* start of each field in record */
    size_t n_fields, cap_fields;
    unsigned long record_line; /* line the current record starts on */
    size_t max_field, max_fields;
    char error[256]; /* set when lc_csv_next returns LC_CSV_ERROR */
    unsigned long error_line, error_col;
} lc_csv;

typedef enum { LC_CSV_RECORD, LC_CSV_END, LC_CSV_ERROR } lc_csv_status;

/* MAX_FIELD bytes per field and MAX_FIELDS per record bound the memory. */
void lc_csv_init(lc_csv *c, FILE *f, const char *name, size_t max_field, size_t max_fields);
void lc_csv_free(lc_csv *c);
/* Reads the next record. Blank lines are skipped. */
lc_csv_status lc_csv_next(lc_csv *c);
/* Field I of the current record (NUL-terminated; "" past the end). */
const char *lc_csv_field(const lc_csv *c, size_t i);

#endif

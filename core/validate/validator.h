/* validator.h: state shared by the files of the validate stage (internal).
 * validate.c checks each value against its schema field; crosscheck.c
 * checks what spans fields; defaults.c fills in what the format defaults. */
#ifndef LC_VALIDATOR_H
#define LC_VALIDATOR_H

#include "../load/node.h"
#include "../util/diag.h"
#include "schema.h"

typedef struct validator {
    const lc_schema *schema;
    lc_doc *doc;
    lc_diags *diags;
    size_t errors;
    char path[512]; /* dotted path of the value being checked */
} validator;

/* Adds a diagnostic at AT, prefixed with the current path. */
void lc_v_report(validator *V, lc_diag_level level, const lc_node *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Appends SEG to the path; returns what lc_v_pop_path needs to undo it. */
size_t lc_v_push_path(validator *V, const char *seg);
void lc_v_pop_path(validator *V, size_t old);
/* Sets the path to PATH (for checks that start from the root). */
void lc_v_set_path(validator *V, const char *path);

/* The value's number if it is one (after provenance unwrapping). */
bool lc_v_number(const lc_node *n, double *out);

/* Checks between fields: references, sums, consistency (crosscheck.c). */
void lc_v_crosscheck(validator *V);
/* Fills in the format's defaults: country.as_of and `default:` fields
 * (defaults.c). Only for a valid document. */
void lc_v_apply_defaults(validator *V);

#endif

/* catalog.h: the measures catalogue (a rule pack's measures.yaml): what can
 * be recommended, what each measure needs first, and when a country already
 * has it. Validated at load: unknown prerequisites and cycles are errors
 * that print the whole chain. */
#ifndef LC_CATALOG_H
#define LC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "../load/node.h"
#include "../util/diag.h"

typedef struct lc_measure {
    const char *id, *title, *description, *area, *horizon, *stage;
    int priority; /* 1 = most urgent; orders measures inside a phase */
    const char **prereq_ids;
    size_t *prereqs; /* indexes into the catalogue */
    size_t n_prereqs;
    const char **evident_from; /* profile paths whose `true` means "in place" */
    size_t n_evident;
    const char *wto_note;
    const lc_node *design; /* recommended design for subsidy instruments */
    const lc_node *at;
} lc_measure;

typedef struct lc_catalog {
    lc_doc *doc;
    lc_arena arena;
    const char *path;
    lc_measure *m; /* sorted by id */
    size_t n;
} lc_catalog;

lc_catalog *lc_catalog_load_file(const char *path, lc_diags *diags);
lc_catalog *lc_catalog_load(const char *name, const char *text, size_t len, lc_diags *diags);
void lc_catalog_free(lc_catalog *c);
/* Index of ID, or (size_t)-1. */
size_t lc_catalog_index(const lc_catalog *c, const char *id);
const lc_measure *lc_catalog_find(const lc_catalog *c, const char *id);

#endif

/* catalog.h: the measures catalogue (a rule pack's measures.yaml): what can
 * be recommended, what each measure needs first, the stage it suits, when a
 * country already has it, and the WTO-compliant design to recommend for
 * subsidy instruments. Validated at load: unknown keys, bad enums, unknown
 * prerequisites, cycles (printed as the whole chain), evident_from paths the
 * profile schema does not know, and designs that could not be recommended. */
#ifndef LC_CATALOG_H
#define LC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "../load/node.h"
#include "../util/diag.h"
#include "../validate/schema.h"

/* Development stages in order (lessons.md §0.1). */
enum { LC_STAGE_NONE = -1, LC_STAGE_CATCH_UP, LC_STAGE_TRANSITION, LC_STAGE_INNOVATION };

/* LC_STAGE_NONE when NAME is NULL or not a stage. */
int lc_stage_parse(const char *name);

/* One fact that shows a measure is already in place. */
typedef enum {
    LC_EVIDENT_TRUE,  /* bare path: the value is true */
    LC_EVIDENT_IN,    /* {path, in: [...]}: the value is one of these */
    LC_EVIDENT_ABOVE, /* {path, above: N}: a number greater than N */
} lc_evident_kind;

typedef struct lc_evident {
    const char *path;
    lc_evident_kind kind;
    const lc_node *values; /* LC_EVIDENT_IN: the list node */
    double above;
    const lc_node *at;
} lc_evident;

typedef struct lc_measure {
    const char *id, *title, *description, *area, *horizon, *stage;
    int stage_rank; /* LC_STAGE_*; LC_STAGE_NONE when not given */
    int priority;   /* 1 = most urgent; orders measures inside a phase */
    int depth;      /* longest prerequisite chain below it (0 = none) */
    const char **prereq_ids;
    size_t *prereqs; /* indexes into the catalogue */
    size_t n_prereqs;
    const lc_node *lessons; /* list of lesson numbers, or NULL */
    lc_evident *evident;
    size_t n_evident;
    const char *wto_note;
    bool subsidy_instrument;
    const lc_node *design;        /* recommended design (a subsidy_programs[] item) */
    const lc_node *korean_design; /* the design Korea used, judged for the note, or NULL */
    const lc_node *at;
} lc_measure;

typedef struct lc_catalog {
    lc_doc *doc;
    lc_arena arena;
    const char *path;
    const char *version;
    lc_measure *m; /* sorted by id */
    size_t n;
} lc_catalog;

/* SCHEMA (may be NULL) is the profile schema evident_from paths and designs
 * are checked against. */
lc_catalog *lc_catalog_load_file(const char *path, const lc_schema *schema, lc_diags *diags);
lc_catalog *lc_catalog_load(const char *name, const char *text, size_t len, const lc_schema *schema,
                            lc_diags *diags);
void lc_catalog_free(lc_catalog *c);
/* Index of ID, or (size_t)-1. */
size_t lc_catalog_index(const lc_catalog *c, const char *id);
const lc_measure *lc_catalog_find(const lc_catalog *c, const char *id);
/* Whether the fact holds in the (validated) profile tree ROOT. */
bool lc_evident_holds(const lc_evident *e, const lc_node *root);

#endif

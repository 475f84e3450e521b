/* sequence.h: the plan stage. Turns the measures rules asked for into
 * phases: missing prerequisites are added, measures already in place or
 * waived are left out, and each measure sits in the earliest phase after all
 * of its prerequisites (longest-path layering). Deterministic. */
#ifndef LC_SEQUENCE_H
#define LC_SEQUENCE_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

typedef struct lc_planned {
    const lc_measure *m;
    int phase;            /* 1-based */
    const char **because; /* finding ids, sorted, unique (strings owned by the plan) */
    size_t n_because;
    bool added_as_prerequisite;
    size_t *requires; /* indexes into the plan */
    size_t n_requires;
    size_t *prerequisite_for;
    size_t n_prerequisite_for;
    cJSON *wto; /* set by the classify stage for subsidy instruments */
} lc_planned;

struct lc_plan {
    lc_planned *items; /* in output order: phase, priority, id */
    size_t n;
    int n_phases;
    char **strings;
    size_t n_strings;
};
typedef struct lc_plan lc_plan;

typedef struct lc_request {
    size_t measure;         /* catalogue index */
    const char *finding_id; /* the finding that asked */
} lc_request;

/* IN_PLACE and WAIVED are arrays of c->n flags (NULL = none). Returns NULL
 * only when out of memory. */
lc_plan *lc_plan_build(const lc_catalog *c, const lc_request *req, size_t n_req,
                       const bool *in_place, const bool *waived);
void lc_plan_free(lc_plan *p);

#endif

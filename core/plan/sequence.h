/* sequence.h: the sequencer. Turns the measures rules asked for into
 * phases: missing prerequisites are added, measures already in place or
 * waived are left out, and each measure sits in the earliest phase after all
 * of its prerequisites (longest-path layering). Stage-aware: a measure whose
 * catalogue stage is ahead of the country's stage is held back one phase per
 * stage of the gap. Whatever needed a waived measure is flagged.
 * Deterministic: every order is total. See docs/sequencing.md. */
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
    size_t *requires; /* plan slots, in output order */
    size_t n_requires;
    size_t *prerequisite_for; /* plan slots, in output order */
    size_t n_prerequisite_for;
    int stage_gap;             /* stages the measure is ahead of the country (0 = it fits);
                                  LC_STAGE_NONE when either stage is unknown */
    bool deferred_for_stage;   /* the stage gap, not a prerequisite, set its phase */
    size_t *blocked_by_waiver; /* waived measures it needs, directly or through
                                  planned prerequisites: catalogue indexes, by id */
    size_t n_blocked_by_waiver;
    cJSON *wto; /* set by the classify stage for subsidy instruments */
} lc_planned;

/* A measure the advisor waived, and what it leaves uncovered. */
typedef struct lc_plan_waiver {
    size_t measure;       /* catalogue index */
    bool in_place;        /* the country has it anyway: nothing is blocked */
    const char **because; /* findings that asked for it, sorted, unique */
    size_t n_because;
    size_t *needed_by; /* plan slots flagged blocked_by_waiver for it, in output order */
    size_t n_needed_by;
} lc_plan_waiver;

struct lc_plan {
    const lc_catalog *catalog; /* the measures the indexes below refer to */
    lc_planned *items;         /* in output order: phase, priority, id */
    size_t n;
    int n_phases;
    lc_plan_waiver *waivers; /* every waived measure, by id */
    size_t n_waivers;
    int country_stage; /* LC_STAGE_*, LC_STAGE_NONE when not assessed */
    char **strings;
    size_t n_strings;
};
typedef struct lc_plan lc_plan;

typedef struct lc_request {
    size_t measure;         /* catalogue index */
    const char *finding_id; /* the finding that asked */
} lc_request;

typedef struct lc_plan_input {
    const lc_request *requests;
    size_t n_requests;
    const bool *in_place; /* c->n flags, or NULL for none */
    const bool *waived;   /* c->n flags, or NULL for none */
    int country_stage;    /* LC_STAGE_*, or LC_STAGE_NONE: no stage-based deferral */
} lc_plan_input;

/* Returns NULL only when out of memory. */
lc_plan *lc_plan_build(const lc_catalog *c, const lc_plan_input *in);
void lc_plan_free(lc_plan *p);

/* "fits", "ahead" (one stage), "far_ahead" (two) or "unknown". */
const char *lc_planned_stage_fit(const lc_planned *it);

#endif

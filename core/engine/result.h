/* result.h: the result model every stage fills in and the renderers read.
 * Field meanings and orders follow ../shared/spec/output.md. Parts that
 * are already documents (evidence, source, subsidies, trace) are kept as
 * cJSON trees built in contract key order. */
#ifndef LC_RESULT_H
#define LC_RESULT_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "latecomer/latecomer.h"

typedef struct lc_finding {
    char *id, *rule, *title, *message;
    lc_severity severity;
    cJSON *evidence; /* array of objects */
    cJSON *source;   /* object */
    char **measures;
    size_t n_measures;
} lc_finding;

typedef struct lc_gap {
    char *field;
    char **needed_by; /* rule ids, sorted, unique */
    size_t n_needed_by;
    char *why;
} lc_gap;

typedef enum {
    LC_FAIL_NONE = 0,
    LC_FAIL_LOAD,
    LC_FAIL_RUNTIME,
    LC_FAIL_INSTRUCTIONS,
    LC_FAIL_MEMORY,
    LC_FAIL_TIMEOUT,
    LC_FAIL_BLOCKED,
} lc_fail_kind;

const char *lc_fail_kind_name(lc_fail_kind k);

typedef struct lc_rule_error {
    char *rule; /* rule or plugin id; the file path when the id is unknown */
    lc_fail_kind kind;
    char *message;
    char *file;
    int line;
} lc_rule_error;

typedef struct lc_plan lc_plan; /* plan/sequence.h */

struct lc_result {
    char *profile_path, *iso3, *name, *as_of;
    long long year;
    const char *rules_version;
    cJSON *stage; /* {id, capability, evidence} from the stage indicator */
    lc_finding *findings;
    size_t n_findings, cap_findings;
    lc_gap *gaps;
    size_t n_gaps, cap_gaps;
    size_t *gap_slots; /* hash index of gaps by field: index + 1, 0 = empty (result.c) */
    size_t n_gap_slots;
    lc_rule_error *errors;
    size_t n_errors, cap_errors;
    lc_plan *plan;
    cJSON *subsidies; /* array, profile order */
    cJSON *waived;    /* array of {measure, reason, needed_by} */
    cJSON *trace;     /* array, only with --explain */
    cJSON *stats;     /* object, only with --stats */
};

lc_result *lc_result_new(void);
/* Takes ownership of F's members (the struct itself is copied). */
bool lc_result_add_finding(lc_result *r, lc_finding *f);
/* Records that RULE needed FIELD and did not find it. */
bool lc_result_add_gap(lc_result *r, const char *field, const char *rule, const char *why);
bool lc_result_add_error(lc_result *r, const char *rule, lc_fail_kind kind, const char *message,
                         const char *file, int line);
void lc_finding_clear(lc_finding *f);
/* Puts findings, gaps and errors in contract order. */
void lc_result_sort(lc_result *r);

const char *lc_severity_name(lc_severity s);
/* -1 when NAME is not a severity. */
int lc_severity_parse(const char *name);

#endif

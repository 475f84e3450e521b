#include "result.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../plan/sequence.h"

static const char *severity_names[] = {"info", "advice", "warning", "critical"};

const char *lc_severity_name(lc_severity s) {
    return (unsigned)s < 4 ? severity_names[s] : "?";
}

int lc_severity_parse(const char *name) {
    for (int i = 0; i < 4; i++)
        if (name && !strcmp(name, severity_names[i])) return i;
    return -1;
}

const char *lc_fail_kind_name(lc_fail_kind k) {
    switch (k) {
    case LC_FAIL_NONE: return "none";
    case LC_FAIL_LOAD: return "load";
    case LC_FAIL_RUNTIME: return "runtime";
    case LC_FAIL_INSTRUCTIONS: return "instruction_limit";
    case LC_FAIL_MEMORY: return "memory_limit";
    case LC_FAIL_TIMEOUT: return "timeout";
    case LC_FAIL_BLOCKED: return "blocked_function";
    }
    return "?";
}

lc_result *lc_result_new(void) {
    return calloc(1, sizeof(lc_result));
}

/* ARR (N elements of SIZE bytes used of *CAP) with room for one more:
 * moved when it had to grow; NULL when out of memory, ARR still valid. */
static void *with_room_for_one(void *arr, size_t n, size_t *cap, size_t size) {
    if (n < *cap) return arr;
    size_t grown = *cap ? *cap * 2 : 8;
    void *p = realloc(arr, grown * size);
    if (p) *cap = grown;
    return p;
}

bool lc_result_add_finding(lc_result *r, lc_finding *f) {
    lc_finding *findings =
        with_room_for_one(r->findings, r->n_findings, &r->cap_findings, sizeof *findings);
    if (!findings) return false;
    r->findings = findings;
    r->findings[r->n_findings++] = *f;
    memset(f, 0, sizeof(*f));
    return true;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --- gaps, indexed by field: a profile's rules record hundreds ---------- */

static uint64_t hash_text(const char *s) {
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The slot of FIELD in the index: the one holding it, or the empty slot
 * where it belongs. The index is never full (see index_room). */
static size_t *gap_slot(const lc_result *r, const char *field) {
    size_t mask = r->n_gap_slots - 1;
    for (size_t i = (size_t)hash_text(field) & mask;; i = (i + 1) & mask) {
        size_t *slot = &r->gap_slots[i];
        if (!*slot || !strcmp(r->gaps[*slot - 1].field, field)) return slot;
    }
}

/* Room in the index for one more gap, keeping it at most half full. */
static bool index_room(lc_result *r) {
    if (2 * (r->n_gaps + 1) <= r->n_gap_slots) return true;
    size_t n = r->n_gap_slots ? 2 * r->n_gap_slots : 64;
    while (2 * (r->n_gaps + 1) > n) /* rebuilt after sorting: sized for every gap */
        n *= 2;
    size_t *slots = calloc(n, sizeof *slots);
    if (!slots) return false;
    free(r->gap_slots);
    r->gap_slots = slots;
    r->n_gap_slots = n;
    for (size_t i = 0; i < r->n_gaps; i++)
        *gap_slot(r, r->gaps[i].field) = i + 1;
    return true;
}

bool lc_result_add_gap(lc_result *r, const char *field, const char *rule, const char *why) {
    if (!index_room(r)) return false;
    size_t *slot = gap_slot(r, field);
    lc_gap *g = *slot ? &r->gaps[*slot - 1] : NULL;
    if (!g) {
        lc_gap *gaps = with_room_for_one(r->gaps, r->n_gaps, &r->cap_gaps, sizeof *gaps);
        if (!gaps) return false;
        r->gaps = gaps;
        g = &r->gaps[r->n_gaps];
        memset(g, 0, sizeof(*g));
        g->field = strdup(field);
        g->why = why ? strdup(why) : NULL;
        if (!g->field || (why && !g->why)) {
            free(g->field);
            free(g->why);
            return false;
        }
        *slot = ++r->n_gaps;
    }
    for (size_t i = 0; i < g->n_needed_by; i++)
        if (!strcmp(g->needed_by[i], rule)) return true;
    char **nb = realloc(g->needed_by, (g->n_needed_by + 1) * sizeof(char *));
    if (!nb) return false;
    g->needed_by = nb;
    if (!(nb[g->n_needed_by] = strdup(rule))) return false;
    g->n_needed_by++;
    qsort(g->needed_by, g->n_needed_by, sizeof(char *), cmp_str);
    return true;
}

bool lc_result_add_error(lc_result *r, const char *rule, lc_fail_kind kind, const char *message,
                         const char *file, int line) {
    lc_rule_error *errors =
        with_room_for_one(r->errors, r->n_errors, &r->cap_errors, sizeof *errors);
    if (!errors) return false;
    r->errors = errors;
    lc_rule_error *e = &r->errors[r->n_errors];
    e->rule = strdup(rule ? rule : "?");
    e->kind = kind;
    e->message = strdup(message ? message : "");
    e->file = file ? strdup(file) : NULL;
    e->line = line;
    if (!e->rule || !e->message || (file && !e->file)) {
        free(e->rule);
        free(e->message);
        free(e->file);
        return false;
    }
    r->n_errors++;
    return true;
}

void lc_finding_clear(lc_finding *f) {
    free(f->id);
    free(f->rule);
    free(f->title);
    free(f->message);
    cJSON_Delete(f->evidence);
    cJSON_Delete(f->source);
    for (size_t i = 0; i < f->n_measures; i++)
        free(f->measures[i]);
    free(f->measures);
    memset(f, 0, sizeof(*f));
}

static int cmp_finding(const void *pa, const void *pb) {
    const lc_finding *a = pa, *b = pb;
    if (a->severity != b->severity) return a->severity > b->severity ? -1 : 1;
    int c = strcmp(a->rule, b->rule);
    return c ? c : strcmp(a->id, b->id);
}

static int cmp_gap(const void *a, const void *b) {
    return strcmp(((const lc_gap *)a)->field, ((const lc_gap *)b)->field);
}

static int cmp_error(const void *pa, const void *pb) {
    const lc_rule_error *a = pa, *b = pb;
    int c = strcmp(a->rule, b->rule);
    if (c) return c;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    return strcmp(a->message, b->message);
}

void lc_result_sort(lc_result *r) {
    /* qsort is not stable, so every comparator is a total order on content */
    if (r->n_findings) qsort(r->findings, r->n_findings, sizeof(lc_finding), cmp_finding);
    if (r->n_gaps) qsort(r->gaps, r->n_gaps, sizeof(lc_gap), cmp_gap);
    free(r->gap_slots); /* stale once sorted: rebuilt if a gap is added later */
    r->gap_slots = NULL;
    r->n_gap_slots = 0;
    if (r->n_errors) qsort(r->errors, r->n_errors, sizeof(lc_rule_error), cmp_error);
}

int lc_result_max_severity(const lc_result *r) {
    int max = -1;
    for (size_t i = 0; i < r->n_findings; i++)
        if ((int)r->findings[i].severity > max) max = (int)r->findings[i].severity;
    return max;
}

size_t lc_result_error_count(const lc_result *r) {
    return r->n_errors;
}

void lc_result_free(lc_result *r) {
    if (!r) return;
    free(r->profile_path);
    free(r->iso3);
    free(r->name);
    free(r->as_of);
    cJSON_Delete(r->stage);
    for (size_t i = 0; i < r->n_findings; i++)
        lc_finding_clear(&r->findings[i]);
    free(r->findings);
    for (size_t i = 0; i < r->n_gaps; i++) {
        free(r->gaps[i].field);
        free(r->gaps[i].why);
        for (size_t j = 0; j < r->gaps[i].n_needed_by; j++)
            free(r->gaps[i].needed_by[j]);
        free(r->gaps[i].needed_by);
    }
    free(r->gaps);
    free(r->gap_slots);
    for (size_t i = 0; i < r->n_errors; i++) {
        free(r->errors[i].rule);
        free(r->errors[i].message);
        free(r->errors[i].file);
    }
    free(r->errors);
    lc_plan_free(r->plan);
    cJSON_Delete(r->subsidies);
    cJSON_Delete(r->waived);
    cJSON_Delete(r->trace);
    cJSON_Delete(r->stats);
    free(r);
}

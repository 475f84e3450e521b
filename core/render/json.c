/* json.c: the result document (output.md), as a cJSON tree or straight
 * as JSON text, from one description of it. */
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "../plan/sequence.h"
#include "../util/buf.h"
#include "jsonw.h"
#include "render.h"

/* The result document in contract key order (output.md), described once
 * for both destinations of the writer. */

static void strings(lc_json_writer *w, const char *key, char *const *s, size_t n) {
    lc_jw_array(w, key);
    for (size_t i = 0; i < n; i++)
        lc_jw_string(w, NULL, s[i]);
    lc_jw_end(w);
}

static void finding(lc_json_writer *w, const lc_finding *f) {
    lc_jw_object(w, NULL);
    lc_jw_string(w, "id", f->id);
    lc_jw_string(w, "rule", f->rule);
    lc_jw_string(w, "severity", lc_severity_name(f->severity));
    lc_jw_string(w, "title", f->title);
    lc_jw_string(w, "message", f->message);
    lc_jw_json(w, "evidence", f->evidence);
    lc_jw_json(w, "source", f->source);
    strings(w, "measures", f->measures, f->n_measures);
    lc_jw_end(w);
}

static void planned_measure(lc_json_writer *w, const lc_plan *p, const lc_planned *it) {
    lc_jw_object(w, NULL);
    lc_jw_string(w, "id", it->m->id);
    lc_jw_string(w, "title", it->m->title);
    lc_jw_string(w, "horizon", it->m->horizon);
    lc_jw_array(w, "because");
    for (size_t i = 0; i < it->n_because; i++)
        lc_jw_string(w, NULL, it->because[i]);
    lc_jw_end(w);
    lc_jw_array(w, "requires");
    for (size_t i = 0; i < it->n_requires; i++)
        lc_jw_string(w, NULL, p->items[it->requires[i]].m->id);
    lc_jw_end(w);
    lc_jw_array(w, "prerequisite_for");
    for (size_t i = 0; i < it->n_prerequisite_for; i++)
        lc_jw_string(w, NULL, p->items[it->prerequisite_for[i]].m->id);
    lc_jw_end(w);
    lc_jw_bool(w, "added_as_prerequisite", it->added_as_prerequisite);
    if (it->wto) lc_jw_json(w, "wto", it->wto);
    /* extensions of the contract shape, after its keys (docs/sequencing.md) */
    lc_jw_number(w, "priority", it->m->priority);
    lc_jw_string(w, "stage", it->m->stage);
    lc_jw_string(w, "stage_fit", lc_planned_stage_fit(it));
    lc_jw_bool(w, "deferred_for_stage", it->deferred_for_stage);
    lc_jw_array(w, "blocked_by_waiver");
    for (size_t i = 0; i < it->n_blocked_by_waiver; i++)
        lc_jw_string(w, NULL, p->catalog->m[it->blocked_by_waiver[i]].id);
    lc_jw_end(w);
    lc_jw_end(w);
}

/* Phases in order, each with its measures (the plan is sorted by phase). */
static void sequence(lc_json_writer *w, const lc_plan *p) {
    lc_jw_array(w, "sequence");
    size_t k = 0;
    while (p && k < p->n) {
        int phase = p->items[k].phase;
        lc_jw_object(w, NULL);
        lc_jw_number(w, "phase", phase);
        lc_jw_array(w, "measures");
        while (k < p->n && p->items[k].phase == phase)
            planned_measure(w, p, &p->items[k++]);
        lc_jw_end(w);
        lc_jw_end(w);
    }
    lc_jw_end(w);
}

/* A tree the model may not have: an empty array in its place. */
static void json_or_empty_array(lc_json_writer *w, const char *key, const cJSON *j) {
    if (j) {
        lc_jw_json(w, key, j);
    } else {
        lc_jw_array(w, key);
        lc_jw_end(w);
    }
}

static void write_result(lc_json_writer *w, const lc_result *r) {
    lc_jw_object(w, NULL);
    lc_jw_string(w, "format", "latecomer.result/1");
    lc_jw_object(w, "engine");
    lc_jw_string(w, "version", LC_VERSION);
    lc_jw_string(w, "rules_version", r->rules_version);
    lc_jw_string(w, "lua", LUA_VERSION);
    lc_jw_end(w);
    lc_jw_object(w, "profile");
    lc_jw_string(w, "path", r->profile_path);
    lc_jw_string(w, "iso3", r->iso3);
    lc_jw_string(w, "name", r->name);
    lc_jw_number(w, "year", (double)r->year);
    lc_jw_string(w, "as_of", r->as_of);
    lc_jw_end(w);
    lc_jw_json(w, "stage", r->stage);
    lc_jw_array(w, "findings");
    for (size_t i = 0; i < r->n_findings; i++)
        finding(w, &r->findings[i]);
    lc_jw_end(w);
    sequence(w, r->plan);
    json_or_empty_array(w, "waivers", r->waived);
    json_or_empty_array(w, "subsidies", r->subsidies);
    lc_jw_array(w, "data_gaps");
    for (size_t i = 0; i < r->n_gaps; i++) {
        const lc_gap *g = &r->gaps[i];
        lc_jw_object(w, NULL);
        lc_jw_string(w, "field", g->field);
        strings(w, "needed_by", g->needed_by, g->n_needed_by);
        lc_jw_string(w, "why", g->why);
        lc_jw_end(w);
    }
    lc_jw_end(w);
    lc_jw_array(w, "errors");
    for (size_t i = 0; i < r->n_errors; i++) {
        const lc_rule_error *e = &r->errors[i];
        lc_jw_object(w, NULL);
        lc_jw_string(w, "rule", e->rule);
        lc_jw_string(w, "kind", lc_fail_kind_name(e->kind));
        lc_jw_string(w, "message", e->message);
        lc_jw_string(w, "file", e->file);
        if (e->line)
            lc_jw_number(w, "line", e->line);
        else
            lc_jw_null(w, "line");
        lc_jw_end(w);
    }
    lc_jw_end(w);
    if (r->trace) lc_jw_json(w, "trace", r->trace);
    if (r->stats) lc_jw_json(w, "stats", r->stats);
    lc_jw_end(w);
}

cJSON *lc_result_document(const lc_result *r) {
    lc_json_writer w;
    lc_jw_tree(&w);
    write_result(&w, r);
    return lc_jw_tree_take(&w);
}

/* OUT's text once W has written it, or NULL (OUT freed) after a failure. */
static char *finished(const lc_json_writer *w, lc_buf *out) {
    if (lc_jw_ok(w)) return lc_buf_steal(out);
    lc_buf_free(out);
    return NULL;
}

/* Text written straight from the model: no tree to build, copy and free. */
char *lc_result_json(const lc_result *r, bool pretty) {
    lc_buf out;
    lc_buf_init(&out);
    lc_json_writer w;
    lc_jw_text(&w, &out, pretty);
    write_result(&w, r);
    return finished(&w, &out);
}

char *lc_json_print(const cJSON *d, bool pretty) {
    lc_buf out;
    lc_buf_init(&out);
    lc_json_writer w;
    lc_jw_text(&w, &out, pretty);
    lc_jw_json(&w, NULL, d);
    return finished(&w, &out);
}

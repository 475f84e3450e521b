#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "../plan/sequence.h"
#include "render.h"

static cJSON *strings(char *const *s, size_t n) {
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(s[i]));
    return a;
}

static cJSON *dup(const cJSON *j) {
    return j ? cJSON_Duplicate(j, 1) : cJSON_CreateNull();
}

static cJSON *maybe_string(const char *s) {
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *finding_doc(const lc_finding *f) {
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddStringToObject(o, "id", f->id);
    cJSON_AddStringToObject(o, "rule", f->rule);
    cJSON_AddStringToObject(o, "severity", lc_severity_name(f->severity));
    cJSON_AddStringToObject(o, "title", f->title);
    cJSON_AddStringToObject(o, "message", f->message);
    cJSON_AddItemToObject(o, "evidence", dup(f->evidence));
    cJSON_AddItemToObject(o, "source", dup(f->source));
    cJSON_AddItemToObject(o, "measures", strings(f->measures, f->n_measures));
    return o;
}

static cJSON *sequence_doc(const lc_plan *p) {
    cJSON *phases = cJSON_CreateArray();
    if (!phases || !p) return phases;
    cJSON *cur = NULL;
    int cur_phase = 0;
    for (size_t k = 0; k < p->n; k++) {
        const lc_planned *it = &p->items[k];
        if (it->phase != cur_phase) {
            cJSON *ph = cJSON_CreateObject();
            if (!ph) return phases;
            cJSON_AddItemToArray(phases, ph);
            cJSON_AddNumberToObject(ph, "phase", it->phase);
            cur = cJSON_AddArrayToObject(ph, "measures");
            cur_phase = it->phase;
        }
        cJSON *m = cJSON_CreateObject();
        if (!m) return phases;
        cJSON_AddItemToArray(cur, m);
        cJSON_AddStringToObject(m, "id", it->m->id);
        cJSON_AddStringToObject(m, "title", it->m->title);
        cJSON_AddItemToObject(
            m, "horizon", it->m->horizon ? cJSON_CreateString(it->m->horizon) : cJSON_CreateNull());
        cJSON *because = cJSON_AddArrayToObject(m, "because");
        for (size_t i = 0; i < it->n_because; i++)
            cJSON_AddItemToArray(because, cJSON_CreateString(it->because[i]));
        cJSON *req = cJSON_AddArrayToObject(m, "requires");
        for (size_t i = 0; i < it->n_requires; i++)
            cJSON_AddItemToArray(req, cJSON_CreateString(p->items[it->requires[i]].m->id));
        cJSON *pf = cJSON_AddArrayToObject(m, "prerequisite_for");
        for (size_t i = 0; i < it->n_prerequisite_for; i++)
            cJSON_AddItemToArray(pf, cJSON_CreateString(p->items[it->prerequisite_for[i]].m->id));
        cJSON_AddBoolToObject(m, "added_as_prerequisite", it->added_as_prerequisite);
        if (it->wto) cJSON_AddItemToObject(m, "wto", cJSON_Duplicate(it->wto, 1));
        /* extensions of the contract shape, after its keys (docs/sequencing.md) */
        cJSON_AddNumberToObject(m, "priority", it->m->priority);
        cJSON_AddItemToObject(m, "stage", maybe_string(it->m->stage));
        cJSON_AddStringToObject(m, "stage_fit", lc_planned_stage_fit(it));
        cJSON_AddBoolToObject(m, "deferred_for_stage", it->deferred_for_stage);
        cJSON *blocked = cJSON_AddArrayToObject(m, "blocked_by_waiver");
        for (size_t i = 0; blocked && i < it->n_blocked_by_waiver; i++)
            cJSON_AddItemToArray(blocked,
                                 cJSON_CreateString(p->catalog->m[it->blocked_by_waiver[i]].id));
    }
    return phases;
}

cJSON *lc_result_document(const lc_result *r) {
    cJSON *d = cJSON_CreateObject();
    if (!d) return NULL;
    cJSON_AddStringToObject(d, "format", "latecomer.result/1");
    cJSON *eng = cJSON_AddObjectToObject(d, "engine");
    if (eng) {
        cJSON_AddStringToObject(eng, "version", LC_VERSION);
        cJSON_AddItemToObject(eng, "rules_version", maybe_string(r->rules_version));
        cJSON_AddStringToObject(eng, "lua", LUA_VERSION);
    }
    cJSON *prof = cJSON_AddObjectToObject(d, "profile");
    if (prof) {
        cJSON_AddItemToObject(prof, "path", maybe_string(r->profile_path));
        cJSON_AddItemToObject(prof, "iso3", maybe_string(r->iso3));
        cJSON_AddItemToObject(prof, "name", maybe_string(r->name));
        cJSON_AddNumberToObject(prof, "year", (double)r->year);
        cJSON_AddItemToObject(prof, "as_of", maybe_string(r->as_of));
    }
    cJSON_AddItemToObject(d, "stage", dup(r->stage));
    cJSON *findings = cJSON_AddArrayToObject(d, "findings");
    for (size_t i = 0; findings && i < r->n_findings; i++)
        cJSON_AddItemToArray(findings, finding_doc(&r->findings[i]));
    cJSON_AddItemToObject(d, "sequence", sequence_doc(r->plan));
    cJSON_AddItemToObject(d, "waivers",
                          r->waived ? cJSON_Duplicate(r->waived, 1) : cJSON_CreateArray());
    cJSON_AddItemToObject(d, "subsidies",
                          r->subsidies ? cJSON_Duplicate(r->subsidies, 1) : cJSON_CreateArray());
    cJSON *gaps = cJSON_AddArrayToObject(d, "data_gaps");
    for (size_t i = 0; gaps && i < r->n_gaps; i++) {
        const lc_gap *g = &r->gaps[i];
        cJSON *o = cJSON_CreateObject();
        if (!o) break;
        cJSON_AddItemToArray(gaps, o);
        cJSON_AddStringToObject(o, "field", g->field);
        cJSON_AddItemToObject(o, "needed_by", strings(g->needed_by, g->n_needed_by));
        cJSON_AddItemToObject(o, "why", maybe_string(g->why));
    }
    cJSON *errors = cJSON_AddArrayToObject(d, "errors");
    for (size_t i = 0; errors && i < r->n_errors; i++) {
        const lc_rule_error *e = &r->errors[i];
        cJSON *o = cJSON_CreateObject();
        if (!o) break;
        cJSON_AddItemToArray(errors, o);
        cJSON_AddStringToObject(o, "rule", e->rule);
        cJSON_AddStringToObject(o, "kind", lc_fail_kind_name(e->kind));
        cJSON_AddStringToObject(o, "message", e->message);
        cJSON_AddItemToObject(o, "file", maybe_string(e->file));
        if (e->line)
            cJSON_AddNumberToObject(o, "line", e->line);
        else
            cJSON_AddNullToObject(o, "line");
    }
    if (r->trace) cJSON_AddItemToObject(d, "trace", cJSON_Duplicate(r->trace, 1));
    if (r->stats) cJSON_AddItemToObject(d, "stats", cJSON_Duplicate(r->stats, 1));
    return d;
}

char *lc_result_json(const lc_result *r, bool pretty) {
    cJSON *d = lc_result_document(r);
    if (!d) return NULL;
    char *s = lc_json_print(d, pretty);
    cJSON_Delete(d);
    return s;
}

char *lc_json_print(const cJSON *d, bool pretty) {
    char *s = pretty ? cJSON_Print(d) : cJSON_PrintUnformatted(d);
    if (!s || !pretty) return s;
    /* cJSON indents with tabs; JSON strings never hold a raw tab, so every
     * tab is indentation and two spaces read better. */
    size_t tabs = 0, len = strlen(s);
    for (size_t i = 0; i < len; i++)
        tabs += s[i] == '\t';
    char *out = malloc(len + tabs + 1);
    if (!out) {
        free(s);
        return NULL;
    }
    char *w = out;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\t' && i > 0 && s[i - 1] == ':') {
            *w++ = ' '; /* "key":\tvalue */
        } else if (s[i] == '\t') {
            *w++ = ' ';
            *w++ = ' ';
        } else {
            *w++ = s[i];
        }
    }
    *w = '\0';
    free(s);
    return out;
}

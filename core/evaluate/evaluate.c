#include "evaluate.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "invoke.h"

static const char *why_needed(const lc_run *run, const char *field, const lc_script *s) {
    (void)field;
    (void)run;
    return s->title;
}

/* At the `fails` level a rule's entry keeps only the checks that decided
 * its status: those that held (why it fired) and those that lacked data
 * (why it was skipped). */
static void drop_checks_that_did_not_hold(cJSON *checks) {
    cJSON *c = checks ? checks->child : NULL;
    while (c) {
        cJSON *next = c->next;
        const cJSON *outcome = cJSON_GetObjectItemCaseSensitive(c, "outcome");
        if (cJSON_IsString(outcome) && !strcmp(outcome->valuestring, "not_held"))
            cJSON_Delete(cJSON_DetachItemViaPointer(checks, c));
        c = next;
    }
}

static void add_trace_error(cJSON *t, lc_fail_kind kind, const char *message, const char *file,
                            int line) {
    cJSON *e = cJSON_AddObjectToObject(t, "error");
    if (!e) return;
    cJSON_AddStringToObject(e, "kind", lc_fail_kind_name(kind));
    cJSON_AddStringToObject(e, "message", message ? message : "");
    cJSON_AddItemToObject(e, "file", file ? cJSON_CreateString(file) : cJSON_CreateNull());
    cJSON_AddItemToObject(e, "line", line ? cJSON_CreateNumber(line) : cJSON_CreateNull());
}

void lc_record_call(lc_run *run, const char *stage, lc_rule_status st, lc_call *call,
                    const lc_call_error *err) {
    lc_result *r = run->r;
    const lc_script *s = call->script;
    /* a failed call's gaps are as unreliable as its findings */
    for (size_t i = 0; st != LC_STATUS_ERROR && i < call->n_missing; i++)
        lc_result_add_gap(r, call->missing[i], s->id, why_needed(run, call->missing[i], s));
    if (st == LC_STATUS_ERROR)
        lc_result_add_error(r, s->id, err->kind, err->message, err->file ? err->file : s->file,
                            err->line);
    lc_explain level = run->opts ? run->opts->explain : LC_EXPLAIN_OFF;
    if (level == LC_EXPLAIN_OFF) return;
    /* fails: what fired, was skipped or failed; notes: plus what did not fire
     * but checked or noted something; full: every call */
    if (st == LC_STATUS_NOT_FIRED && level == LC_EXPLAIN_FAILS) return;
    if (st == LC_STATUS_NOT_FIRED && level == LC_EXPLAIN_NOTES && !call->checks && !call->notes)
        return;
    if (level == LC_EXPLAIN_FAILS) drop_checks_that_did_not_hold(call->checks);
    if (!r->trace && !(r->trace = cJSON_CreateArray())) return;
    cJSON *t = cJSON_CreateObject();
    if (!t) return;
    cJSON_AddItemToArray(r->trace, t);
    cJSON_AddStringToObject(t, "rule", s->id);
    cJSON_AddStringToObject(t, "stage", stage);
    cJSON_AddStringToObject(t, "status", lc_rule_status_name(st));
    cJSON *ids = cJSON_AddArrayToObject(t, "findings");
    for (size_t i = 0; ids && st != LC_STATUS_ERROR && i < call->n_findings; i++)
        cJSON_AddItemToArray(ids, cJSON_CreateString(call->findings[i].id));
    cJSON *miss = cJSON_AddArrayToObject(t, "missing");
    for (size_t i = 0; miss && i < call->n_missing; i++)
        cJSON_AddItemToArray(miss, cJSON_CreateString(call->missing[i]));
    cJSON_AddItemToObject(t, "checks", call->checks ? call->checks : cJSON_CreateArray());
    call->checks = NULL;
    if (level != LC_EXPLAIN_FAILS && call->notes) {
        cJSON_AddItemToObject(t, "notes", call->notes);
        call->notes = NULL;
    }
    if (st == LC_STATUS_ERROR)
        add_trace_error(t, err->kind, err->message, err->file ? err->file : s->file, err->line);
}

void lc_record_load_failures(lc_run *run, const char *stage, const lc_scripts *set) {
    const lc_eval_options *o = run->opts;
    for (size_t i = 0; i < set->n_failed; i++) {
        const lc_rule_error *f = &set->failed[i];
        /* --only and --tags select what runs: a rule they leave out does not
         * report its load failure either (its tags are unknown) */
        if (o && ((o->only && fnmatch(o->only, f->rule, 0) != 0) || (o->tags && *o->tags)))
            continue;
        lc_result_add_error(run->r, f->rule, f->kind, f->message, f->file, f->line);
        if (!run->r->trace) continue;
        cJSON *t = cJSON_CreateObject();
        if (!t) continue;
        cJSON_AddItemToArray(run->r->trace, t);
        cJSON_AddStringToObject(t, "rule", f->rule);
        cJSON_AddStringToObject(t, "stage", stage);
        cJSON_AddStringToObject(t, "status", lc_rule_status_name(LC_STATUS_ERROR));
        cJSON_AddArrayToObject(t, "findings");
        cJSON_AddArrayToObject(t, "missing");
        cJSON_AddArrayToObject(t, "checks");
        add_trace_error(t, f->kind, f->message, f->file, f->line);
    }
}

static bool selected(const lc_script *s, const lc_eval_options *o) {
    if (!o) return true;
    if (o->only && fnmatch(o->only, s->id, 0) != 0) return false;
    if (o->tags && *o->tags) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", o->tags);
        for (char *save, *tag = strtok_r(buf, ",", &save); tag; tag = strtok_r(NULL, ",", &save))
            for (size_t i = 0; i < s->n_tags; i++)
                if (!strcmp(s->tags[i], tag)) return true;
        return false;
    }
    return true;
}

static bool add_request(lc_run *run, const char *measure, const char *finding) {
    size_t idx = lc_catalog_index(run->e->catalog, measure);
    if (idx == (size_t)-1) return true; /* checked by ctx:finding already */
    if (run->n_requests == run->cap_requests) {
        size_t cap = run->cap_requests ? run->cap_requests * 2 : 32;
        lc_request *rq = realloc(run->requests, cap * sizeof(*rq));
        char **ids = realloc(run->request_ids, cap * sizeof(char *));
        if (rq) run->requests = rq;
        if (ids) run->request_ids = ids;
        if (!rq || !ids) return false;
        run->cap_requests = cap;
    }
    char *id = strdup(finding);
    if (!id) return false;
    run->request_ids[run->n_request_ids++] = id;
    run->requests[run->n_requests++] = (lc_request){idx, id};
    return true;
}

bool lc_evaluate_rules(lc_run *run) {
    const lc_scripts *rules = &run->e->rules;
    lc_record_load_failures(run, "evaluate", rules);
    for (size_t i = 0; i < rules->n; i++) {
        const lc_script *s = &rules->items[i];
        if (!selected(s, run->opts)) continue;
        lc_call call = {0};
        lc_call_error err = {0};
        lc_rule_status st = lc_invoke(run, s, run->profile_ref, false, &call, &err);
        if (st == LC_STATUS_ERROR && err.oom) goto oom; /* the system's failure, not the rule's */
        lc_record_call(run, "evaluate", st, &call, &err);
        /* A failed rule's partial findings would mislead: drop them. */
        for (size_t k = 0; st != LC_STATUS_ERROR && k < call.n_findings; k++) {
            lc_finding *f = &call.findings[k];
            for (size_t m = 0; run->e->catalog && m < f->n_measures; m++)
                if (!add_request(run, f->measures[m], f->id)) goto oom;
            if (!lc_result_add_finding(run->r, f)) goto oom;
        }
        lc_call_clear(&call);
        lc_call_error_clear(&err);
        continue;
    oom:
        lc_call_clear(&call);
        lc_call_error_clear(&err);
        return false;
    }
    return true;
}

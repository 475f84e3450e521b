#include "derive.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../evaluate/evaluate.h"
#include "../evaluate/invoke.h"
#include "../evaluate/luavalue.h"

/* Evidence members in the order findings use (output.md); a plugin's table
 * arrives with its keys sorted. */
static void order_evidence_keys(cJSON *item) {
    static const char *const order[] = {"field", "value", "op",   "threshold", "benchmark",
                                        "unit",  "year",  "note", NULL};
    for (const char *const *k = order; *k; k++) {
        cJSON *v = cJSON_DetachItemFromObjectCaseSensitive(item, *k);
        if (v) cJSON_AddItemToObject(item, *k, v);
    }
}

/* stage evidence cites profile fields: give each its position */
static void locate_evidence(const lc_run *run, cJSON *stage) {
    cJSON *ev = cJSON_GetObjectItemCaseSensitive(stage, "evidence");
    cJSON *item;
    cJSON_ArrayForEach(item, ev) {
        if (cJSON_IsObject(item)) order_evidence_keys(item);
        const cJSON *field = cJSON_GetObjectItemCaseSensitive(item, "field");
        if (!cJSON_IsString(field)) continue;
        const lc_doc *doc = run->profile->doc;
        const lc_node *n = lc_node_at(doc->root, field->valuestring);
        if (!n || cJSON_GetObjectItemCaseSensitive(item, "at")) continue;
        char at[600];
        snprintf(at, sizeof at, "%s:%u:%u", doc->name, n->line, n->col);
        cJSON_AddStringToObject(item, "at", at);
    }
}

/* Orders the stage object as output.md shows it: id, capability, evidence,
 * then anything else the indicator adds, sorted. */
static cJSON *order_stage(const cJSON *src) {
    cJSON *raw = cJSON_Duplicate(src, 1);
    if (!raw) return NULL;
    static const char *const first[] = {"id", "capability", "evidence", NULL};
    cJSON *out = cJSON_CreateObject();
    if (!out) {
        cJSON_Delete(raw);
        return NULL;
    }
    for (const char *const *k = first; *k; k++) {
        cJSON *v = cJSON_DetachItemFromObjectCaseSensitive(raw, *k);
        if (v) cJSON_AddItemToObject(out, *k, v);
    }
    while (raw->child) {
        cJSON *v = raw->child;
        char *name = strdup(v->string);
        cJSON_DetachItemViaPointer(raw, v);
        if (name)
            cJSON_AddItemToObject(out, name, v);
        else
            cJSON_Delete(v);
        free(name);
    }
    cJSON_Delete(raw);
    return out;
}

typedef struct store_job {
    lc_run *run;
    const lc_script *s;
    cJSON *doc;
    const char *why;
} store_job;

/* Protected: the indicator's result (argument 2) becomes p.derived.<id>,
 * as a frozen copy so the plugin keeps no handle on what rules see. */
static int store_derived(lua_State *L) {
    store_job *job = lua_touserdata(L, 1);
    if (lua_isnil(L, 2)) return 0;
    size_t budget = 4u << 20; /* an indicator's output goes into every rule's p */
    job->doc = lc_lua_to_json_within(L, 2, &budget, &job->why);
    if (!job->doc) return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->run->derived_ref);
    lc_push_json(L, job->doc, true);
    lua_setfield(L, -2, job->s->id);
    return 0;
}

/* --explain=notes and full show what each indicator derived: the output
 * joins the trace entry lc_record_call has just added. */
static void attach_output(lc_run *run, const char *id, const cJSON *output) {
    if (!output || !run->opts || run->opts->explain < LC_EXPLAIN_NOTES || !run->r->trace) return;
    cJSON *last = run->r->trace->child ? run->r->trace->child->prev : NULL;
    const cJSON *rule = cJSON_GetObjectItemCaseSensitive(last, "rule");
    if (cJSON_IsString(rule) && !strcmp(rule->valuestring, id))
        cJSON_AddItemToObject(last, "output", cJSON_Duplicate(output, 1));
}

bool lc_derived_id(const char *path, char *id, size_t cap) {
    if (strncmp(path, "derived.", 8) != 0) return false;
    size_t len = strcspn(path + 8, ".");
    if (!len || len >= cap) return false;
    memcpy(id, path + 8, len);
    id[len] = '\0';
    return true;
}

/* Does indicator A need indicator B to have run? */
static bool needs(const lc_script *a, const lc_script *b) {
    char id[128];
    for (size_t i = 0; i < a->n_requires; i++)
        if (lc_derived_id(a->requires[i], id, sizeof id) && !strcmp(id, b->id)) return true;
    return false;
}

/* Appends "a -> b -> ... -> a" for a cycle among the unplaced indicators. */
static void describe_cycle(const lc_scripts *plugins, const bool *placed, char *out, size_t cap) {
    size_t n = plugins->n, start = n;
    for (size_t i = 0; i < n && start == n; i++)
        if (plugins->items[i].kind == LC_SCRIPT_INDICATOR && !placed[i]) start = i;
    out[0] = '\0';
    if (start == n) return;
    /* every unplaced indicator waits on another unplaced one: walk until a
     * node repeats, then print the loop */
    size_t *seen_at = malloc(n * sizeof(size_t)), *path = malloc((n + 1) * sizeof(size_t));
    if (!seen_at || !path) {
        free(seen_at);
        free(path);
        return;
    }
    for (size_t i = 0; i < n; i++)
        seen_at[i] = (size_t)-1;
    size_t len = 0, cur = start;
    while (seen_at[cur] == (size_t)-1) {
        seen_at[cur] = len;
        path[len++] = cur;
        size_t next = n;
        for (size_t j = 0; j < n && next == n; j++)
            if (!placed[j] && plugins->items[j].kind == LC_SCRIPT_INDICATOR &&
                needs(&plugins->items[cur], &plugins->items[j]))
                next = j;
        if (next == n) break; /* cannot happen for an unplaced node */
        cur = next;
    }
    size_t used = 0;
    for (size_t k = seen_at[cur]; k < len && used < cap; k++)
        used += (size_t)snprintf(out + used, cap - used, "%s -> ", plugins->items[path[k]].id);
    if (used < cap) snprintf(out + used, cap - used, "%s", plugins->items[cur].id);
    free(seen_at);
    free(path);
}

size_t lc_derive_order(const lc_scripts *plugins, size_t *order, char *cycle, size_t cap) {
    size_t n = plugins->n, count = 0;
    if (cap) cycle[0] = '\0';
    bool *placed = calloc(n + 1, sizeof(bool));
    if (!placed) return 0;
    /* Kahn's algorithm, always taking the first ready indicator in path order */
    for (bool progress = true; progress;) {
        progress = false;
        for (size_t i = 0; i < n; i++) {
            const lc_script *a = &plugins->items[i];
            if (placed[i] || a->kind != LC_SCRIPT_INDICATOR) continue;
            bool ready = true;
            for (size_t j = 0; j < n && ready; j++)
                if (j != i && !placed[j] && plugins->items[j].kind == LC_SCRIPT_INDICATOR &&
                    needs(a, &plugins->items[j]))
                    ready = false;
            if (!ready) continue;
            placed[i] = true;
            order[count++] = i;
            progress = true;
            break;
        }
    }
    describe_cycle(plugins, placed, cycle, cap);
    free(placed);
    return count;
}

bool lc_derive(lc_run *run) {
    const lc_scripts *plugins = &run->e->plugins;
    lc_record_load_failures(run, "derive", plugins);
    size_t *order = malloc((plugins->n + 1) * sizeof(size_t));
    if (!order) return false;
    char cycle[512];
    size_t n_order = lc_derive_order(plugins, order, cycle, sizeof cycle);
    for (size_t i = 0; i < plugins->n; i++) {
        const lc_script *s = &plugins->items[i];
        bool in_order = false;
        for (size_t k = 0; k < n_order; k++)
            in_order |= order[k] == i;
        if (s->kind != LC_SCRIPT_INDICATOR || in_order) continue;
        char msg[640];
        snprintf(msg, sizeof msg, "indicator dependency cycle: %s (via requires derived.*)", cycle);
        if (!lc_result_add_error(run->r, s->id, LC_FAIL_LOAD, msg, s->file, 0)) {
            free(order);
            return false;
        }
    }
    for (size_t k = 0; k < n_order; k++) {
        const lc_script *s = &plugins->items[order[k]];
        lc_call call = {0};
        lc_call_error err = {0};
        lc_rule_status st = lc_invoke(run, s, run->profile_ref, true, &call, &err);
        if (st == LC_STATUS_ERROR && err.oom) {
            lc_call_clear(&call);
            lc_call_error_clear(&err);
            free(order);
            return false;
        }
        if (st == LC_STATUS_NOT_FIRED) st = LC_STATUS_FIRED; /* an indicator that ran produced */
        cJSON *output = NULL;
        if (st != LC_STATUS_ERROR) {
            store_job job = {run, s, NULL, NULL};
            if (!lc_sandbox_protected(run->e->sb, store_derived, &job, 1, 0)) {
                cJSON_Delete(job.doc); /* converted before pushing it back ran out of memory */
                lc_call_clear(&call);
                lc_call_error_clear(&err);
                free(order);
                return false;
            }
            if (job.why) {
                st = LC_STATUS_ERROR;
                err.kind = LC_FAIL_RUNTIME;
                err.message = strdup(job.why);
            } else if (!strcmp(s->id, "stage") && cJSON_IsObject(job.doc)) {
                locate_evidence(run, job.doc);
                cJSON_Delete(run->r->stage);
                run->r->stage = order_stage(job.doc);
            }
            /* it produced a value despite a gap it reported: partial, not skipped */
            if (job.doc && !cJSON_IsNull(job.doc) && st == LC_STATUS_SKIPPED) st = LC_STATUS_FIRED;
            output = job.doc;
        }
        lc_record_call(run, "derive", st, &call, &err);
        attach_output(run, s->id, output);
        cJSON_Delete(output);
        lc_call_clear(&call);
        lc_call_error_clear(&err);
    }
    free(order);
    return true;
}

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
    job->doc = lc_lua_to_json(L, 2, &job->why);
    if (!job->doc) return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->run->derived_ref);
    lc_push_json(L, job->doc, true);
    lua_setfield(L, -2, job->s->id);
    return 0;
}

bool lc_derive(lc_run *run) {
    const lc_scripts *plugins = &run->e->plugins;
    for (size_t i = 0; i < plugins->n; i++) {
        const lc_script *s = &plugins->items[i];
        if (s->kind != LC_SCRIPT_INDICATOR) continue;
        lc_call call = {0};
        lc_call_error err = {0};
        lc_rule_status st = lc_invoke(run, s, run->profile_ref, true, &call, &err);
        if (st == LC_STATUS_NOT_FIRED) st = LC_STATUS_FIRED; /* an indicator that ran produced */
        if (st != LC_STATUS_ERROR) {
            store_job job = {run, s, NULL, NULL};
            if (!lc_sandbox_protected(run->e->sb, store_derived, &job, 1, 0)) return false;
            if (job.why) {
                st = LC_STATUS_ERROR;
                err.kind = LC_FAIL_RUNTIME;
                err.message = strdup(job.why);
            } else if (!strcmp(s->id, "stage") && cJSON_IsObject(job.doc)) {
                locate_evidence(run, job.doc);
                cJSON_Delete(run->r->stage);
                run->r->stage = order_stage(job.doc);
            }
            cJSON_Delete(job.doc);
        }
        lc_record_call(run, "derive", st, &call, &err);
        lc_call_clear(&call);
        lc_call_error_clear(&err);
    }
    return true;
}

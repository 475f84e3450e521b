#include "classify.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../evaluate/luavalue.h"

static const char *const classifications[] = {"not_a_subsidy",
                                              "prohibited",
                                              "actionable_specific",
                                              "non_specific",
                                              "formerly_non_actionable_art8",
                                              NULL};

bool lc_classification_valid(const char *name) {
    for (const char *const *c = classifications; *c; c++)
        if (name && !strcmp(name, *c)) return true;
    return false;
}

typedef struct classify_job {
    lc_run *run;
    size_t pack;
    const char *module;
    const lc_node *program; /* a subsidy_programs item or a measure's design */
    cJSON *out;
    const char *why;
} classify_job;

/* Protected, under the limits: module.classify(program, p, as_of). */
static int classify_body(lua_State *L) {
    classify_job *job = lua_touserdata(L, 1);
    lc_pack_require(L, &job->run->e->rules, job->pack, job->module);
    if (lua_getfield(L, -1, "classify") != LUA_TFUNCTION)
        return luaL_error(L, "module '%s' has no function classify", job->module);
    lc_push_node(L, job->program, true, false);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->run->profile_ref);
    lua_pushstring(L, job->run->r->as_of);
    lua_call(L, 3, 1);
    if (!lua_istable(L, -1))
        return luaL_error(L, "classify must return a table (it returned %s)", luaL_typename(L, -1));
    job->out = lc_lua_to_json(L, -1, &job->why);
    if (!job->out) return luaL_error(L, "classify result: %s", job->why);
    return 0;
}

/* Builds the subsidies[] entry in contract key order, checking each part. */
static cJSON *subsidy_entry(const lc_node *program, cJSON *raw, const char **why) {
    const cJSON *cls = cJSON_GetObjectItemCaseSensitive(raw, "classification");
    if (!cJSON_IsString(cls) || !lc_classification_valid(cls->valuestring)) {
        *why = "classification must be one of not_a_subsidy, prohibited, actionable_specific, "
               "non_specific, formerly_non_actionable_art8";
        return NULL;
    }
    cJSON *e = cJSON_CreateObject();
    if (!e) return NULL;
    const lc_node *id = lc_node_get(program, "id"), *name = lc_node_get(program, "name");
    cJSON_AddItemToObject(e, "id",
                          id && id->text ? cJSON_CreateString(id->text) : cJSON_CreateNull());
    cJSON_AddItemToObject(e, "name",
                          name && name->text ? cJSON_CreateString(name->text) : cJSON_CreateNull());
    static const char *const keys[] = {"classification", "articles",   "sdt",   "binding",
                                       "flags",          "confidence", "notes", NULL};
    for (const char *const *k = keys; *k; k++) {
        cJSON *v = cJSON_DetachItemFromObjectCaseSensitive(raw, *k);
        if (!v)
            v = !strcmp(*k, "articles") || !strcmp(*k, "flags") ? cJSON_CreateArray()
                                                                : cJSON_CreateNull();
        cJSON_AddItemToObject(e, *k, v);
    }
    return e;
}

static const lc_node *subsidy_programs(const lc_run *run) {
    return lc_node_get(run->profile->doc->root, "subsidy_programs");
}

bool lc_classify(lc_run *run) {
    lc_result *r = run->r;
    if (!r->subsidies && !(r->subsidies = cJSON_CreateArray())) return false;
    const lc_node *programs = subsidy_programs(run);
    if (!programs || programs->kind != LC_NODE_SEQ || programs->n == 0) return true;
    /* the first pack that names a classifier provides it */
    const lc_scripts *rules = &run->e->rules;
    const char *module = NULL;
    size_t pack = 0;
    for (size_t i = 0; i < rules->n_packs && !module; i++) {
        const lc_node *cfg = rules->packs[i].config ? rules->packs[i].config->root : NULL;
        const lc_node *m = lc_node_at(cfg, "classifiers.subsidies");
        if (m && m->kind == LC_NODE_STR) module = m->text, pack = i;
    }
    if (!module) {
        lc_result_add_error(r, "classify.subsidies", LC_FAIL_LOAD,
                            "no subsidy classifier: the rule packs' config.yaml names none "
                            "(expected classifiers: {subsidies: MODULE})",
                            NULL, 0);
        return true;
    }
    lua_State *L = run->e->sb->L;
    for (size_t i = 0; i < programs->n; i++) {
        classify_job job = {run, pack, module, programs->items[i], NULL, NULL};
        lc_call_error err = {0};
        lua_pushcfunction(L, classify_body);
        lua_pushlightuserdata(L, &job);
        if (!lc_sandbox_call(run->e->sb, 1, 0, &err)) {
            lc_result_add_error(r, module, err.kind, err.message, err.file, err.line);
            lc_call_error_clear(&err);
            cJSON_Delete(job.out);
            continue;
        }
        const char *why = NULL;
        cJSON *entry = subsidy_entry(programs->items[i], job.out, &why);
        cJSON_Delete(job.out);
        if (!entry) {
            lc_result_add_error(r, module, LC_FAIL_RUNTIME, why ? why : "out of memory", NULL, 0);
            continue;
        }
        cJSON_AddItemToArray(r->subsidies, entry);
    }
    return true;
}

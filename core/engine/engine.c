/* engine.c: opens the engine and runs the pipeline
 *   load -> validate -> derive -> evaluate -> plan -> classify -> (render)
 * for one profile. */
#include "engine.h"

#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../classify/classify.h"
#include "../derive/derive.h"
#include "../evaluate/evaluate.h"
#include "../evaluate/invoke.h"
#include "../evaluate/luavalue.h"
#include "../evaluate/shared.h"
#include "../load/json_load.h"
#include "../plan/plan.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "../validate/validate.h"

const char *lc_status_name(lc_status st) {
    switch (st) {
    case LC_OK: return "ok";
    case LC_EINPUT: return "invalid input";
    case LC_ERULES: return "rule pack failed to load";
    case LC_ENOMEM: return "out of memory";
    case LC_EIO: return "input/output error";
    case LC_EINTERNAL: return "internal error";
    }
    return "?";
}

lc_status lc_engine_open(const lc_engine_config *cfg, lc_engine **out, lc_diags *diags) {
    return lc_engine_open_faulty(cfg, NULL, out, diags);
}

lc_status lc_engine_open_faulty(const lc_engine_config *cfg, const lc_alloc_fault *fault,
                                lc_engine **out, lc_diags *diags) {
    *out = NULL;
    lc_engine *e = calloc(1, sizeof(*e));
    if (!e) return LC_ENOMEM;
    e->designs_ref = LUA_NOREF;
    e->limits = cfg && cfg->limits.max_instructions ? cfg->limits : lc_limits_default();
    e->load_limits = lc_load_limits_default();
    size_t errors = diags->errors;
    e->schema = lc_schema_builtin(diags);
    e->sb = e->schema ? lc_sandbox_open_faulty(&e->limits, fault) : NULL;
    if (!e->schema || !e->sb) {
        /* a schema that fails to compile is our bug; a state that fails to open is memory */
        lc_status st = e->schema || diags->oom ? LC_ENOMEM : LC_EINTERNAL;
        lc_engine_close(e);
        return st;
    }
    for (size_t i = 0; cfg && i < cfg->n_rule_dirs; i++) {
        if (!lc_pack_load(e->sb, &e->rules, cfg->rule_dirs[i], diags)) {
            lc_engine_close(e);
            return LC_ENOMEM;
        }
        char path[4096];
        if (snprintf(path, sizeof path, "%s/measures.yaml", cfg->rule_dirs[i]) >=
            (int)sizeof path) {
            lc_diags_add(diags, LC_DIAG_ERROR, cfg->rule_dirs[i], 0, 0,
                         "the rule pack's path is too long (expected at most %zu bytes)",
                         sizeof path - sizeof "/measures.yaml");
            continue;
        }
        if (!lc_is_file(path)) continue;
        if (e->catalog) {
            lc_diags_add(diags, LC_DIAG_WARNING, path, 0, 0,
                         "a second measures catalogue is ignored (the first pack's, %s, is used)",
                         e->catalog->path);
            continue;
        }
        size_t before = diags->errors;
        e->catalog = lc_catalog_load_file(path, e->schema, diags);
        if (!e->catalog && diags->errors == before) { /* only memory fails silently */
            lc_engine_close(e);
            return LC_ENOMEM;
        }
    }
    for (size_t i = 0; !e->rules_version && i < e->rules.n_packs; i++)
        e->rules_version = e->rules.packs[i].version;
    for (size_t i = 0; cfg && i < cfg->n_plugin_dirs; i++) {
        if (!lc_plugins_load(e->sb, &e->plugins, cfg->plugin_dirs[i], diags)) {
            lc_engine_close(e);
            return LC_ENOMEM;
        }
    }
    /* a rule or plugin that failed to load is reported in every result's
     * errors and the others run; a broken pack, catalogue or config is fatal */
    size_t script_failures = e->rules.n_failed + e->plugins.n_failed;
    if (diags->errors - errors > script_failures) {
        lc_engine_close(e);
        return LC_ERULES;
    }
    /* what the engine holds for good, the objects made on the first rule
     * call included, is the floor every call's memory limit counts from */
    if (!lc_invoke_prepare(e->sb) || !lc_classify_prepare(e) ||
        !lc_shared_build(e->sb, &e->rules)) {
        lc_engine_close(e);
        return LC_ENOMEM;
    }
    lc_sandbox_settle(e->sb);
    *out = e;
    return LC_OK;
}

void lc_engine_close(lc_engine *e) {
    if (!e) return;
    lc_scripts_free(e->sb, &e->rules);
    lc_scripts_free(e->sb, &e->plugins);
    lc_catalog_free(e->catalog);
    lc_sandbox_close(e->sb);
    lc_schema_free(e->schema);
    free(e);
}

const char *lc_engine_rules_version(const lc_engine *e) {
    return e->rules_version;
}

/* --- load + validate ------------------------------------------------- */

void lc_engine_set_input_limits(lc_engine *e, const lc_input_limits *limits) {
    e->load_limits = lc_load_limits_default();
    lc_input_limits_merge(&e->load_limits, limits);
}

static lc_status finish_load(lc_engine *e, lc_doc *doc, lc_profile **out, lc_diags *diags,
                             size_t errors_before) {
    if (!doc) return LC_EINPUT;
    lc_validate(e->schema, doc, diags);
    lc_plan_check_profile(e->catalog, doc, diags);
    if (diags->errors > errors_before) {
        lc_doc_free(doc);
        return LC_EINPUT;
    }
    lc_profile *p = calloc(1, sizeof(*p));
    if (!p) {
        lc_doc_free(doc);
        return LC_ENOMEM;
    }
    p->doc = doc;
    *out = p;
    return LC_OK;
}

lc_status lc_profile_load_file(lc_engine *e, const char *path, lc_profile **out, lc_diags *diags) {
    *out = NULL;
    size_t errors = diags->errors;
    lc_doc *doc = lc_yaml_load_file(path, &e->load_limits, diags);
    return finish_load(e, doc, out, diags, errors);
}

lc_status lc_profile_load_buffer(lc_engine *e, const char *name, const char *data, size_t len,
                                 lc_profile **out, lc_diags *diags) {
    *out = NULL;
    size_t errors = diags->errors;
    lc_doc *doc = lc_yaml_load(name, data, len, &e->load_limits, diags);
    return finish_load(e, doc, out, diags, errors);
}

lc_status lc_profile_load_json(lc_engine *e, const char *name, const char *data, size_t len,
                               unsigned first_line, lc_profile **out, lc_diags *diags) {
    *out = NULL;
    size_t errors = diags->errors;
    lc_doc *doc = lc_json_load(name, data, len, first_line, &e->load_limits, diags);
    return finish_load(e, doc, out, diags, errors);
}

void lc_profile_free(lc_profile *p) {
    if (!p) return;
    lc_doc_free(p->doc);
    free(p);
}

/* --- evaluate ---------------------------------------------------------- */

static char *text_at(const lc_node *root, const char *path) {
    const lc_node *n = lc_node_at(root, path);
    return n && n->text ? strdup(n->text) : NULL;
}

static bool fill_profile_info(lc_result *r, const lc_profile *p, const lc_eval_options *o) {
    const lc_node *root = p->doc->root;
    r->profile_path = strdup(p->doc->name);
    r->iso3 = text_at(root, "country.iso3");
    r->name = text_at(root, "country.name");
    const lc_node *year = lc_node_at(root, "country.year");
    r->year = year && year->kind == LC_NODE_INT ? (long long)year->v.i : 0;
    if (o && o->as_of)
        r->as_of = strdup(o->as_of);
    else if (!(r->as_of = text_at(root, "country.as_of"))) {
        char buf[16];
        snprintf(buf, sizeof buf, "%04lld-12-31", r->year);
        r->as_of = strdup(buf);
    }
    return r->profile_path && r->as_of;
}

/* Protected: builds the read-only profile view, with p.derived filled by
 * the derive stage as it goes. */
static int build_view(lua_State *L) {
    lc_run *run = lua_touserdata(L, 1);
    const lc_node *root = run->profile->doc->root;
    lua_createtable(L, 0, (int)root->n + 1);
    for (size_t i = 0; i < root->n; i++) {
        const lc_node *k = root->pairs[i].key;
        if (!k->text) continue;
        lc_push_node(L, root->pairs[i].value, true, false);
        lua_setfield(L, -2, k->text);
    }
    lua_newtable(L); /* derived: written by the engine only */
    lua_pushvalue(L, -1);
    run->derived_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lc_sandbox_freeze(L);
    lua_setfield(L, -2, "derived");
    lc_sandbox_freeze(L);
    run->profile_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static void run_release(lc_run *run) {
    lc_sandbox_unref(run->e->sb, run->profile_ref);
    lc_sandbox_unref(run->e->sb, run->derived_ref);
    for (size_t i = 0; i < run->n_request_ids; i++)
        free(run->request_ids[i]);
    free(run->request_ids);
    free(run->requests);
    /* No full collection here: the incremental collector takes the garbage
     * of several profiles in one cycle, and whether a rule reaches its
     * memory limit does not depend on garbage left by the profiles this
     * engine evaluated before (the sandbox judges live bytes, counted from
     * the floor lc_engine_open settled), so -j1 and -jN give the same bytes. */
}

static bool view_stage(lc_run *run) {
    return lc_sandbox_protected(run->e->sb, build_view, run, 0, 0);
}

/* The stages after loading, in pipeline order. */
static const struct {
    const char *name;
    bool (*run)(lc_run *);
} stages[] = {
    {"view", view_stage},    {"derive", lc_derive},     {"rules", lc_evaluate_rules},
    {"plan", lc_plan_stage}, {"classify", lc_classify},
};

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* Runs the stages; with STATS (--stats) also records each stage's wall
 * time and the sandboxed calls they made. */
static bool run_stages(lc_run *run, bool stats) {
    cJSON *times = NULL;
    if (stats) {
        if (!(run->r->stats = cJSON_CreateObject())) return false;
        times = cJSON_AddObjectToObject(run->r->stats, "stages_us");
    }
    uint64_t calls = run->e->sb->calls;
    double start = now_us(), t = start;
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++) {
        if (!stages[i].run(run)) return false;
        if (!stats) continue;
        double done = now_us();
        cJSON_AddNumberToObject(times, stages[i].name, round(done - t));
        t = done;
    }
    if (stats) {
        cJSON_AddNumberToObject(run->r->stats, "total_us", round(t - start));
        cJSON_AddNumberToObject(run->r->stats, "sandbox_calls",
                                (double)(run->e->sb->calls - calls));
    }
    return true;
}

lc_status lc_engine_evaluate(lc_engine *e, const lc_profile *p, const lc_eval_options *opts,
                             lc_result **out) {
    *out = NULL;
    lc_result *r = lc_result_new();
    if (!r) return LC_ENOMEM;
    lc_run run = {.e = e,
                  .profile = p,
                  .opts = opts,
                  .r = r,
                  .profile_ref = LUA_NOREF,
                  .derived_ref = LUA_NOREF};
    r->rules_version = e->rules_version;
    if (opts && opts->explain != LC_EXPLAIN_OFF && !(r->trace = cJSON_CreateArray())) {
        lc_result_free(r);
        return LC_ENOMEM;
    }
    bool ok = fill_profile_info(r, p, opts) && run_stages(&run, opts && opts->stats);
    run_release(&run);
    if (!ok) {
        lc_result_free(r);
        return LC_ENOMEM;
    }
    lc_result_sort(r);
    *out = r;
    return LC_OK;
}

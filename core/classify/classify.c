/* classify.c: calls the rule pack's WTO subsidy classifier (Lua) for every
 * subsidy programme of the profile and for the designs of every planned
 * measure that is a subsidy instrument, checks what it returns, and puts it
 * in the result: subsidies[] entries in contract key order, each planned
 * measure's `wto`, data gaps, and (with --explain) the docs/wto.md nodes the
 * classifier took. The law itself is in rules/lib/wto/; this file guarantees
 * what the contract promises whatever the Lua says, in particular that no
 * design classified `prohibited` is ever recommended. */
#include "classify.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../evaluate/luavalue.h"
#include "../util/buf.h"

static const char *const classifications[] = {"not_a_subsidy",
                                              "prohibited",
                                              "actionable_specific",
                                              "non_specific",
                                              "formerly_non_actionable_art8",
                                              NULL};

static const char *const confidences[] = {"high", "medium", "low", NULL};

static bool one_of(const char *name, const char *const *allowed) {
    for (const char *const *c = allowed; *c; c++)
        if (name && !strcmp(name, *c)) return true;
    return false;
}

/* The classifier module and the pack that provides it. */
typedef struct classifier {
    const char *module;
    size_t pack;
    /* the module instantiated once for this evaluation (a registry ref):
     * its upvalues live no longer than the evaluation, as for every
     * script, and requiring it afresh for each programme and design was
     * most of the stage's cost. LUA_NOREF: it could not be instantiated
     * on its own, so each call requires it and reports why it fails. */
    int instance;
} classifier;

/* The first pack whose config.yaml names `classifiers: {subsidies: MODULE}`. */
static bool find_classifier(const lc_scripts *rules, classifier *c) {
    for (size_t i = 0; i < rules->n_packs; i++) {
        const lc_node *cfg = rules->packs[i].config ? rules->packs[i].config->root : NULL;
        const lc_node *m = lc_node_at(cfg, "classifiers.subsidies");
        if (m && m->kind == LC_NODE_STR) {
            *c = (classifier){.module = m->text, .pack = i, .instance = LUA_NOREF};
            return true;
        }
    }
    return false;
}

/* --- one call -------------------------------------------------------- */

typedef struct classify_job {
    lc_run *run;
    const classifier *c;
    const lc_node *program; /* a subsidy_programs item or a measure's design */
    cJSON *out;
    const char *why;
    int instance; /* instantiate_body's result */
} classify_job;

/* Under the limits: the module's instance for this evaluation. */
static int instantiate_body(lua_State *L) {
    classify_job *job = lua_touserdata(L, 1);
    lc_pack_require(L, &job->run->e->rules, job->c->pack, job->c->module);
    job->instance = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Sets C->instance, or leaves it LUA_NOREF: the calls then require the
 * module each time and record its failure for each programme, as they
 * would without the instance. */
static void instantiate(lc_run *run, classifier *c) {
    lua_State *L = run->e->sb->L;
    classify_job job = {.run = run, .c = c, .instance = LUA_NOREF};
    lc_call_error err = {0};
    lua_pushcfunction(L, instantiate_body);
    lua_pushlightuserdata(L, &job);
    if (lc_sandbox_call(run->e->sb, 1, 0, &err)) c->instance = job.instance;
    lc_call_error_clear(&err);
}

/* Protected, under the limits: module.classify(program, p, as_of, config). */
static int classify_body(lua_State *L) {
    classify_job *job = lua_touserdata(L, 1);
    const lc_scripts *rules = &job->run->e->rules;
    if (job->c->instance != LUA_NOREF)
        lua_rawgeti(L, LUA_REGISTRYINDEX, job->c->instance);
    else
        lc_pack_require(L, rules, job->c->pack, job->c->module);
    if (lua_getfield(L, -1, "classify") != LUA_TFUNCTION)
        return luaL_error(L, "module '%s' has no function classify", job->c->module);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->run->e->designs_ref);
    if (lua_rawgetp(L, -1, job->program) == LUA_TNIL) { /* a programme of the profile */
        lua_pop(L, 1);
        lc_push_node(L, job->program, true, false);
    }
    lua_remove(L, -2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->run->profile_ref);
    lua_pushstring(L, job->run->r->as_of);
    lua_rawgeti(L, LUA_REGISTRYINDEX, rules->packs[job->c->pack].config_ref);
    lua_call(L, 4, 1);
    if (!lua_istable(L, -1))
        return luaL_error(L, "classify must return a table (it returned %s)", luaL_typename(L, -1));
    job->out = lc_lua_to_json(L, -1, &job->why);
    if (!job->out) return luaL_error(L, "classify result: %s", job->why);
    return 0;
}

static bool string_list(const cJSON *a) {
    if (!cJSON_IsArray(a)) return false;
    const cJSON *s;
    cJSON_ArrayForEach(s, a) {
        if (!cJSON_IsString(s)) return false;
    }
    return true;
}

static bool optional_string(const cJSON *s) {
    return !s || cJSON_IsNull(s) || cJSON_IsString(s);
}

/* What is wrong with a classifier result, or NULL when it is well formed. */
static const char *malformed(const cJSON *raw) {
    const cJSON *cls = cJSON_GetObjectItemCaseSensitive(raw, "classification");
    if (!cJSON_IsString(cls) || !one_of(cls->valuestring, classifications))
        return "classification must be one of not_a_subsidy, prohibited, actionable_specific, "
               "non_specific, formerly_non_actionable_art8";
    if (!string_list(cJSON_GetObjectItemCaseSensitive(raw, "articles")))
        return "articles must be a list of strings";
    if (!string_list(cJSON_GetObjectItemCaseSensitive(raw, "flags")))
        return "flags must be a list of strings";
    if (!cJSON_IsBool(cJSON_GetObjectItemCaseSensitive(raw, "binding")))
        return "binding must be true or false";
    const cJSON *conf = cJSON_GetObjectItemCaseSensitive(raw, "confidence");
    if (!cJSON_IsString(conf) || !one_of(conf->valuestring, confidences))
        return "confidence must be one of high, medium, low";
    if (!optional_string(cJSON_GetObjectItemCaseSensitive(raw, "notes")))
        return "notes must be a string";
    const cJSON *sdt = cJSON_GetObjectItemCaseSensitive(raw, "sdt");
    if (!cJSON_IsObject(sdt) || !cJSON_IsBool(cJSON_GetObjectItemCaseSensitive(sdt, "applies")) ||
        !optional_string(cJSON_GetObjectItemCaseSensitive(sdt, "basis")) ||
        !optional_string(cJSON_GetObjectItemCaseSensitive(sdt, "ends")))
        return "sdt must be {applies = boolean, basis = string or nil, ends = string or nil}";
    const cJSON *missing = cJSON_GetObjectItemCaseSensitive(raw, "missing");
    if (missing && !string_list(missing)) return "missing must be a list of field paths";
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(raw, "path");
    if (path && !string_list(path)) return "path must be a list of node ids";
    return NULL;
}

/* Runs the classifier on PROGRAM. Returns its well-formed result, or NULL
 * after recording the failure in the result's errors. */
static cJSON *run_classifier(lc_run *run, const classifier *c, const lc_node *program,
                             const char *subject) {
    lua_State *L = run->e->sb->L;
    classify_job job = {.run = run, .c = c, .program = program, .instance = LUA_NOREF};
    lc_call_error err = {0};
    lua_pushcfunction(L, classify_body);
    lua_pushlightuserdata(L, &job);
    if (!lc_sandbox_call(run->e->sb, 1, 0, &err)) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s: %s", subject, err.message ? err.message : "failed");
        lc_result_add_error(run->r, c->module, err.kind, msg, err.file, err.line);
        lc_call_error_clear(&err);
        cJSON_Delete(job.out);
        return NULL;
    }
    const char *why = malformed(job.out);
    if (why) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s: classify result: %s", subject, why);
        lc_result_add_error(run->r, c->module, LC_FAIL_RUNTIME, msg, NULL, 0);
        cJSON_Delete(job.out);
        return NULL;
    }
    return job.out;
}

/* --- what the result keeps ------------------------------------------- */

static cJSON *copy_or_null(const cJSON *j) {
    return j && !cJSON_IsNull(j) ? cJSON_Duplicate(j, 1) : cJSON_CreateNull();
}

static const cJSON *field(const cJSON *o, const char *key) {
    return cJSON_GetObjectItemCaseSensitive(o, key);
}

/* {applies, basis, ends}: every key present, null when unknown. */
static cJSON *sdt_doc(const cJSON *sdt) {
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddBoolToObject(o, "applies", cJSON_IsTrue(field(sdt, "applies")));
    cJSON_AddItemToObject(o, "basis", copy_or_null(field(sdt, "basis")));
    cJSON_AddItemToObject(o, "ends", copy_or_null(field(sdt, "ends")));
    return o;
}

static cJSON *text_or_null(const lc_node *n) {
    return n && n->text ? cJSON_CreateString(n->text) : cJSON_CreateNull();
}

/* The subsidies[] entry, in contract key order. */
static cJSON *subsidy_entry(const lc_node *program, const cJSON *raw) {
    cJSON *e = cJSON_CreateObject();
    if (!e) return NULL;
    cJSON_AddItemToObject(e, "id", text_or_null(lc_node_get(program, "id")));
    cJSON_AddItemToObject(e, "name", text_or_null(lc_node_get(program, "name")));
    cJSON_AddItemToObject(e, "classification", copy_or_null(field(raw, "classification")));
    cJSON_AddItemToObject(e, "articles", copy_or_null(field(raw, "articles")));
    cJSON_AddItemToObject(e, "sdt", sdt_doc(field(raw, "sdt")));
    cJSON_AddItemToObject(e, "binding", copy_or_null(field(raw, "binding")));
    cJSON_AddItemToObject(e, "flags", copy_or_null(field(raw, "flags")));
    cJSON_AddItemToObject(e, "confidence", copy_or_null(field(raw, "confidence")));
    cJSON_AddItemToObject(e, "notes", copy_or_null(field(raw, "notes")));
    return e;
}

/* Fields the classifier needed and did not find become data gaps:
 * "program.X" is field X of subsidy programme INDEX (1-based, as profile
 * paths are); "wto.X" is the member context. Gaps of a catalogue design
 * (INDEX 0) are the catalogue's business, not the profile's. */
static bool record_gaps(lc_run *run, const classifier *c, const cJSON *raw, size_t index) {
    const cJSON *m;
    cJSON_ArrayForEach(m, field(raw, "missing")) {
        const char *f = m->valuestring;
        char path[512];
        if (!strncmp(f, "program.", 8)) {
            if (!index) continue;
            snprintf(path, sizeof path, "subsidy_programs.%zu.%s", index, f + 8);
        } else {
            snprintf(path, sizeof path, "%s", f);
        }
        if (!lc_result_add_gap(run->r, path, c->module,
                               "WTO SCM classification of subsidy programmes and designs"))
            return false;
    }
    return true;
}

/* With --explain: the docs/wto.md nodes the classifier took. */
static bool record_trace(lc_run *run, const classifier *c, const char *subject, const cJSON *raw) {
    if (!run->opts || run->opts->explain == LC_EXPLAIN_OFF) return true;
    lc_result *r = run->r;
    if (!r->trace && !(r->trace = cJSON_CreateArray())) return false;
    cJSON *t = cJSON_CreateObject();
    if (!t) return false;
    cJSON_AddItemToArray(r->trace, t);
    cJSON_AddStringToObject(t, "rule", c->module);
    cJSON_AddStringToObject(t, "stage", "classify");
    cJSON_AddStringToObject(t, "subject", subject);
    cJSON_AddItemToObject(t, "status", copy_or_null(field(raw, "classification")));
    cJSON_AddItemToObject(t, "path", copy_or_null(field(raw, "path")));
    cJSON_AddItemToObject(t, "missing", copy_or_null(field(raw, "missing")));
    return true;
}

/* --- the profile's programmes ----------------------------------------- */

static bool classify_programs(lc_run *run, const classifier *c, const lc_node *programs) {
    for (size_t i = 0; i < programs->n; i++) {
        const lc_node *program = programs->items[i];
        const lc_node *id = lc_node_get(program, "id");
        char subject[256];
        snprintf(subject, sizeof subject, "subsidy programme %s (subsidy_programs.%zu)",
                 id && id->text ? id->text : "?", i + 1);
        cJSON *raw = run_classifier(run, c, program, subject);
        if (!raw) continue;
        cJSON *entry = subsidy_entry(program, raw);
        bool ok = entry && record_gaps(run, c, raw, i + 1) && record_trace(run, c, subject, raw);
        cJSON_Delete(raw);
        if (!entry) return false;
        cJSON_AddItemToArray(run->r->subsidies, entry);
        if (!ok) return false;
    }
    return true;
}

/* --- the recommended measures --------------------------------------- */

/* A catalogued design and what the classifier made of it. */
typedef struct design_choice {
    const char *key; /* "design" or "korean_design" */
    const lc_node *design;
    cJSON *raw; /* NULL when absent or when the classifier failed */
} design_choice;

static const char *classification_of(const cJSON *raw) {
    return field(raw, "classification")->valuestring;
}

static bool prohibited(const design_choice *d) {
    return d->raw && !strcmp(classification_of(d->raw), "prohibited");
}

static void describe(lc_buf *b, const design_choice *d) {
    const lc_node *name = lc_node_get(d->design, "name");
    lc_buf_printf(b, "%s (%s", name && name->text ? name->text : "the catalogued design",
                  classification_of(d->raw));
    const cJSON *a;
    int k = 0;
    cJSON_ArrayForEach(a, field(d->raw, "articles")) {
        lc_buf_printf(b, "%s%s", k++ ? ", " : "; ", a->valuestring);
    }
    lc_buf_puts(b, ")");
}

/* What Korea's design would be for this country, before the recommendation. */
static void korean_part(lc_buf *b, const lc_run *run, const design_choice *korean) {
    const cJSON *sdt = field(korean->raw, "sdt");
    lc_buf_puts(b, "Korea's design, ");
    describe(b, korean);
    if (prohibited(korean)) {
        lc_buf_printf(b, ", would be prohibited for this country at %s; ", run->r->as_of);
        lc_buf_puts(b, "the compliant design is recommended instead: ");
    } else if (cJSON_IsTrue(field(sdt, "applies"))) {
        const cJSON *basis = field(sdt, "basis"), *ends = field(sdt, "ends");
        lc_buf_printf(b,
                      ", would be open to this country only under special and differential "
                      "treatment (%s)",
                      cJSON_IsString(basis) ? basis->valuestring : "Art 27");
        if (cJSON_IsString(ends)) lc_buf_printf(b, " until %s", ends->valuestring);
        lc_buf_puts(b, "; recommended, the compliant design that needs no exemption: ");
    } else {
        lc_buf_puts(b, ", would also be open to this country; recommended, the catalogue's "
                       "design: ");
    }
}

static char *design_note(const lc_run *run, const design_choice *design,
                         const design_choice *korean) {
    lc_buf b;
    lc_buf_init(&b);
    if (prohibited(design)) {
        lc_buf_puts(&b, "Not recommended as a subsidy: its catalogued design, ");
        describe(&b, design);
        lc_buf_printf(&b,
                      ", would be prohibited for this country at %s; implement the measure "
                      "without the subsidy element.",
                      run->r->as_of);
    } else {
        if (korean->raw)
            korean_part(&b, run, korean);
        else
            lc_buf_puts(&b, "Recommended design: ");
        describe(&b, design);
        lc_buf_puts(&b, ".");
    }
    if (cJSON_IsFalse(field(design->raw, "binding")))
        lc_buf_puts(&b, " Hypothetical: the WTO Agreements do not bind the country at as_of.");
    return lc_buf_steal(&b);
}

/* The `wto` of a planned measure: {classification, articles, design_note}
 * of the design recommended. */
static cJSON *measure_wto(const lc_run *run, const design_choice *design,
                          const design_choice *korean) {
    char *note = design_note(run, design, korean);
    cJSON *w = cJSON_CreateObject();
    if (!w || !note) {
        free(note);
        cJSON_Delete(w);
        return NULL;
    }
    cJSON_AddItemToObject(w, "classification", copy_or_null(field(design->raw, "classification")));
    cJSON_AddItemToObject(w, "articles", copy_or_null(field(design->raw, "articles")));
    cJSON_AddStringToObject(w, "design_note", note);
    free(note);
    return w;
}

/* Classifies the designs of planned measure IT and sets it->wto. The
 * catalogue's compliant `design` is what is recommended; Korea's design, if
 * catalogued, is judged too so the note can say whether this country could
 * have copied it. A design the classifier finds prohibited for this country
 * is never recommended. */
static bool classify_measure(lc_run *run, const classifier *c, lc_planned *it) {
    design_choice design = {"design", it->m->design, NULL};
    design_choice korean = {"korean_design", it->m->korean_design, NULL};
    if (!it->m->subsidy_instrument && !design.design && !korean.design) return true;
    if (!design.design) {
        char msg[512];
        snprintf(msg, sizeof msg,
                 "measure %s is a subsidy instrument without a compliant design (expected "
                 "wto.design in the measures catalogue)",
                 it->m->id);
        return lc_result_add_error(run->r, "classify.measures", LC_FAIL_LOAD, msg, NULL, 0);
    }
    bool ok = true;
    design_choice *both[] = {&design, &korean};
    for (size_t k = 0; k < 2; k++) {
        design_choice *d = both[k];
        if (!d->design) continue;
        char subject[256];
        snprintf(subject, sizeof subject, "measure %s (wto.%s)", it->m->id, d->key);
        if ((d->raw = run_classifier(run, c, d->design, subject)))
            ok = ok && record_gaps(run, c, d->raw, 0) && record_trace(run, c, subject, d->raw);
    }
    if (design.raw) {
        cJSON_Delete(it->wto);
        it->wto = measure_wto(run, &design, &korean);
        ok = ok && it->wto;
    }
    if (prohibited(&design)) {
        char msg[512];
        snprintf(msg, sizeof msg,
                 "measure %s: its catalogued design would be prohibited for this country at %s "
                 "(expected a design the WTO classifier permits)",
                 it->m->id, run->r->as_of);
        ok = ok && lc_result_add_error(run->r, "classify.measures", LC_FAIL_RUNTIME, msg, NULL, 0);
    }
    cJSON_Delete(design.raw);
    cJSON_Delete(korean.raw);
    return ok;
}

static bool has_designs(const lc_plan *plan) {
    for (size_t k = 0; plan && k < plan->n; k++) {
        const lc_measure *m = plan->items[k].m;
        if (m->subsidy_instrument || m->design || m->korean_design) return true;
    }
    return false;
}

bool lc_classify(lc_run *run) {
    lc_result *r = run->r;
    if (!r->subsidies && !(r->subsidies = cJSON_CreateArray())) return false;
    const lc_node *programs = lc_node_get(run->profile->doc->root, "subsidy_programs");
    bool any_program = programs && programs->kind == LC_NODE_SEQ && programs->n > 0;
    if (!any_program && !has_designs(r->plan)) return true;
    classifier c;
    if (!find_classifier(&run->e->rules, &c))
        return lc_result_add_error(r, "classify.subsidies", LC_FAIL_LOAD,
                                   "no subsidy classifier: the rule packs' config.yaml names none "
                                   "(expected classifiers: {subsidies: MODULE})",
                                   NULL, 0);
    instantiate(run, &c);
    bool ok = !any_program || classify_programs(run, &c, programs);
    for (size_t k = 0; ok && r->plan && k < r->plan->n; k++)
        ok = classify_measure(run, &c, &r->plan->items[k]);
    luaL_unref(run->e->sb->L, LUA_REGISTRYINDEX, c.instance);
    return ok;
}

/* Protected: designs[node] = the design as a frozen table. */
static int prepare_designs(lua_State *L) {
    lc_engine *e = lua_touserdata(L, 1);
    lua_newtable(L);
    for (size_t i = 0; e->catalog && i < e->catalog->n; i++) {
        const lc_measure *m = &e->catalog->m[i];
        const lc_node *designs[] = {m->design, m->korean_design};
        for (size_t k = 0; k < 2; k++) {
            if (!designs[k]) continue;
            lc_push_node(L, designs[k], true, false);
            lua_rawsetp(L, -2, designs[k]);
        }
    }
    e->designs_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

bool lc_classify_prepare(lc_engine *e) {
    return lc_sandbox_protected(e->sb, prepare_designs, e, 0, 0);
}

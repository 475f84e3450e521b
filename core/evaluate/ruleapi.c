/* ruleapi.c: ctx:finding, ctx:missing, ctx:threshold and friends.
 * Everything a rule hands the engine is validated here, at the call, so
 * the error points at the rule line that made it. */
#include "ruleapi.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "luavalue.h"

static const char CTX_META[] = "latecomer.ctx";

typedef struct ctx_ud {
    lc_call *call; /* NULL once the call is over */
} ctx_ud;

const char *lc_rule_status_name(lc_rule_status s) {
    switch (s) {
    case LC_STATUS_NOT_FIRED: return "not_fired";
    case LC_STATUS_FIRED: return "fired";
    case LC_STATUS_SKIPPED: return "skipped_missing_data";
    case LC_STATUS_ERROR: return "error";
    }
    return "?";
}

unsigned lc_check_keys(lua_State *L, int idx, const char *what, const char *const *keys,
                       const char *expected) {
    /* a table with its own metatable may answer keys it does not hold */
    unsigned present = 0;
    if (lua_getmetatable(L, idx)) {
        lua_pop(L, 1);
        if (!lc_sandbox_is_frozen(L, idx)) present = ~0u;
    }
    /* a read-only table (a rule's shared constants) is checked by what it holds */
    lc_sandbox_push_real(L, idx);
    idx = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        /* every ctx:check goes through here: the key's text is fetched
         * once and its first byte rules out most candidates */
        const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        bool known = false;
        unsigned bit = 1;
        for (const char *const *k = keys; key && *k && !known; k++, bit <<= 1)
            if (key[0] == (*k)[0] && !strcmp(key, *k)) known = true, present |= bit;
        if (!known)
            luaL_error(L, "%s has unknown key '%s' (expected %s)", what,
                       key ? key : luaL_typename(L, -1), expected);
    }
    lua_pop(L, 1);
    return present;
}

static lc_call *check_ctx(lua_State *L) {
    ctx_ud *ud = luaL_checkudata(L, 1, CTX_META);
    if (!ud->call) luaL_error(L, "ctx used after its rule call ended");
    return ud->call;
}

lc_call *lc_ctx_call(lua_State *L) {
    return check_ctx(L);
}

cJSON *lc_call_json(lua_State *L, lc_call *call, int idx, const char **why) {
    size_t left = LC_MAX_OUTPUT_PER_CALL - call->output_used;
    cJSON *j = lc_lua_to_json_within(L, idx, &left, why);
    call->output_used = LC_MAX_OUTPUT_PER_CALL - left;
    return j;
}

/* Charges a string the engine copies out of the call. */
static void spend_text(lua_State *L, lc_call *call, size_t len) {
    if (len > LC_MAX_OUTPUT_PER_CALL - call->output_used)
        luaL_error(L, "more text than one call may hand the engine (limit %d bytes)",
                   LC_MAX_OUTPUT_PER_CALL);
    call->output_used += len;
}

bool lc_call_explaining(const lc_call *call) {
    return call->run->opts && call->run->opts->explain != LC_EXPLAIN_OFF;
}

void lc_call_clear(lc_call *call) {
    for (size_t i = 0; i < call->n_findings; i++)
        lc_finding_clear(&call->findings[i]);
    free(call->findings);
    for (size_t i = 0; i < call->n_missing; i++)
        free(call->missing[i]);
    free(call->missing);
    cJSON_Delete(call->checks);
    cJSON_Delete(call->notes);
    memset(call, 0, sizeof(*call));
}

/* --- profile paths ----------------------------------------------------- */

void lc_push_path(lua_State *L, int p_idx, const char *path) {
    p_idx = lua_absindex(L, p_idx);
    lua_pushvalue(L, p_idx);
    const char *seg = path;
    while (*seg) {
        size_t len = strcspn(seg, ".");
        if (!lua_istable(L, -1)) {
            lua_pop(L, 1);
            lua_pushnil(L);
            return;
        }
        char *end = (char *)seg;
        long idx = 0;
        /* most segments are names: strtol only for what could be a number */
        if (strchr("0123456789+- \t\n\v\f\r", seg[0]) && seg[0]) idx = strtol(seg, &end, 10);
        if (end == seg + len && len > 0)
            lua_geti(L, -1, idx); /* list index or year key */
        else {
            lua_pushlstring(L, seg, len);
            lua_gettable(L, -2);
        }
        lua_remove(L, -2);
        seg += len + (seg[len] == '.');
    }
}

void lc_call_add_missing(lua_State *L, lc_call *call, const char *field) {
    for (size_t i = 0; i < call->n_missing; i++)
        if (!strcmp(call->missing[i], field)) return;
    if (call->n_missing >= LC_MAX_MISSING_PER_CALL)
        luaL_error(L, "too many missing fields from one call (limit %d)", LC_MAX_MISSING_PER_CALL);
    if (strlen(field) > LC_MAX_FIELD_NAME)
        luaL_error(L, "field name of %d bytes is not a profile path (limit %d)", (int)strlen(field),
                   LC_MAX_FIELD_NAME);
    char **m = realloc(call->missing, (call->n_missing + 1) * sizeof(char *));
    if (!m) luaL_error(L, "out of memory");
    call->missing = m;
    if (!(m[call->n_missing] = strdup(field))) luaL_error(L, "out of memory");
    call->n_missing++;
}

size_t lc_check_requires(lua_State *L, int p_idx, lc_call *call) {
    size_t missing = 0;
    for (size_t i = 0; i < call->script->n_requires; i++) {
        lc_push_path(L, p_idx, call->script->requires[i]);
        if (lua_isnil(L, -1)) {
            lc_call_add_missing(L, call, call->script->requires[i]);
            missing++;
        }
        lua_pop(L, 1);
    }
    return missing;
}

/* --- ctx:finding -------------------------------------------------------- */

static const char *const evidence_keys[] = {"field", "value", "op",   "threshold", "benchmark",
                                            "unit",  "year",  "note", NULL};

static void field_position(lc_run *run, const char *field, cJSON *ev) {
    const lc_doc *doc = run->profile->doc;
    const lc_node *n = lc_node_at(doc->root, field);
    if (!n) return;
    char at[600];
    snprintf(at, sizeof at, "%s:%u:%u", doc->name, n->line, n->col);
    cJSON_AddStringToObject(ev, "at", at);
    if (n->prov) {
        cJSON *prov = cJSON_AddObjectToObject(ev, "provenance");
        static const char *const keys[] = {"year", "source", "code", "note", NULL};
        for (const char *const *k = keys; *k && prov; k++) {
            const lc_node *v = lc_node_get(n->prov, *k);
            if (!v || v->kind == LC_NODE_NULL) continue;
            if (v->kind == LC_NODE_INT)
                cJSON_AddNumberToObject(prov, *k, (double)v->v.i);
            else if (v->text)
                cJSON_AddStringToObject(prov, *k, v->text);
        }
    }
}

/* Evidence entry at the top of the stack -> object in contract key order,
 * appended to OUT at once so an error below leaks nothing. */
static void convert_evidence(lua_State *L, lc_call *call, int p_idx, int n, cJSON *out) {
    int e = lua_gettop(L);
    if (!lua_istable(L, e)) luaL_error(L, "evidence[%d] must be a table", n);
    char what[32];
    snprintf(what, sizeof what, "evidence[%d]", n);
    lc_check_keys(L, e, what, evidence_keys,
                  "field, value, op, threshold, benchmark, unit, year, note");
    if (lua_getfield(L, e, "field") != LUA_TSTRING)
        luaL_error(L, "evidence[%d] needs a string 'field' (the profile field it cites)", n);
    const char *field = lua_tostring(L, -1);
    cJSON *ev = cJSON_CreateObject();
    if (!ev) luaL_error(L, "out of memory");
    cJSON_AddItemToArray(out, ev);
    cJSON_AddStringToObject(ev, "field", field);
    for (const char *const *k = evidence_keys + 1; *k; k++) {
        int t = lua_getfield(L, e, *k);
        if (t == LUA_TNIL && !strcmp(*k, "value")) {
            lua_pop(L, 1);
            lc_push_path(L, p_idx, field); /* default: the profile's own value */
            t = lua_type(L, -1);
        }
        if (t != LUA_TNIL) {
            const char *why = NULL;
            cJSON *v = lc_call_json(L, call, -1, &why);
            if (!v) luaL_error(L, "evidence[%d].%s: %s", n, *k, why);
            cJSON_AddItemToObject(ev, *k, v);
        }
        lua_pop(L, 1);
    }
    field_position(call->run, field, ev);
    lua_pop(L, 2); /* field, entry */
}

static const char *req_string(lua_State *L, int t, const char *key) {
    if (lua_getfield(L, t, key) != LUA_TSTRING) luaL_error(L, "finding needs a string '%s'", key);
    const char *s = lua_tostring(L, -1);
    lua_pop(L, 1); /* the table keeps the string alive */
    return s;
}

static int ctx_finding(lua_State *L) {
    lc_call *call = check_ctx(L);
    if (call->script->kind != LC_SCRIPT_RULE) return luaL_error(L, "only rules can emit findings");
    luaL_checktype(L, 2, LUA_TTABLE);
    static const char *const keys[] = {"id",       "severity", "title",  "message",
                                       "evidence", "measures", "source", NULL};
    lc_check_keys(L, 2, "finding", keys,
                  "id, severity, title, message, evidence, measures, source");
    const char *id = req_string(L, 2, "id");
    if (!lc_valid_id(id)) return luaL_error(L, "finding id '%s' must match [a-z0-9_.]+", id);
    for (size_t i = 0; i < call->n_findings; i++)
        if (!strcmp(call->findings[i].id, id))
            return luaL_error(L, "finding '%s' emitted twice by one rule", id);
    const char *sev = req_string(L, 2, "severity");
    int severity = lc_severity_parse(sev);
    if (severity < 0)
        return luaL_error(L, "unknown severity '%s' (expected info, advice, warning or critical)",
                          sev);
    const char *title = req_string(L, 2, "title");
    const char *message = req_string(L, 2, "message");
    spend_text(L, call, strlen(id) + strlen(title) + strlen(message));

    if (call->n_findings >= LC_MAX_FINDINGS_PER_CALL)
        return luaL_error(L, "too many findings from one call (limit %d)",
                          LC_MAX_FINDINGS_PER_CALL);
    if (call->n_findings == call->cap_findings) {
        size_t cap = call->cap_findings ? call->cap_findings * 2 : 4;
        lc_finding *f = realloc(call->findings, cap * sizeof(*f));
        if (!f) return luaL_error(L, "out of memory");
        call->findings = f;
        call->cap_findings = cap;
    }
    /* Owned by the call from here on, so an error below leaks nothing. */
    lc_finding *f = &call->findings[call->n_findings++];
    memset(f, 0, sizeof(*f));
    f->severity = (lc_severity)severity;
    f->id = strdup(id);
    f->rule = strdup(call->script->id);
    f->title = strdup(title);
    f->message = strdup(message);
    f->evidence = cJSON_CreateArray();
    if (!f->id || !f->rule || !f->title || !f->message || !f->evidence)
        return luaL_error(L, "out of memory");

    lua_rawgeti(L, LUA_REGISTRYINDEX, call->run->profile_ref);
    int p_idx = lua_gettop(L);
    if (lua_getfield(L, 2, "evidence") != LUA_TTABLE || luaL_len(L, -1) == 0)
        return luaL_error(L, "finding '%s' needs at least one evidence entry", id);
    lua_Integer n = luaL_len(L, -1);
    if (n > LC_MAX_EVIDENCE_PER_FINDING)
        return luaL_error(L, "finding '%s' has %d evidence entries (limit %d)", id, (int)n,
                          LC_MAX_EVIDENCE_PER_FINDING);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, -1, i);
        convert_evidence(L, call, p_idx, (int)i, f->evidence);
    }
    lua_pop(L, 2);

    const lc_catalog *cat = call->run->e->catalog;
    if (lua_getfield(L, 2, "measures") == LUA_TTABLE) {
        lua_Integer m = luaL_len(L, -1);
        f->measures = calloc((size_t)m + 1, sizeof(char *));
        if (!f->measures) return luaL_error(L, "out of memory");
        for (lua_Integer i = 1; i <= m; i++) {
            if (lua_geti(L, -1, i) != LUA_TSTRING)
                return luaL_error(L, "measures[%d] must be a measure id string", (int)i);
            const char *mid = lua_tostring(L, -1);
            if (cat && !lc_catalog_find(cat, mid))
                return luaL_error(L, "unknown measure id '%s' (expected an id from %s)", mid,
                                  cat->path);
            bool declared = call->script->n_measures == 0;
            for (size_t k = 0; k < call->script->n_measures; k++)
                if (!strcmp(call->script->measures[k], mid)) declared = true;
            if (!declared)
                return luaL_error(L, "measure '%s' is not in the rule's measures list", mid);
            if (!(f->measures[f->n_measures++] = strdup(mid)))
                return luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1)) {
        return luaL_error(L, "finding 'measures' must be a list of measure ids");
    }
    lua_pop(L, 1);

    if (lua_getfield(L, 2, "source") == LUA_TTABLE) {
        const char *why = NULL;
        f->source = lc_call_json(L, call, -1, &why);
        if (!f->source) return luaL_error(L, "finding source: %s", why);
    } else if (call->script->source) {
        f->source = cJSON_Duplicate(call->script->source, 1);
        if (!f->source) return luaL_error(L, "out of memory");
    } else {
        return luaL_error(L, "finding '%s' has no source (give the rule a 'source' table)", id);
    }
    lua_pop(L, 1);
    return 0;
}

/* ctx:missing("field", ...): data the rule found it needs but lacks. */
static int ctx_missing(lua_State *L) {
    lc_call *call = check_ctx(L);
    int n = lua_gettop(L);
    if (n < 2) return luaL_error(L, "ctx:missing needs at least one field name");
    for (int i = 2; i <= n; i++)
        lc_call_add_missing(L, call, luaL_checkstring(L, i));
    return 0;
}

/* ctx:get("a.b.c"): the profile value at a dotted path, or nil. */
static int ctx_get(lua_State *L) {
    lc_call *call = check_ctx(L);
    const char *path = luaL_checkstring(L, 2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, call->run->profile_ref);
    lc_push_path(L, -1, path);
    return 1;
}

/* The rule packs or plugin directories SCRIPT was loaded from. */
static const lc_scripts *set_of(const lc_call *call) {
    return call->script->kind == LC_SCRIPT_RULE ? &call->run->e->rules : &call->run->e->plugins;
}

/* ctx:threshold("name"): the script's tunable from its own pack's
 * config.yaml (a plugin's from its plugin directory), looked up in the
 * script's own section, then in `shared`. A typo is an error, never nil. */
void lc_push_threshold(lua_State *L, lc_call *call, const char *name) {
    const lc_pack *pack = &set_of(call)->packs[call->script->pack];
    lua_rawgeti(L, LUA_REGISTRYINDEX, pack->config_ref);
    const char *sections[] = {call->script->id, "shared"};
    for (int i = 0; i < 2; i++) {
        if (lua_getfield(L, -1, sections[i]) == LUA_TTABLE) {
            if (lua_getfield(L, -1, name) != LUA_TNIL) {
                lua_replace(L, -3);
                lua_pop(L, 1);
                return;
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    luaL_error(L, "unknown threshold '%s' (expected it under '%s:' or 'shared:' in %s/config.yaml)",
               name, call->script->id, pack->dir);
}

static int ctx_threshold(lua_State *L) {
    lc_call *call = check_ctx(L);
    lc_push_threshold(L, call, luaL_checkstring(L, 2));
    return 1;
}

static int ctx_index(lua_State *L) {
    /* every ctx:check looks its method up here first: a live ctx finds it
     * with one raw lookup in the real method table (this closure's upvalue,
     * out of every rule's reach) */
    const ctx_ud *live = lua_touserdata(L, 1);
    if (live && live->call) {
        lua_settop(L, 2);
        lua_pushvalue(L, 2);
        if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
        lua_pop(L, 1);
    }
    lc_call *call = check_ctx(L);
    const char *key = luaL_checkstring(L, 2);
    if (!strcmp(key, "rule")) {
        lua_pushstring(L, call->script->id);
        return 1;
    }
    if (!strcmp(key, "as_of")) {
        lua_pushstring(L, call->run->r->as_of);
        return 1;
    }
    if (!strcmp(key, "config")) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, set_of(call)->packs[call->script->pack].config_ref);
        return 1;
    }
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "methods");
    lua_getfield(L, -1, key);
    return 1;
}

static int ctx_newindex(lua_State *L) {
    return luaL_error(L, "ctx is read-only");
}

void lc_ctx_push(lua_State *L, lc_call *call) {
    ctx_ud *ud = lua_newuserdatauv(L, sizeof(*ud), 1);
    ud->call = call;
    lua_newtable(L); /* evidence of the checks that held (ctx:evidence) */
    lua_setiuservalue(L, -2, 1);
    if (luaL_newmetatable(L, CTX_META)) {
        static const luaL_Reg methods[] = {
            {"finding", ctx_finding},
            {"missing", ctx_missing},
            {"get", ctx_get},
            {"threshold", ctx_threshold},
            {NULL, NULL},
        };
        luaL_newlib(L, methods);
        luaL_setfuncs(L, lc_ctx_helpers, 0);
        lua_pushvalue(L, -1);
        lua_pushcclosure(L, ctx_index, 1);
        lua_setfield(L, -3, "__index");
        lc_sandbox_freeze(L);
        lua_setfield(L, -2, "methods");
        lua_pushcfunction(L, ctx_newindex);
        lua_setfield(L, -2, "__newindex");
        lua_pushliteral(L, "ctx");
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
}

void lc_ctx_kill(void *ctx) {
    ((ctx_ud *)ctx)->call = NULL;
}

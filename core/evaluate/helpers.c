/* helpers.c: the ctx helpers that keep rules short and honest about missing
 * data (docs/rule-authoring.md, "Helpers").
 *
 *   ctx:check{...}        one comparison: true / false, or nil + a data gap;
 *                         returns the evidence entry and records the
 *                         comparison for --explain
 *   ctx:need(path, ...)   values that must be there (nil + gap otherwise)
 *   ctx:trend(path, o)    the value now against an earlier `history` year
 *   ctx:series(path)      every observation of a field, by year
 *   ctx:keys(t)           sorted keys;  ctx:sorted(list, key, order)
 *   ctx:all / any / negate  three-valued logic: nil (unknown) propagates
 *   ctx:evidence()        the evidence of every check that held so far
 *   ctx:note(text)        a note in the --explain trace
 *
 * Missing data is never read as 0 or false: a check whose value is missing
 * returns nil and records the field in data_gaps; a call that recorded an
 * unknown and emitted no finding is reported as skipped_missing_data. */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "luavalue.h"
#include "ordered.h"
#include "ruleapi.h"

/* --- small pieces ---------------------------------------------------- */

static void push_profile(lua_State *L, const lc_call *call) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, call->run->profile_ref);
}

/* A value the call could not judge: a data gap (as for `requires`, a
 * derived path too: it tells the reader the indicator could not compute it,
 * beside the profile fields the indicator itself reports). */
static void unknown(lua_State *L, lc_call *call, const char *field) {
    call->n_unknown++;
    lc_call_add_missing(L, call, field);
}

/* The rule line that called the helper. */
static int caller_line(lua_State *L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) return ar.currentline;
    return 0;
}

/* Optional string field KEY of the table at IDX (raw: no metamethods). */
static const char *opt_string(lua_State *L, int idx, const char *key, const char *what) {
    int t = lua_getfield(L, idx, key);
    const char *s = NULL;
    if (t == LUA_TSTRING)
        s = lua_tostring(L, -1);
    else if (t != LUA_TNIL)
        luaL_error(L, "%s: '%s' must be a string (it is a %s)", what, key, luaL_typename(L, -1));
    lua_pop(L, 1); /* the table keeps the string alive */
    return s;
}

/* A value for an explain record: JSON within the call's output budget, or
 * its type name when it cannot be converted (or the budget is spent). */
static cJSON *json_of(lua_State *L, lc_call *call, int idx) {
    if (lua_isnil(L, idx)) return cJSON_CreateNull();
    const char *why = NULL;
    cJSON *j = lc_call_json(L, call, idx, &why);
    return j ? j : cJSON_CreateString(luaL_typename(L, idx));
}

/* --- ctx:check --------------------------------------------------------- */

typedef enum { OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_IN, OP_NOT_IN } check_op;

static const struct {
    const char *name;
    check_op op;
} ops[] = {
    {"<", OP_LT},  {"<=", OP_LE}, {">", OP_GT},  {">=", OP_GE},         {"==", OP_EQ},
    {"~=", OP_NE}, {"!=", OP_NE}, {"in", OP_IN}, {"not_in", OP_NOT_IN},
};

static check_op parse_op(lua_State *L, const char *name, const char *field) {
    for (size_t i = 0; name && i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(name, ops[i].name)) return ops[i].op;
    luaL_error(L, "check on %s: unknown op '%s' (expected <, <=, >, >=, ==, ~=, in or not_in)",
               field, name ? name : "(none)");
    return OP_EQ;
}

/* Compares the values at A and B under OP; raises on incomparable types. */
static bool compare(lua_State *L, int a, int b, check_op op, const char *op_name,
                    const char *field) {
    if (op == OP_EQ) return lua_rawequal(L, a, b);
    if (op == OP_NE) return !lua_rawequal(L, a, b);
    if (op == OP_IN || op == OP_NOT_IN) {
        if (!lua_istable(L, b))
            luaL_error(L, "check on %s: op '%s' needs a list threshold (it is a %s)", field,
                       op_name, luaL_typename(L, b));
        bool found = false;
        lua_Integer n = luaL_len(L, b);
        for (lua_Integer i = 1; i <= n && !found; i++) {
            lua_geti(L, b, i);
            found = lua_rawequal(L, a, -1);
            lua_pop(L, 1);
        }
        return op == OP_IN ? found : !found;
    }
    int ta = lua_type(L, a), tb = lua_type(L, b);
    if (ta != tb || (ta != LUA_TNUMBER && ta != LUA_TSTRING))
        luaL_error(L, "check on %s: cannot order a %s against a %s (op '%s' needs two numbers)",
                   field, lua_typename(L, ta), lua_typename(L, tb), op_name);
    switch (op) {
    case OP_LT: return lua_compare(L, a, b, LUA_OPLT);
    case OP_LE: return lua_compare(L, a, b, LUA_OPLE);
    case OP_GT: return lua_compare(L, b, a, LUA_OPLT);
    case OP_GE: return lua_compare(L, b, a, LUA_OPLE);
    default: return false;
    }
}

typedef struct check_record {
    const char *field, *op, *config, *fallback, *outcome;
    int value, threshold; /* stack indexes, 0 = none */
    int line;
} check_record;

static void record_check(lua_State *L, lc_call *call, const check_record *r) {
    if (!lc_call_explaining(call)) return;
    if (!call->checks && !(call->checks = cJSON_CreateArray())) luaL_error(L, "out of memory");
    if (call->n_checks >= LC_MAX_CHECKS_RECORDED) return;
    cJSON *c = cJSON_CreateObject();
    if (!c) luaL_error(L, "out of memory");
    cJSON_AddItemToArray(call->checks, c);
    call->n_checks++;
    cJSON_AddStringToObject(c, "field", r->field);
    cJSON_AddStringToObject(c, "op", r->op);
    cJSON_AddItemToObject(c, "expected",
                          r->threshold ? json_of(L, call, r->threshold) : cJSON_CreateNull());
    cJSON_AddItemToObject(c, "actual", r->value ? json_of(L, call, r->value) : cJSON_CreateNull());
    cJSON_AddStringToObject(c, "outcome", r->outcome);
    if (r->config) cJSON_AddStringToObject(c, "config", r->config);
    if (r->fallback) cJSON_AddStringToObject(c, "fallback", r->fallback);
    if (r->line > 0) cJSON_AddNumberToObject(c, "line", r->line);
}

/* Appends the evidence entry at the top of the stack to the ctx's list of
 * evidence from checks that held. */
static void remember_evidence(lua_State *L) {
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    lua_pop(L, 1);
}

static const char *const check_keys_list[] = {"field", "op",   "threshold", "config", "value",
                                              "unit",  "note", "benchmark", "year",   "fallback",
                                              "trend", "of",   NULL};
enum {
    K_FIELD,
    K_OP,
    K_THRESHOLD,
    K_CONFIG,
    K_VALUE,
    K_UNIT,
    K_NOTE,
    K_BENCHMARK,
    K_YEAR,
    K_FALLBACK,
    K_TREND,
    K_OF
};
_Static_assert(K_OF < 32, "lc_check_keys reports the first 32 keys only");

/* The arguments of a ctx:check and the keys they hold (lc_check_keys):
 * most checks give four or five of the twelve keys, and a key known to be
 * absent is nil without a lookup. */
typedef struct check_args {
    int idx;
    unsigned present;
} check_args;

static int arg_get(lua_State *L, const check_args *a, int k) {
    if (!(a->present & (1u << k))) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    return lua_getfield(L, a->idx, check_keys_list[k]);
}

static const char *arg_string(lua_State *L, const check_args *a, int k) {
    return a->present & (1u << k) ? opt_string(L, a->idx, check_keys_list[k], "check") : NULL;
}

/* Copies the optional evidence fields KEYS (-1 ended) from the arguments to EV. */
static void copy_optional(lua_State *L, const check_args *a, int ev, const int *keys) {
    for (const int *k = keys; *k >= 0; k++) {
        if (arg_get(L, a, *k) != LUA_TNIL)
            lua_setfield(L, ev, check_keys_list[*k]);
        else
            lua_pop(L, 1);
    }
}

/* The value a trend check compares, and the note that explains it. */
static const char *trend_value(lua_State *L, int args, int trend, const char **field, char *note,
                               size_t cap) {
    if (!lua_istable(L, trend)) luaL_error(L, "check: 'trend' must be a table from ctx:trend");
    if (lua_getfield(L, trend, "field") != LUA_TSTRING)
        luaL_error(L, "check: 'trend' must be a table from ctx:trend (it has no field)");
    *field = lua_tostring(L, -1);
    lua_pop(L, 1);
    const char *of = opt_string(L, args, "of", "check");
    if (!of) of = "change";
    static const char *const allowed[] = {"change", "per_year", "pct_change", NULL};
    bool ok = false;
    for (const char *const *a = allowed; *a; a++)
        ok |= !strcmp(of, *a);
    if (!ok)
        luaL_error(L, "check on %s: 'of' must be change, per_year or pct_change (it is '%s')",
                   *field, of);
    static const char *const parts[] = {"earlier", "earlier_year", "value", "year"};
    const char *text[4];
    int top = lua_gettop(L);
    for (int i = 0; i < 4; i++) {
        lua_getfield(L, trend, parts[i]);
        text[i] = luaL_tolstring(L, -1, NULL); /* stays on the stack until the pop */
    }
    snprintf(note, cap, "%s from %s (%s) to %s (%s)", of, text[0], text[1], text[2], text[3]);
    lua_settop(L, top);
    lua_getfield(L, trend, of);
    return of;
}

static int ctx_check(lua_State *L) {
    lc_call *call = lc_ctx_call(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    check_args args = {2, lc_check_keys(L, 2, "check", check_keys_list,
                                        "field, op, threshold or config, value, unit, note, "
                                        "benchmark, year, fallback, trend, of")};
    /* the line only goes into the --explain record: finding it walks the
     * function's line info, so it is looked up only when explaining */
    check_record rec = {.line = lc_call_explaining(call) ? caller_line(L) : 0};
    char trend_note[256] = "";
    const char *of = NULL;
    /* 3: the value compared */
    if (arg_get(L, &args, K_TREND) != LUA_TNIL) {
        int trend = lua_gettop(L);
        of = trend_value(L, 2, trend, &rec.field, trend_note, sizeof trend_note);
        lua_remove(L, trend);
    } else {
        lua_pop(L, 1);
        rec.field = arg_string(L, &args, K_FIELD);
        if (!rec.field) return luaL_error(L, "check needs a string 'field' (the profile field)");
        if (arg_get(L, &args, K_VALUE) == LUA_TNIL) {
            lua_pop(L, 1);
            push_profile(L, call);
            lc_push_path(L, -1, rec.field);
            lua_remove(L, -2);
        }
    }
    int value = 3;
    const char *op_name = arg_string(L, &args, K_OP);
    check_op op = parse_op(L, op_name, rec.field);
    rec.op = op_name;
    rec.fallback = arg_string(L, &args, K_FALLBACK);
    rec.config = arg_string(L, &args, K_CONFIG);
    /* 4: the threshold */
    if (arg_get(L, &args, K_THRESHOLD) != LUA_TNIL && rec.config)
        return luaL_error(L, "check on %s: give 'threshold' or 'config', not both", rec.field);
    if (rec.config) {
        lua_pop(L, 1);
        lc_push_threshold(L, call, rec.config);
    } else if (lua_isnil(L, -1)) {
        return luaL_error(L,
                          "check on %s needs a 'threshold' (or 'config', the name of a "
                          "threshold in config.yaml)",
                          rec.field);
    }
    int threshold = 4;
    rec.threshold = threshold;
    int vt = lua_type(L, value);
    if (vt != LUA_TNIL && vt != LUA_TNUMBER && vt != LUA_TSTRING && vt != LUA_TBOOLEAN)
        return luaL_error(L,
                          "check on %s: the value is a %s (expected a number, string or boolean; "
                          "check a field below it)",
                          rec.field, lua_typename(L, vt));

    if (vt == LUA_TNIL && rec.fallback) {
        /* the qualitative twin answers when the number is unknown */
        push_profile(L, call);
        lc_push_path(L, -1, rec.fallback);
        lua_remove(L, -2);
        if (lua_type(L, -1) == LUA_TBOOLEAN) {
            bool held = lua_toboolean(L, -1);
            int answer = lua_gettop(L);
            lua_createtable(L, 0, 4); /* the evidence cites the assessment */
            lua_pushstring(L, rec.fallback);
            lua_setfield(L, -2, "field");
            lua_pushboolean(L, held);
            lua_setfield(L, -2, "value");
            lua_pushfstring(L, "qualitative assessment (%s is unknown)", rec.field);
            lua_setfield(L, -2, "note");
            if (held) remember_evidence(L);
            rec.value = answer;
            rec.outcome = held ? "held" : "not_held";
            record_check(L, call, &rec);
            lua_pushboolean(L, held);
            lua_insert(L, -2);
            return 2;
        }
        if (!lua_isnil(L, -1))
            return luaL_error(L, "check on %s: fallback %s must be a boolean (it is a %s)",
                              rec.field, rec.fallback, luaL_typename(L, -1));
        lua_pop(L, 1);
    }
    if (vt == LUA_TNIL) {
        unknown(L, call, rec.field);
        if (rec.fallback) unknown(L, call, rec.fallback);
        rec.outcome = "missing";
        record_check(L, call, &rec);
        lua_pushnil(L);
        return 1;
    }
    bool held = compare(L, value, threshold, op, op_name, rec.field);
    lua_createtable(L, 0, 8);
    int ev = lua_gettop(L);
    lua_pushstring(L, rec.field);
    lua_setfield(L, ev, "field");
    lua_pushvalue(L, value);
    lua_setfield(L, ev, "value");
    lua_pushstring(L, op_name);
    lua_setfield(L, ev, "op");
    lua_pushvalue(L, threshold);
    lua_setfield(L, ev, "threshold");
    static const int optional[] = {K_BENCHMARK, K_UNIT, K_YEAR, K_NOTE, -1};
    copy_optional(L, &args, ev, optional);
    if (of) {
        lua_getfield(L, ev, "note");
        if (lua_isnil(L, -1)) {
            lua_pushstring(L, trend_note);
            lua_setfield(L, ev, "note");
        }
        lua_pop(L, 1);
    }
    if (held) remember_evidence(L);
    rec.value = value;
    rec.outcome = held ? "held" : "not_held";
    record_check(L, call, &rec);
    lua_pushboolean(L, held);
    lua_insert(L, ev);
    return 2;
}

/* --- ctx:need, ctx:evidence, ctx:note ---------------------------------- */

static int ctx_need(lua_State *L) {
    lc_call *call = lc_ctx_call(L);
    int n = lua_gettop(L);
    if (n < 2) return luaL_error(L, "ctx:need needs at least one field name");
    luaL_checkstack(L, n + 2, "too many fields");
    push_profile(L, call);
    int p = lua_gettop(L);
    for (int i = 2; i <= n; i++) {
        const char *field = luaL_checkstring(L, i);
        lc_push_path(L, p, field);
        if (lua_isnil(L, -1)) unknown(L, call, field);
    }
    return n - 1;
}

static int ctx_evidence(lua_State *L) {
    lc_ctx_call(L);
    lua_getiuservalue(L, 1, 1);
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -2, i);
        lua_rawseti(L, -2, i);
    }
    return 1;
}

static int ctx_note(lua_State *L) {
    lc_call *call = lc_ctx_call(L);
    size_t len;
    const char *text = luaL_checklstring(L, 2, &len);
    if (!lc_call_explaining(call)) return 0;
    if (!call->notes && !(call->notes = cJSON_CreateArray())) return luaL_error(L, "out of memory");
    if (call->n_notes >= LC_MAX_NOTES) return 0;
    char clipped[512];
    snprintf(clipped, sizeof clipped, "%s", text); /* a note is a line, not a dump */
    cJSON *s = cJSON_CreateString(clipped);
    if (!s) return luaL_error(L, "out of memory");
    cJSON_AddItemToArray(call->notes, s);
    call->n_notes++;
    return 0;
}

/* --- history: ctx:trend, ctx:series ----------------------------------- */

static lua_Integer profile_year(lua_State *L, int p) {
    lc_push_path(L, p, "country.year");
    lua_Integer y = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    return y;
}

static lua_Integer opt_integer(lua_State *L, int opts, const char *key, lua_Integer dflt,
                               bool *given) {
    if (given) *given = false;
    if (!opts) return dflt;
    int t = lua_getfield(L, opts, key);
    lua_Integer v = dflt;
    if (t != LUA_TNIL) {
        if (!lua_isinteger(L, -1))
            luaL_error(L, "trend: '%s' must be a whole number (it is a %s)", key,
                       luaL_typename(L, -1));
        v = lua_tointeger(L, -1);
        if (given) *given = true;
    }
    lua_pop(L, 1);
    return v;
}

/* Pushes history[YEAR].PATH (nil when absent). */
static void push_history_value(lua_State *L, int history, lua_Integer year, const char *path) {
    if (lua_geti(L, history, year) == LUA_TNIL) return;
    lc_push_path(L, -1, path);
    lua_remove(L, -2);
}

/* Pushes a sorted sequence of the integer years in the history table at
 * HISTORY (an empty one when there is no history). */
static void push_history_years(lua_State *L, int history) {
    if (!lua_istable(L, history)) {
        lua_newtable(L);
        return;
    }
    lua_Integer n = lc_push_sorted_keys(L, history);
    lua_createtable(L, (int)n, 0);
    lua_Integer k = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -2, i) == LUA_TNUMBER && lua_isinteger(L, -1))
            lua_rawseti(L, -2, ++k);
        else
            lua_pop(L, 1);
    }
    lua_remove(L, -2);
}

static void evidence_entry(lua_State *L, const char *field, int value, lua_Integer year) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, field);
    lua_setfield(L, -2, "field");
    lua_pushvalue(L, value);
    lua_setfield(L, -2, "value");
    lua_pushinteger(L, year);
    lua_setfield(L, -2, "year");
}

/* ctx:trend(path, {years = N | since = YEAR, window = W}) */
static int ctx_trend(lua_State *L) {
    lc_call *call = lc_ctx_call(L);
    const char *path = luaL_checkstring(L, 2);
    int opts = lua_istable(L, 3) ? 3 : 0;
    if (!opts && !lua_isnoneornil(L, 3))
        return luaL_error(L, "trend: the second argument must be a table {years = N} or "
                             "{since = YEAR}");
    lua_settop(L, 3);
    if (opts) {
        static const char *const keys[] = {"years", "since", "window", NULL};
        lc_check_keys(L, opts, "trend options", keys, "years or since, and window");
    }
    bool has_years, has_since;
    lua_Integer years = opt_integer(L, opts, "years", 0, &has_years);
    lua_Integer since = opt_integer(L, opts, "since", 0, &has_since);
    if (has_years == has_since)
        return luaL_error(L, "trend of %s needs either {years = N} or {since = YEAR}", path);
    if (has_years && years <= 0) return luaL_error(L, "trend of %s: years must be positive", path);
    lua_Integer window = opt_integer(L, opts, "window", has_years ? 2 : 0, NULL);
    if (window < 0) return luaL_error(L, "trend of %s: window must not be negative", path);

    push_profile(L, call);
    int p = lua_gettop(L);
    lua_Integer year = profile_year(L, p);
    lc_push_path(L, p, path);
    int now = lua_gettop(L);
    if (lua_isnil(L, now)) {
        unknown(L, call, path);
        lua_pushnil(L);
        return 1;
    }
    if (lua_type(L, now) != LUA_TNUMBER)
        return luaL_error(L, "trend of %s needs numbers (it is a %s)", path, luaL_typename(L, now));
    lua_Integer target = has_years ? year - years : since;
    lc_push_path(L, p, "history");
    int history = lua_gettop(L);
    push_history_years(L, history);
    int list = lua_gettop(L);
    lua_Integer best = 0, best_distance = -1;
    for (lua_Integer i = 1, n = (lua_Integer)lua_rawlen(L, list); i <= n; i++) {
        lua_rawgeti(L, list, i);
        lua_Integer y = lua_tointeger(L, -1);
        lua_pop(L, 1);
        lua_Integer d = y > target ? y - target : target - y;
        if (y >= year || d > window) continue;
        push_history_value(L, history, y, path);
        bool present = lua_type(L, -1) == LUA_TNUMBER;
        lua_pop(L, 1);
        if (present && (best_distance < 0 || d < best_distance)) best = y, best_distance = d;
    }
    if (best_distance < 0) {
        char gap[512];
        snprintf(gap, sizeof gap, "history.%lld.%s", (long long)target, path);
        unknown(L, call, gap);
        lua_pushnil(L);
        return 1;
    }
    push_history_value(L, history, best, path);
    int earlier = lua_gettop(L);
    double v = lua_tonumber(L, now), e = lua_tonumber(L, earlier);
    lua_createtable(L, 0, 11);
    int t = lua_gettop(L);
    lua_pushstring(L, path);
    lua_setfield(L, t, "field");
    lua_pushvalue(L, now);
    lua_setfield(L, t, "value");
    lua_pushinteger(L, year);
    lua_setfield(L, t, "year");
    lua_pushvalue(L, earlier);
    lua_setfield(L, t, "earlier");
    lua_pushinteger(L, best);
    lua_setfield(L, t, "earlier_year");
    lua_pushinteger(L, year - best);
    lua_setfield(L, t, "years");
    lua_pushnumber(L, v - e);
    lua_setfield(L, t, "change");
    lua_pushnumber(L, (v - e) / (double)(year - best));
    lua_setfield(L, t, "per_year");
    if (e != 0) {
        lua_pushnumber(L, (v - e) / (e < 0 ? -e : e) * 100.0);
        lua_setfield(L, t, "pct_change");
    }
    char field[512];
    snprintf(field, sizeof field, "history.%lld.%s", (long long)best, path);
    lua_createtable(L, 2, 0);
    evidence_entry(L, path, now, year);
    lua_rawseti(L, -2, 1);
    evidence_entry(L, field, earlier, best);
    lua_rawseti(L, -2, 2);
    lua_setfield(L, t, "evidence");
    return 1;
}

/* ctx:series(path): {{year, value, field}, ...} by year, now included. */
static int ctx_series(lua_State *L) {
    lc_call *call = lc_ctx_call(L);
    const char *path = luaL_checkstring(L, 2);
    lua_settop(L, 2);
    push_profile(L, call);
    int p = 3;
    lua_Integer year = profile_year(L, p);
    lc_push_path(L, p, "history");
    int history = 4;
    push_history_years(L, history);
    int years = 5;
    lua_newtable(L);
    int out = 6;
    lua_Integer k = 0;
    char field[512];
    for (lua_Integer i = 1, n = (lua_Integer)lua_rawlen(L, years); i <= n; i++) {
        lua_rawgeti(L, years, i);
        lua_Integer y = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (y >= year) continue; /* the profile itself is the reference year */
        push_history_value(L, history, y, path);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            continue;
        }
        snprintf(field, sizeof field, "history.%lld.%s", (long long)y, path);
        evidence_entry(L, field, lua_gettop(L), y);
        lua_remove(L, -2);
        lua_rawseti(L, out, ++k);
    }
    lc_push_path(L, p, path);
    if (!lua_isnil(L, -1)) {
        evidence_entry(L, path, lua_gettop(L), year);
        lua_rawseti(L, out, ++k);
    }
    lua_settop(L, out);
    return 1;
}

/* --- ordering --------------------------------------------------------- */

static int ctx_keys(lua_State *L) {
    lc_ctx_call(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    lc_push_sorted_keys(L, 2);
    return 1;
}

static int ctx_sorted(lua_State *L) {
    lc_ctx_call(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    const char *key = luaL_optstring(L, 3, NULL);
    const char *order = luaL_optstring(L, 4, "asc");
    if (strcmp(order, "asc") != 0 && strcmp(order, "desc") != 0)
        return luaL_error(L, "ctx:sorted: order must be \"asc\" or \"desc\" (it is \"%s\")", order);
    lc_push_sorted_items(L, 2, key, !strcmp(order, "desc"));
    return 1;
}

/* --- three-valued logic ------------------------------------------------ */

/* Kleene logic: nil is unknown, false is false, any other value is true.
 * all: a false decides; any: a true decides; else unknown beats the rest. */
static int three_valued(lua_State *L, bool deciding) {
    lc_ctx_call(L);
    bool any_unknown = false;
    for (int i = 2, n = lua_gettop(L); i <= n; i++) {
        if (lua_isnil(L, i))
            any_unknown = true;
        else if (lua_toboolean(L, i) == deciding) {
            lua_pushboolean(L, deciding);
            return 1;
        }
    }
    if (any_unknown)
        lua_pushnil(L);
    else
        lua_pushboolean(L, !deciding);
    return 1;
}

static int ctx_all(lua_State *L) {
    return three_valued(L, false);
}

static int ctx_any(lua_State *L) {
    return three_valued(L, true);
}

static int ctx_negate(lua_State *L) {
    lc_ctx_call(L);
    if (lua_isnoneornil(L, 2))
        lua_pushnil(L);
    else
        lua_pushboolean(L, !lua_toboolean(L, 2));
    return 1;
}

const luaL_Reg lc_ctx_helpers[] = {
    {"check", ctx_check},       {"need", ctx_need}, {"trend", ctx_trend},
    {"series", ctx_series},     {"keys", ctx_keys}, {"sorted", ctx_sorted},
    {"all", ctx_all},           {"any", ctx_any},   {"negate", ctx_negate},
    {"evidence", ctx_evidence}, {"note", ctx_note}, {NULL, NULL},
};

/* shared.c: one sealed instance of each rule per engine (shared.h). */
#include "shared.h"

#include <lauxlib.h>
#include <string.h>

/* The record of a shared instance (registry, script->shared_ref):
 *   [1] the instance's own table (for the engine: the entry function)
 *   [2] globals: flat list of closure, upvalue index, sealed globals,
 *       metatable of a call's fresh globals
 *   [3] upvalues: flat list of closure, upvalue index, value to restore
 *   [4] true once a call touched the instance: instantiate per call
 *   [5] metamethods: flat list of view, key, value: a table the rule hands
 *       setmetatable is read raw by Lua, so a view carries the "__" keys
 *       of its table itself; being raw, they are put back after each call */
enum { REC_TABLE = 1, REC_ENVS, REC_UPS, REC_OFF, REC_META };

/* Deeper than any sane rule's constants: a deeper graph is not shared. */
#define MAX_SEAL_DEPTH 64

typedef struct sealer {
    int memo;    /* original table/function -> its sealed replacement */
    int library; /* the safe globals' functions: shared as they are */
    int cells;   /* upvalue cells already handled (lua_upvalueid) */
    int envs, ups, meta;
    int depth;
} sealer;

static bool seal(lua_State *L, sealer *s, int idx);

/* Appends the N values on top of the stack, in order, to the list at LIST. */
static void append(lua_State *L, int list, int n) {
    lua_Integer at = (lua_Integer)lua_rawlen(L, list);
    for (int i = n; i >= 1; i--)
        lua_rawseti(L, list, at + i);
}

static bool memo_get(lua_State *L, sealer *s, int idx) {
    lua_pushvalue(L, idx);
    if (lua_rawget(L, s->memo) != LUA_TNIL) return true;
    lua_pop(L, 1);
    return false;
}

static void memo_set(lua_State *L, sealer *s, int idx, int sealed) {
    lua_pushvalue(L, idx);
    lua_pushvalue(L, sealed);
    lua_rawset(L, s->memo);
}

/* Seals every value of the table at T in place (T itself stays as it is). */
static bool seal_contents(lua_State *L, sealer *s, int t) {
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int kt = lua_type(L, -2), vt = lua_type(L, -1);
        if (kt != LUA_TSTRING && kt != LUA_TNUMBER && kt != LUA_TBOOLEAN) {
            lua_pop(L, 2);
            return false;
        }
        if (vt == LUA_TTABLE || vt == LUA_TFUNCTION) {
            if (!seal(L, s, lua_gettop(L))) {
                lua_pop(L, 2);
                return false;
            }
            lua_pushvalue(L, -3);
            lua_insert(L, -2);
            lua_rawset(L, t); /* an existing key: allowed while traversing */
        }
        lua_pop(L, 1);
    }
    return true;
}

/* Pushes a read-only view of the table at T, marked as a shared
 * instance's, and seals what T holds. */
static bool push_view(lua_State *L, sealer *s, int t) {
    lua_pushvalue(L, t);
    lc_sandbox_freeze(L);
    int proxy = lua_gettop(L);
    lua_getmetatable(L, proxy);
    lc_sandbox_mark_sealed(L, -1);
    lua_pop(L, 1);
    memo_set(L, s, t, proxy); /* before the contents: cycles end here */
    if (!seal_contents(L, s, t)) {
        lua_pop(L, 1);
        return false;
    }
    return true;
}

/* Pushes the read-only view of the plain table at T, contents sealed. */
static bool seal_table(lua_State *L, sealer *s, int t) {
    if (lc_sandbox_is_frozen(L, t)) { /* the config, the safe libraries */
        lua_pushvalue(L, t);
        return true;
    }
    if (memo_get(L, s, t)) return true;
    if (lua_getmetatable(L, t)) { /* its metamethods would see the real table */
        lua_pop(L, 1);
        return false;
    }
    if (!push_view(L, s, t)) return false;
    int proxy = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        size_t len;
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &len) : NULL;
        if (k && len > 2 && k[0] == '_' && k[1] == '_') {
            lua_pushvalue(L, -2);
            lua_pushvalue(L, -2);
            lua_rawset(L, proxy);
            lua_pushvalue(L, proxy);
            lua_pushvalue(L, -3);
            lua_pushvalue(L, -3);
            append(L, s->meta, 3);
        }
        lua_pop(L, 1);
    }
    return true;
}

/* Pushes the sealed globals of the environment at ENV. */
static bool seal_env(lua_State *L, sealer *s, int env) {
    if (memo_get(L, s, env)) return true;
    lua_pushstring(L, "require");
    if (lua_rawget(L, env) == LUA_TFUNCTION) { /* the pack's require, per instance */
        if (!seal(L, s, lua_gettop(L))) {
            lua_pop(L, 1);
            return false;
        }
        lua_setfield(L, env, "require");
    }
    lua_pop(L, 1);
    return push_view(L, s, env);
}

/* The upvalue I of the Lua function at F (value on top): sealed, set back
 * into the function and recorded, for resetting after every call. */
static bool seal_upvalue(lua_State *L, sealer *s, int f, int i, const char *name) {
    int value = lua_gettop(L);
    lua_pushlightuserdata(L, lua_upvalueid(L, f, i));
    if (lua_rawget(L, s->cells) != LUA_TNIL) { /* shared with a function already sealed */
        lua_pop(L, 2);
        return true;
    }
    lua_pop(L, 1);
    lua_pushlightuserdata(L, lua_upvalueid(L, f, i));
    lua_pushboolean(L, 1);
    lua_rawset(L, s->cells);
    bool env = !strcmp(name, "_ENV");
    if (env && (lua_type(L, value) != LUA_TTABLE || !seal_env(L, s, value))) return false;
    if (!env && !seal(L, s, value)) return false;
    int sealed = lua_gettop(L);
    lua_pushvalue(L, sealed);
    lua_setupvalue(L, f, i);
    lua_pushvalue(L, f);
    lua_pushinteger(L, i);
    lua_pushvalue(L, sealed);
    if (env) { /* a call's globals: fresh, reading through to the sealed ones */
        lua_createtable(L, 0, 2);
        lua_pushvalue(L, sealed);
        lua_setfield(L, -2, "__index");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lc_sandbox_mark_sealed(L, lua_gettop(L));
        append(L, s->envs, 4);
    } else {
        append(L, s->ups, 3);
    }
    lua_settop(L, value - 1);
    return true;
}

static bool seal_function(lua_State *L, sealer *s, int f) {
    if (memo_get(L, s, f)) return true;
    if (lua_iscfunction(L, f)) {
        lua_pushvalue(L, f);
        bool library = lua_rawget(L, s->library) != LUA_TNIL;
        lua_pop(L, 1);
        if (library || !lua_getupvalue(L, f, 1)) { /* no state of a rule's */
            lua_pushvalue(L, f);
            return true;
        }
        lua_pop(L, 1);
        if (lua_tocfunction(L, f) != lc_pack_require_function()) return false;
        /* the pack's require: what it loaded, sealed; anything else afresh */
        lua_getupvalue(L, f, 2); /* its module cache */
        int cache = lua_gettop(L);
        if (lua_type(L, cache) != LUA_TTABLE || !seal_table(L, s, cache)) return false;
        lua_getupvalue(L, f, 1); /* the pack's modules */
        lua_pushvalue(L, cache + 1);
        lc_push_sealed_require(L);
        lua_replace(L, cache);
        lua_settop(L, cache);
        memo_set(L, s, f, cache);
        memo_set(L, s, cache, cache); /* met again in the sealed globals */
        return true;
    }
    memo_set(L, s, f, f); /* before the upvalues: recursion ends here */
    for (int i = 1;; i++) {
        const char *name = lua_getupvalue(L, f, i);
        if (!name) break;
        if (!seal_upvalue(L, s, f, i, name)) return false;
    }
    lua_pushvalue(L, f);
    return true;
}

/* Pushes the sealed replacement of the value at IDX; false (nothing
 * pushed, the stack possibly higher) when it cannot be shared. */
static bool seal(lua_State *L, sealer *s, int idx) {
    if (s->depth >= MAX_SEAL_DEPTH || !lua_checkstack(L, 12)) return false;
    int top = lua_gettop(L);
    bool ok;
    s->depth++;
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
    case LUA_TBOOLEAN:
    case LUA_TNUMBER:
    case LUA_TSTRING:
    case LUA_TLIGHTUSERDATA:
        lua_pushvalue(L, idx);
        ok = true;
        break;
    case LUA_TTABLE: ok = seal_table(L, s, idx); break;
    case LUA_TFUNCTION: ok = seal_function(L, s, idx); break;
    default: ok = false; break; /* userdata, threads */
    }
    s->depth--;
    if (!ok) lua_settop(L, top);
    return ok;
}

typedef struct build_job {
    lc_scripts *set;
    lc_script *script;
} build_job;

/* Limited call: instantiates the rule, seals it and stores its record. */
static int build_body(lua_State *L) {
    build_job *job = lua_touserdata(L, 1);
    lua_settop(L, 0);
    lc_script_instantiate(L, job->set, job->script); /* 1 */
    lua_newtable(L);                                 /* 2: memo */
    lua_newtable(L);                                 /* 3: cells */
    lua_createtable(L, 4, 0);                        /* 4: the record */
    lc_sandbox_push_library(L);                      /* 5 */
    sealer s = {.memo = 2, .cells = 3, .library = 5};
    lua_pushboolean(L, 0); /* the slot exists: setting it later allocates nothing */
    lua_rawseti(L, 4, REC_OFF);
    int *lists[] = {[REC_ENVS] = &s.envs, [REC_UPS] = &s.ups, [REC_META] = &s.meta};
    for (int slot = REC_ENVS; slot <= REC_META; slot++) {
        if (slot == REC_OFF) continue;
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawseti(L, 4, slot);
        *lists[slot] = lua_gettop(L);
    }
    if (!seal(L, &s, 1)) return 0; /* not shareable: per call, as before */
    lua_pushvalue(L, 1);           /* the real table: its entry is read raw */
    lua_rawseti(L, 4, REC_TABLE);
    lua_pushvalue(L, 4);
    job->script->shared_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

bool lc_shared_build(lc_sandbox *sb, lc_scripts *set) {
    for (size_t i = 0; i < set->n; i++) {
        lc_script *script = &set->items[i];
        if (script->kind != LC_SCRIPT_RULE) continue;
        build_job job = {set, script};
        lc_call_error err = {0};
        lua_pushcfunction(sb->L, build_body);
        lua_pushlightuserdata(sb->L, &job);
        bool ok = lc_sandbox_call(sb, 1, 0, &err);
        bool oom = err.oom;
        lc_call_error_clear(&err);
        if (oom) return false;
        if (!ok) script->shared_ref = LUA_NOREF; /* its calls will report the error */
    }
    return true;
}

bool lc_shared_enter(lua_State *L, const lc_script *script) {
    if (script->shared_ref == LUA_NOREF) return false;
    luaL_checkstack(L, 8, "shared instance");
    lua_rawgeti(L, LUA_REGISTRYINDEX, script->shared_ref);
    int rec = lua_gettop(L);
    lua_rawgeti(L, rec, REC_OFF);
    bool off = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (off) {
        lua_pop(L, 1);
        return false;
    }
    lua_rawgeti(L, rec, REC_ENVS);
    int envs = lua_gettop(L);
    for (lua_Integer j = 1, n = (lua_Integer)lua_rawlen(L, envs); j + 3 <= n; j += 4) {
        lua_rawgeti(L, envs, j);
        lua_rawgeti(L, envs, j + 1);
        int up = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        lua_createtable(L, 0, 0);
        lua_rawgeti(L, envs, j + 3);
        lua_setmetatable(L, -2);
        lua_setupvalue(L, -2, up);
        lua_pop(L, 1);
    }
    lua_rawgeti(L, rec, REC_TABLE);
    lua_replace(L, rec);
    lua_settop(L, rec);
    return true;
}

/* Sets each closure's upvalue back to the value beside it in the flat list
 * at LIST (entries of STRIDE: closure, index, value, ...). */
static void restore(lua_State *L, int list, int stride) {
    for (lua_Integer j = 1, n = (lua_Integer)lua_rawlen(L, list); j + stride - 1 <= n;
         j += stride) {
        lua_rawgeti(L, list, j);
        lua_rawgeti(L, list, j + 1);
        int up = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        lua_rawgeti(L, list, j + 2);
        lua_setupvalue(L, -2, up);
        lua_pop(L, 1);
    }
}

/* Protected: puts back the upvalues, globals and metamethod keys of the
 * record at 2. */
static int leave_body(lua_State *L) {
    int rec = 2;
    lua_rawgeti(L, rec, REC_ENVS);
    restore(L, lua_gettop(L), 4);
    lua_rawgeti(L, rec, REC_UPS);
    restore(L, lua_gettop(L), 3);
    lua_rawgeti(L, rec, REC_META);
    int meta = lua_gettop(L);
    for (lua_Integer j = 1, n = (lua_Integer)lua_rawlen(L, meta); j + 2 <= n; j += 3) {
        lua_rawgeti(L, meta, j);
        lua_rawgeti(L, meta, j + 1);
        lua_rawgeti(L, meta, j + 2);
        lua_rawset(L, -3);
        lua_pop(L, 1);
    }
    return 0;
}

bool lc_shared_leave(lc_sandbox *sb, const lc_script *script) {
    lua_State *L = sb->L;
    if (script->shared_ref == LUA_NOREF) return false;
    bool touched = sb->sealed_touched;
    sb->sealed_touched = false;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, script->shared_ref);
    lua_pushvalue(L, -1);
    /* a key the rule deleted from a view's metamethods can take memory to
     * put back; if that fails, the instance is never used again */
    if (!lc_sandbox_protected(sb, leave_body, NULL, 1, 0) || touched) {
        lua_pushboolean(L, 1);
        lua_rawseti(L, top + 1, REC_OFF); /* the slot exists: allocates nothing */
    }
    lua_settop(L, top);
    return touched;
}

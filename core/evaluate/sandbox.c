/* sandbox.c: limits, environments and protected calls for rules and
 * plugins. Modelled on what Redis, Suricata and Nmap NSE learned; see
 * ../shared/design-notes.md and docs/rule-authoring.md. */
#define _POSIX_C_SOURCE 200809L
#include "sandbox.h"

#include "ordered.h"
#include "safelib.h"

#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    HOOK_EVERY = 1000,        /* instructions between hook calls */
    MEMORY_GRACE = 256 << 10, /* lets a tripped call unwind and format its error */
    PRINT_CAP = 64 << 10,     /* bytes of print() output per call */
};

/* Registry keys: addresses of these statics are unique, never written. */
static const char KEY_SAFE_GLOBALS = 0; /* frozen table of allowed globals */
static const char KEY_ENV_META = 0;     /* metatable shared by environments */
static const char KEY_FROZEN = 0;       /* marks a proxy's metatable */
static const char KEY_SEALED = 0;       /* marks a shared instance's metatables */

lc_limits lc_limits_default(void) {
    return (lc_limits){
        .max_instructions = 50000000,
        .max_memory = 32u << 20,
        .timeout_ms = 2000,
    };
}

lc_sandbox *lc_sandbox_of(lua_State *L) {
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

static void now(struct timespec *ts) {
    clock_gettime(CLOCK_MONOTONIC, ts);
}

static bool past(const struct timespec *deadline) {
    struct timespec t;
    now(&t);
    return t.tv_sec > deadline->tv_sec ||
           (t.tv_sec == deadline->tv_sec && t.tv_nsec >= deadline->tv_nsec);
}

static const char *trip_message(const lc_sandbox *sb) {
    switch (sb->tripped) {
    case LC_FAIL_INSTRUCTIONS: return "instruction limit exceeded";
    case LC_FAIL_TIMEOUT: return "time limit exceeded";
    case LC_FAIL_MEMORY: return "memory limit exceeded";
    case LC_FAIL_BLOCKED: return "blocked function";
    default: return "limit exceeded";
    }
}

static void hook(lua_State *L, lua_Debug *ar);

/* Adds UNITS of work to the call's budget; true once a limit is spent. */
static bool spend(lc_sandbox *sb, uint64_t units) {
    if (!sb->tripped) {
        sb->instructions += units;
        if (sb->instructions > sb->limits.max_instructions)
            sb->tripped = LC_FAIL_INSTRUCTIONS;
        else if (sb->limits.timeout_ms && past(&sb->deadline))
            sb->tripped = LC_FAIL_TIMEOUT;
    }
    return sb->tripped != LC_FAIL_NONE;
}

/* Raises the error of the tripped limit, and makes sure it fires again on
 * the next instruction: whatever handler the rule runs is interrupted
 * again until the error reaches the engine's pcall. */
static bool locate(lua_State *L, int from, char *file, size_t cap, int *line, const char **source);

static void raise_tripped(lua_State *L, lc_sandbox *sb) {
    lua_sethook(L, hook, LUA_MASKCOUNT, 1);
    /* where the limit was hit, not where the error finally escaped a
     * rule's pcall (called from a hook or a C function: the stack is sound) */
    if (!sb->trip_file[0]) locate(L, 0, sb->trip_file, sizeof sb->trip_file, &sb->trip_line, NULL);
    if (sb->tripped == LC_FAIL_BLOCKED) luaL_error(L, "blocked function %s", sb->blocked);
    luaL_error(L, "%s", trip_message(sb));
}

/* Copies the innermost rule-file position (a chunk named "@path") from
 * stack level FROM up into FILE / *LINE. Reads the call stack only: safe in
 * a hook and a message handler. */
static bool locate(lua_State *L, int from, char *file, size_t cap, int *line, const char **source) {
    lua_Debug ar;
    for (int level = from; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) break;
        if (ar.currentline > 0 && ar.source[0] == '@') {
            if (!source || *source != ar.source) {
                snprintf(file, cap, "%s", ar.source + 1);
                if (source) *source = ar.source;
            }
            *line = ar.currentline;
            return true;
        }
    }
    return false;
}

static void hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    lc_sandbox *sb = lc_sandbox_of(L);
    if (spend(sb, HOOK_EVERY)) raise_tripped(L, sb);
    /* where the rule is, for errors that reach no message handler (a table
     * outgrowing the memory cap) */
    locate(L, 0, sb->seen_file, sizeof sb->seen_file, &sb->seen_line, &sb->seen_source);
}

static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* The sandbox of L, or NULL when L is a plain state (the pattern tests
 * run the matcher in one). */
static lc_sandbox *sandbox_or_null(lua_State *L) {
    void *ud;
    return lua_getallocf(L, &ud) == counting_alloc ? ud : NULL;
}

void lc_sandbox_charge(lua_State *L, uint64_t units) {
    lc_sandbox *sb = sandbox_or_null(L);
    if (sb && sb->in_call && spend(sb, units)) raise_tripped(L, sb);
}

bool lc_sandbox_tripped(lua_State *L) {
    lc_sandbox *sb = sandbox_or_null(L);
    return sb && sb->in_call && sb->tripped != LC_FAIL_NONE;
}

/* Whether BYTES more would take the call past its cap. */
static bool over_cap(const lc_sandbox *sb, size_t bytes) {
    return sb->mem_used > sb->mem_cap || bytes > sb->mem_cap - sb->mem_used;
}

void lc_sandbox_reserve(lua_State *L, size_t bytes) {
    lc_sandbox *sb = sandbox_or_null(L);
    if (!sb || !sb->in_call || !sb->mem_cap) return;
    /* garbage is not held: collect it before judging (see counting_alloc) */
    if (!sb->tripped && over_cap(sb, bytes) && sb->mem_floor) lua_gc(L, LUA_GCCOLLECT);
    if (sb->tripped || over_cap(sb, bytes)) {
        if (!sb->tripped) sb->tripped = LC_FAIL_MEMORY;
        raise_tripped(L, sb);
    }
}

static bool fault_fires(lc_sandbox *sb) {
    if (!sb->fault.at) return false;
    uint64_t n = ++sb->requests;
    return n >= sb->fault.at && (!sb->fault.count || n < sb->fault.at + sb->fault.count);
}

/* The cap tripped: remember where. Only for new blocks (PTR NULL): the
 * state is consistent then, whereas a Lua that relocates its stack in place
 * (5.4.6) holds stack offsets, not pointers, while it reallocates. */
static void note_memory_trip(lc_sandbox *sb, const void *ptr) {
    sb->tripped = LC_FAIL_MEMORY;
    if (!sb->L) return;
    lua_sethook(sb->L, hook, LUA_MASKCOUNT, 1); /* documented as safe at any time */
    if (!ptr) locate(sb->L, 0, sb->trip_file, sizeof sb->trip_file, &sb->trip_line, NULL);
}

/* Whether this growth request is Lua asking again, after its emergency
 * collection, for the block refused for want of room: Lua retries at once
 * with the same arguments, and a collection only frees or shrinks blocks. */
static bool retry_after_collection(const lc_sandbox *sb, const void *ptr, size_t osize,
                                   size_t nsize) {
    return sb->collect.pending && sb->collect.ptr == ptr && sb->collect.osize == osize &&
           sb->collect.nsize == nsize;
}

static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    lc_sandbox *sb = ud;
    size_t old = ptr ? osize : 0; /* with ptr NULL, osize is a type tag */
    if (nsize == 0) {
        lc_blockpool_realloc(&sb->pool, ptr, old, 0);
        sb->mem_used -= old;
        return NULL;
    }
    if (nsize > old) {
        if (fault_fires(sb)) {
            sb->refused++;
            return NULL;
        }
        if (sb->mem_cap) {
            size_t cap = sb->mem_cap + (sb->tripped ? MEMORY_GRACE : 0);
            if (sb->mem_used + (nsize - old) > cap) {
                if (!sb->tripped && sb->mem_floor &&
                    !retry_after_collection(sb, ptr, osize, nsize)) {
                    /* Part of what is allocated may be garbage, of this call
                     * or of earlier ones: refuse once so that Lua collects
                     * (its emergency collection) and asks again, and judge
                     * the retry on what is live. */
                    sb->collect.pending = true;
                    sb->collect.ptr = ptr;
                    sb->collect.osize = osize;
                    sb->collect.nsize = nsize;
                    return NULL;
                }
                sb->collect.pending = false;
                if (!sb->tripped) note_memory_trip(sb, ptr);
                return NULL;
            }
        }
        sb->collect.pending = false;
    }
    void *np = lc_blockpool_realloc(&sb->pool, ptr, old, nsize); /* a shrink never fails */
    if (!np) {
        sb->refused++;
        return NULL;
    }
    sb->mem_used = sb->mem_used - old + nsize; /* Lua frees it with nsize */
    if (sb->mem_used > sb->mem_peak) sb->mem_peak = sb->mem_used;
    return np;
}

/* --- read-only proxies ------------------------------------------------ */

static bool is_frozen_mt(lua_State *L, int mt) {
    lua_rawgetp(L, mt, &KEY_FROZEN);
    bool yes = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return yes;
}

bool lc_sandbox_is_frozen(lua_State *L, int idx) {
    if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return false;
    bool yes = is_frozen_mt(L, lua_gettop(L));
    lua_pop(L, 1);
    return yes;
}

/* Pushes the real table behind the proxy at IDX. */
static void push_real(lua_State *L, int idx) {
    lua_getmetatable(L, idx);
    lua_rawgetp(L, -1, &KEY_FROZEN);
    lua_remove(L, -2);
}

void lc_sandbox_push_real(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    if (lc_sandbox_is_frozen(L, idx))
        push_real(L, idx);
    else
        lua_pushvalue(L, idx);
}

void lc_sandbox_mark_sealed(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_pushboolean(L, 1);
    lua_rawsetp(L, idx, &KEY_SEALED);
}

void lc_sandbox_note_sealed(lua_State *L, int idx) {
    if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return;
    lua_rawgetp(L, -1, &KEY_SEALED);
    if (lua_toboolean(L, -1)) lc_sandbox_of(L)->sealed_touched = true;
    lua_pop(L, 2);
}

/* Adds the functions of the table at T (a real table) to the set at SET. */
static void add_functions(lua_State *L, int t, int set, bool descend) {
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushvalue(L, -1);
            lua_pushboolean(L, 1);
            lua_rawset(L, set);
        } else if (descend && lc_sandbox_is_frozen(L, -1)) {
            push_real(L, lua_gettop(L));
            add_functions(L, lua_gettop(L), set, false);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
}

void lc_sandbox_push_library(lua_State *L) {
    lua_newtable(L);
    int set = lua_gettop(L);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_SAFE_GLOBALS);
    push_real(L, lua_gettop(L));
    add_functions(L, lua_gettop(L), set, true);
    lua_settop(L, set);
}

/* rawget, rawlen and getmetatable, telling a shared instance's tables */
static int note_then_original(lua_State *L) {
    lc_sandbox_note_sealed(L, 1);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

static int ro_newindex(lua_State *L) {
    lc_sandbox_note_sealed(L, 1);
    return luaL_error(L, "attempt to modify a read-only table (key '%s')",
                      lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : luaL_typename(L, 2));
}

static int ro_len(lua_State *L) {
    push_real(L, 1);
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

static int ro_iter(lua_State *L) {
    /* upvalues: real table, sorted keys, position */
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(3)) + 1;
    for (;; i++) {
        if (lua_rawgeti(L, lua_upvalueindex(2), i) == LUA_TNIL) return 0;
        lua_pushvalue(L, -1);
        if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) break;
        lua_pop(L, 2);
    }
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(3));
    return 2;
}

/* Iterates the table at 1 (the real one behind a proxy) in key order. */
static int sorted_pairs(lua_State *L) {
    lc_sandbox_push_real(L, 1);
    lc_push_sorted_keys(L, -1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, ro_iter, 3); /* the real table never reaches the rule */
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int ro_pairs(lua_State *L) {
    return sorted_pairs(L);
}

/* pairs in a total key order for every table (Lua's own order changes
 * from run to run); a __pairs metamethod still takes over. */
static int safe_pairs(lua_State *L) {
    luaL_checkany(L, 1);
    lc_sandbox_note_sealed(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    return sorted_pairs(L);
}

void lc_sandbox_freeze(lua_State *L) {
    luaL_checkstack(L, 4, "freeze");
    int real = lua_gettop(L);
    lua_newtable(L); /* proxy */
    lua_createtable(L, 0, 6);
    lua_pushvalue(L, real);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, real);
    lua_rawsetp(L, -2, &KEY_FROZEN);
    lua_pushcfunction(L, ro_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, ro_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, ro_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushliteral(L, "read-only");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, real);
}

/* --- the safe global environment -------------------------------------- */

int lc_sandbox_blocked(lua_State *L, const char *name) {
    lc_sandbox *sb = lc_sandbox_of(L);
    if (!sb->tripped) {
        sb->tripped = LC_FAIL_BLOCKED;
        snprintf(sb->blocked, sizeof sb->blocked, "%s", name);
    }
    raise_tripped(L, sb);
    return 0;
}

static int blocked_stub(lua_State *L) {
    return lc_sandbox_blocked(L, lua_tostring(L, lua_upvalueindex(1)));
}

/* os, io, ...: indexing them names the function the rule reached for. */
static int blocked_lib_index(lua_State *L) {
    char name[64];
    snprintf(name, sizeof name, "%s.%s", lua_tostring(L, lua_upvalueindex(1)),
             lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?");
    return lc_sandbox_blocked(L, name);
}

/* print: stdout carries the result document, so rule output goes to
 * stderr, and at most PRINT_CAP bytes of it per call. */
static int safe_print(lua_State *L) {
    lc_sandbox *sb = lc_sandbox_of(L);
    if (sb->printed >= PRINT_CAP) return 0;
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *text = lua_tolstring(L, -1, &len);
    sb->printed += len + 1;
    fprintf(stderr, "lua: %s\n", text);
    if (sb->printed >= PRINT_CAP)
        fprintf(stderr, "lua: (print output of this call beyond %d bytes dropped)\n", PRINT_CAP);
    return 0;
}

static int safe_rawset(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lc_sandbox_is_frozen(L, 1)) return ro_newindex(L);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

static int safe_next(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lc_sandbox_note_sealed(L, 1);
    lua_settop(L, 2);
    if (lc_sandbox_is_frozen(L, 1)) {
        push_real(L, 1);
        lua_replace(L, 1);
    }
    if (lua_next(L, 1)) return 2;
    lua_pushnil(L);
    return 1;
}

static void stub(lua_State *L, int tbl, const char *field, const char *name) {
    lua_pushstring(L, name);
    lua_pushcclosure(L, blocked_stub, 1);
    lua_setfield(L, tbl, field);
}

static void blocked_lib(lua_State *L, int tbl, const char *name) {
    lua_newtable(L);
    lua_createtable(L, 0, 2);
    lua_pushstring(L, name);
    lua_pushcclosure(L, blocked_lib_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "blocked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_setfield(L, tbl, name);
}

/* Copies library NAME from the real globals into SAFE as a frozen table. */
static void frozen_lib(lua_State *L, int safe, const char *name) {
    lua_getglobal(L, name);
    lc_sandbox_freeze(L);
    lua_setfield(L, safe, name);
}

static int open_safe_globals(lua_State *L) {
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_pop(L, 5);

    /* Strip what the shared library tables must not offer, in the real
     * tables: ("").dump would otherwise reach string.dump. */
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lua_getglobal(L, "math");
    stub(L, lua_gettop(L), "random", "math.random");
    stub(L, lua_gettop(L), "randomseed", "math.randomseed");
    lua_pop(L, 1);

    /* The string metatable is shared by every environment: hide it. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_newtable(L);
    int safe = lua_gettop(L);
    /* setmetatable, tostring and xpcall come from safelib.c */
    lc_safelib_install(L, safe);
    static const char *const allowed[] = {
        "assert", "error", "ipairs",   "pcall",    "rawequal",
        "select", "type",  "tonumber", "_VERSION", NULL,
    };
    for (const char *const *g = allowed; *g; g++) {
        lua_getglobal(L, *g);
        lua_setfield(L, safe, *g);
    }
    static const char *const raw_readers[] = {"getmetatable", "rawget", "rawlen", NULL};
    for (const char *const *g = raw_readers; *g; g++) {
        lua_getglobal(L, *g);
        lua_pushcclosure(L, note_then_original, 1);
        lua_setfield(L, safe, *g);
    }
    lua_pushcfunction(L, safe_print);
    lua_setfield(L, safe, "print");
    lua_pushcfunction(L, safe_rawset);
    lua_setfield(L, safe, "rawset");
    lua_pushcfunction(L, safe_next);
    lua_setfield(L, safe, "next");
    lua_pushcfunction(L, safe_pairs);
    lua_setfield(L, safe, "pairs");
    frozen_lib(L, safe, "string");
    frozen_lib(L, safe, "table");
    frozen_lib(L, safe, "math");
    frozen_lib(L, safe, "utf8");
    static const char *const stubs[] = {"load",           "loadstring", "dofile", "loadfile",
                                        "collectgarbage", "require",    NULL};
    for (const char *const *s = stubs; *s; s++)
        stub(L, safe, *s, *s);
    static const char *const libs[] = {"os", "io", "debug", "package", "coroutine", NULL};
    for (const char *const *s = libs; *s; s++)
        blocked_lib(L, safe, *s);
    /* _G is the read-only view, never the table behind it: through the
     * real table one rule could rewrite every other rule's globals */
    lua_pushvalue(L, safe);
    lc_sandbox_freeze(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, safe, "_G");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_SAFE_GLOBALS);
    lua_pop(L, 1);

    lua_createtable(L, 0, 2);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_SAFE_GLOBALS);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_ENV_META);

    /* Nothing else reaches the real globals: empty the global table. */
    lua_pushglobaltable(L);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, -4);
    }
    lua_pop(L, 1);
    return 0;
}

void lc_sandbox_new_env(lc_sandbox *sb) {
    lua_State *L = sb->L;
    lua_createtable(L, 0, 4);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_ENV_META);
    lua_setmetatable(L, -2);
}

lc_sandbox *lc_sandbox_open_faulty(const lc_limits *limits, const lc_alloc_fault *fault) {
    lc_sandbox *sb = calloc(1, sizeof(*sb));
    if (!sb) return NULL;
    sb->limits = limits ? *limits : lc_limits_default();
    if (fault) sb->fault = *fault;
    lua_State *L = lua_newstate(counting_alloc, sb);
    if (!L) {
        lc_blockpool_release(&sb->pool);
        free(sb);
        return NULL;
    }
    sb->L = L;
    lua_pushcfunction(L, open_safe_globals);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        lc_sandbox_close(sb);
        return NULL;
    }
    return sb;
}

lc_sandbox *lc_sandbox_open(const lc_limits *limits) {
    return lc_sandbox_open_faulty(limits, NULL);
}

void lc_sandbox_settle(lc_sandbox *sb) {
    lua_gc(sb->L, LUA_GCCOLLECT); /* frees only: cannot raise */
    sb->mem_floor = sb->mem_used;
}

void lc_sandbox_set_fault(lc_sandbox *sb, lc_alloc_fault fault) {
    sb->fault = fault;
    sb->requests = 0;
}

size_t lc_sandbox_close(lc_sandbox *sb) {
    if (!sb) return 0;
    if (sb->L) lua_close(sb->L);
    lc_blockpool_release(&sb->pool);
    size_t live = sb->mem_used;
    free(sb);
    return live;
}

/* --- compiling and calling -------------------------------------------- */

void lc_call_error_clear(lc_call_error *err) {
    free(err->message);
    free(err->file);
    memset(err, 0, sizeof(*err));
}

static void set_error(lc_call_error *err, lc_fail_kind kind, const char *msg, const char *file,
                      int line) {
    lc_call_error_clear(err);
    err->kind = kind;
    size_t n = strcspn(msg ? msg : "", "\n"); /* first line: no traceback noise */
    if (n > 1000) n = 1000;                   /* a message, not a payload */
    err->message = strndup(msg ? msg : "", n);
    err->file = file ? strdup(file) : NULL;
    err->line = line;
}

/* The line of a syntax error in the chunk FILE, from its message
 * "FILE:12: ...". Lua shortens a long chunk name to "..." and its tail
 * (LUA_IDSIZE), so the message names the file only approximately; the file
 * being compiled is the one in error either way. 0 when there is no line. */
static int syntax_error_line(const char *msg, const char *file) {
    if (!msg) return 0;
    size_t n = strlen(file);
    const char *at = NULL;
    if (!strncmp(msg, file, n)) {
        at = msg + n;
    } else if (!strncmp(msg, "...", 3)) {
        /* the tail after "..." ends where a suffix of FILE ends */
        for (const char *c = strchr(msg + 3, ':'); c; c = strchr(c + 1, ':')) {
            size_t tail = (size_t)(c - (msg + 3));
            if (tail <= n && !strncmp(file + n - tail, msg + 3, tail)) {
                at = c;
                break;
            }
        }
    }
    if (!at || *at != ':') return 0;
    char *end;
    long line = strtol(at + 1, &end, 10);
    return end != at + 1 && *end == ':' && line > 0 && line <= INT_MAX ? (int)line : 0;
}

typedef struct compile_job {
    const char *chunkname, *text;
    size_t len;
    int status; /* of luaL_loadbufferx */
} compile_job;

/* Protected: compiles the text as a factory `function(_ENV, ...) TEXT end`
 * and leaves the chunk that returns it, or the syntax error message. The
 * text is first compiled on its own: a file that is not a valid chunk could
 * otherwise close the wrapper early ("end, (function() ... end)(), function()")
 * and run code when the wrapper runs. Out-of-memory errors propagate: they
 * are no property of the rule. */
static int compile_body(lua_State *L) {
    compile_job *job = lua_touserdata(L, 1);
    job->status = luaL_loadbufferx(L, job->text, job->len, job->chunkname, "t");
    if (job->status == LUA_ERRMEM) return lua_error(L);
    if (job->status != LUA_OK) return 1;
    lua_pop(L, 1);
    /* Same line numbers as the file: the prefix adds no newline. */
    static const char prefix[] = "return function(_ENV, ...) ";
    static const char suffix[] = "\nend";
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addlstring(&b, prefix, sizeof prefix - 1);
    luaL_addlstring(&b, job->text, job->len);
    luaL_addlstring(&b, suffix, sizeof suffix - 1);
    luaL_pushresult(&b);
    size_t blen;
    const char *buf = lua_tolstring(L, -1, &blen);
    job->status = luaL_loadbufferx(L, buf, blen, job->chunkname, "t");
    if (job->status == LUA_ERRMEM) return lua_error(L);
    return 1;
}

static void set_oom(lc_call_error *err, const char *file) {
    set_error(err, LC_FAIL_MEMORY, "out of memory (the system refused an allocation)", file, 0);
    err->oom = true;
}

bool lc_sandbox_compile(lc_sandbox *sb, const char *chunkname, const char *text, size_t len,
                        lc_call_error *err) {
    const char *display = chunkname + (chunkname[0] == '@');
    if (len && text[0] == LUA_SIGNATURE[0]) {
        set_error(err, LC_FAIL_LOAD, "precompiled bytecode is not accepted (expected Lua source)",
                  display, 0);
        return false;
    }
    compile_job job = {chunkname, text, len, LUA_OK};
    if (!lc_sandbox_protected(sb, compile_body, &job, 0, 1)) {
        set_oom(err, display);
        return false;
    }
    if (job.status != LUA_OK) {
        lua_State *L = sb->L;
        const char *msg = lua_tostring(L, -1);
        set_error(err, LC_FAIL_LOAD, msg, display, syntax_error_line(msg, display));
        lua_pop(L, 1);
        return false;
    }
    /* Running the wrapper only creates the factory; the limits hold anyway. */
    if (!lc_sandbox_call(sb, 0, 1, err)) {
        if (!err->file) err->file = strdup(display);
        return false;
    }
    return true;
}

/* Message handler: remembers the innermost rule-file position, which for
 * errors raised in C functions (ctx:finding) is the calling Lua line, and
 * leaves a string: error objects that are tables are never touched (their
 * metamethods could be traps). Writes nothing into the Lua state but the
 * message. */
static int message_handler(lua_State *L) {
    lc_sandbox *sb = lc_sandbox_of(L);
    int t = lua_type(L, 1);
    if (t == LUA_TNUMBER)
        lua_tostring(L, 1); /* in place, here, where running out of memory is harmless */
    else if (t != LUA_TSTRING) {
        lua_pushfstring(L, "(error object is a %s value)", lua_typename(L, t));
        lua_replace(L, 1);
    }
    if (!locate(L, 1, sb->err_file, sizeof sb->err_file, &sb->err_line, NULL))
        sb->err_file[0] = '\0';
    lua_settop(L, 1);
    return 1;
}

static void start_call(lc_sandbox *sb) {
    sb->tripped = LC_FAIL_NONE;
    sb->blocked[0] = sb->err_file[0] = sb->trip_file[0] = sb->seen_file[0] = '\0';
    sb->err_line = sb->trip_line = sb->seen_line = 0;
    sb->seen_source = NULL;
    sb->printed = 0;
    sb->instructions = 0;
    now(&sb->deadline);
    sb->deadline.tv_sec += sb->limits.timeout_ms / 1000;
    sb->deadline.tv_nsec += (long)(sb->limits.timeout_ms % 1000) * 1000000L;
    if (sb->deadline.tv_nsec >= 1000000000L) {
        sb->deadline.tv_sec++;
        sb->deadline.tv_nsec -= 1000000000L;
    }
    sb->collect.pending = false;
    size_t base = sb->mem_floor ? sb->mem_floor : sb->mem_used;
    sb->mem_cap = sb->limits.max_memory ? base + sb->limits.max_memory : 0;
}

/* The message of a tripped limit, with the limit's value. */
static void limit_message(const lc_sandbox *sb, lc_fail_kind tripped, char *text, size_t cap) {
    switch (tripped) {
    case LC_FAIL_BLOCKED:
        snprintf(text, cap, "blocked function %s (rules cannot use it)", sb->blocked);
        break;
    case LC_FAIL_INSTRUCTIONS:
        snprintf(text, cap, "instruction limit exceeded (%llu instructions)",
                 (unsigned long long)sb->limits.max_instructions);
        break;
    case LC_FAIL_TIMEOUT:
        snprintf(text, cap, "time limit exceeded (%u ms)", sb->limits.timeout_ms);
        break;
    case LC_FAIL_MEMORY:
        snprintf(text, cap, "memory limit exceeded (%zu bytes)", sb->limits.max_memory);
        break;
    default: snprintf(text, cap, "limit exceeded"); break;
    }
}

bool lc_sandbox_call(lc_sandbox *sb, int nargs, int nresults, lc_call_error *err) {
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs; /* the function's index */
    if (!lua_checkstack(L, 2)) {
        lua_settop(L, base - 1);
        set_oom(err, NULL);
        return false;
    }
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    start_call(sb);
    uint64_t refused = sb->refused;
    lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
    sb->in_call = true;
    int st = lua_pcall(L, nargs, nresults, base);
    sb->in_call = false;
    lua_sethook(L, NULL, 0, 0);
    sb->mem_cap = 0;
    sb->calls++;
    lc_fail_kind tripped = sb->tripped;
    sb->tripped = LC_FAIL_NONE;
    if (st == LUA_OK && !tripped) {
        lua_remove(L, base);
        return true;
    }
    /* A rule that caught the limit error and returned normally still failed. */
    const char *msg = st != LUA_OK ? lua_tostring(L, -1) : NULL; /* always a string */
    char text[256];
    if (tripped) {
        limit_message(sb, tripped, text, sizeof text);
        msg = text;
    }
    const char *file = sb->err_file[0] ? sb->err_file : NULL;
    int line = sb->err_line;
    if (tripped && sb->trip_file[0]) {
        file = sb->trip_file, line = sb->trip_line; /* where the limit was hit */
    } else if ((tripped == LC_FAIL_MEMORY || st == LUA_ERRMEM) && !file && sb->seen_file[0]) {
        /* out-of-memory errors reach no handler: the hook saw where the rule was */
        file = sb->seen_file, line = sb->seen_line;
    }
    if (!tripped && sb->refused > refused && (st == LUA_ERRMEM || st == LUA_ERRERR)) {
        set_oom(err, file);
    } else {
        lc_fail_kind kind = tripped ? tripped : st == LUA_ERRMEM ? LC_FAIL_MEMORY : LC_FAIL_RUNTIME;
        set_error(err, kind, msg ? msg : "error", file, line);
    }
    lua_settop(L, base - 1);
    /* Give back at once what a failed call took (a memory bomb's
     * megabytes); before the sandbox is settled this also keeps its
     * garbage out of the next call's cap. */
    lua_gc(L, LUA_GCCOLLECT);
    return false;
}

bool lc_sandbox_protected(lc_sandbox *sb, lua_CFunction fn, void *ud, int nargs, int nresults) {
    lua_State *L = sb->L;
    if (!lua_checkstack(L, 2 + nresults)) {
        lua_pop(L, nargs);
        return false;
    }
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    if (nargs) {
        lua_rotate(L, -(nargs + 2), 2); /* fn, ud below the arguments */
    }
    if (lua_pcall(L, nargs + 1, nresults, 0) != LUA_OK) {
        lua_pop(L, 1);
        return false;
    }
    return true;
}

static int ref_body(lua_State *L) {
    int *ref = lua_touserdata(L, 1);
    lua_settop(L, 2);
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int lc_sandbox_ref(lc_sandbox *sb) {
    int ref = LUA_NOREF;
    if (!lc_sandbox_protected(sb, ref_body, &ref, 1, 0)) return LUA_NOREF;
    return ref;
}

static int unref_body(lua_State *L) {
    const int *ref = lua_touserdata(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, *ref);
    return 0;
}

void lc_sandbox_unref(lc_sandbox *sb, int ref) {
    if (ref == LUA_NOREF || ref == LUA_REFNIL) return;
    lc_sandbox_protected(sb, unref_body, &ref, 0, 0); /* cannot fail: nothing is allocated */
}

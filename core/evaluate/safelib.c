/* safelib.c: replacements for the standard functions that could loop
 * inside one C call, break determinism or outlive the limits (safelib.h). */
#include "safelib.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pattern.h"
#include "sandbox.h"

/* The original function of a wrapper is its first upvalue. */
#define ORIGINAL lua_upvalueindex(1)

/* Calls the original with the arguments on the stack; returns its results. */
static int call_original(lua_State *L) {
    int base = lua_gettop(L);
    lua_pushvalue(L, ORIGINAL);
    lua_insert(L, 1);
    lua_call(L, base, LUA_MULTRET);
    return lua_gettop(L);
}

/* Work over COUNT items, charged before it starts (nothing when COUNT <= 0). */
static void charge_range(lua_State *L, lua_Integer first, lua_Integer last) {
    if (last < first) return;
    uint64_t n = (uint64_t)last - (uint64_t)first + 1;
    lc_sandbox_charge(L, n ? n : UINT64_MAX);
}

/* --- table ----------------------------------------------------------- */

static int safe_concat(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    lua_Integer j = lua_isnoneornil(L, 4) ? luaL_len(L, 1) : luaL_checkinteger(L, 4);
    charge_range(L, i, j);
    lua_settop(L, 2);
    lua_pushinteger(L, i);
    lua_pushinteger(L, j); /* the original need not measure the table again */
    return call_original(L);
}

static int safe_insert(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_gettop(L) == 3) { /* elements from pos to #t move up by one */
        lua_Integer pos = luaL_checkinteger(L, 2), size = luaL_len(L, 1);
        if (pos >= 1 && pos <= size) charge_range(L, pos, size); /* else the original objects */
    }
    return call_original(L);
}

static int safe_remove(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer size = luaL_len(L, 1), pos = luaL_optinteger(L, 2, size);
    if (pos >= 1 && pos <= size) charge_range(L, pos, size);
    return call_original(L);
}

static int safe_move(lua_State *L) {
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    charge_range(L, f, e);
    return call_original(L);
}

static int safe_unpack(lua_State *L) {
    lua_Integer i = luaL_optinteger(L, 2, 1);
    lua_Integer j = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : luaL_checkinteger(L, 3);
    if (j >= i && (lua_Unsigned)j - (lua_Unsigned)i < INT32_MAX) /* else "too many results" */
        charge_range(L, i, j);
    return call_original(L);
}

static int safe_sort(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n > 1) {
        uint64_t cost = (uint64_t)n;
        for (lua_Integer k = n; k > 1; k >>= 1)
            cost += (uint64_t)n; /* n log2 n comparisons, at worst about twice that */
        lc_sandbox_charge(L, cost);
    }
    return call_original(L);
}

/* --- string ------------------------------------------------------------ */

/* string.rep builds its result in one step and loops n times even when the
 * result is empty: size it first, against the memory cap and the budget. */
static int safe_rep(lua_State *L) {
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || (l == 0 && lsep == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    if (l + lsep < l || l + lsep > (size_t)INT64_MAX / (uint64_t)n)
        return luaL_error(L, "resulting string too large");
    size_t total = (size_t)n * l + (size_t)(n - 1) * lsep;
    lc_sandbox_reserve(L, total);
    lc_sandbox_charge(L, total / 64 + 1);
    return call_original(L);
}

static bool has_plain_tostring(lua_State *L, int idx) {
    int t = lua_type(L, idx);
    if (t != LUA_TTABLE && t != LUA_TUSERDATA && t != LUA_TFUNCTION && t != LUA_TTHREAD)
        return true;
    if (luaL_getmetafield(L, idx, "__tostring") != LUA_TNIL) {
        lua_pop(L, 1);
        return true;
    }
    return false;
}

/* Tables, functions and userdata print as "table: 0x55d4..." in stock Lua:
 * an address that differs from run to run. Here they print as their type
 * (or their __name), so no output can depend on where memory happened to be. */
static void push_addressless(lua_State *L, int idx) {
    int t = luaL_getmetafield(L, idx, "__name");
    if (t == LUA_TSTRING) return;
    if (t != LUA_TNIL) lua_pop(L, 1);
    lua_pushstring(L, luaL_typename(L, idx));
}

static int safe_tostring(lua_State *L) {
    luaL_checkany(L, 1);
    if (has_plain_tostring(L, 1)) {
        luaL_tolstring(L, 1, NULL);
        return 1;
    }
    push_addressless(L, 1);
    return 1;
}

/* string.format without %p, and with %s of a table printing its type. */
static int safe_format(lua_State *L) {
    size_t len;
    const char *fmt = luaL_checklstring(L, 1, &len);
    const char *end = fmt + len;
    int arg = 1;
    for (const char *p = fmt; p < end; p++) {
        if (*p != '%') continue;
        if (++p >= end) break; /* the original reports the malformed format */
        if (*p == '%') continue;
        while (p < end && strchr("-+ #0123456789.", *p))
            p++;
        if (p >= end) break;
        arg++;
        if (*p == 'p')
            return luaL_error(L, "string.format: '%%p' is not available to rules (addresses "
                                 "differ between runs)");
        if (*p == 's' && arg <= lua_gettop(L) && !has_plain_tostring(L, arg)) {
            push_addressless(L, arg);
            lua_replace(L, arg);
        }
    }
    return call_original(L);
}

/* --- base ------------------------------------------------------------- */

/* Finalizers run whenever the collector decides, with hooks off: a __gc
 * could loop forever outside any limit, or run during another rule's call.
 * Weak tables make results depend on when the collector ran. */
static int safe_setmetatable(lua_State *L) {
    lc_sandbox_note_sealed(L, 1);
    if (lua_istable(L, 2)) {
        static const char *const refused[] = {"__gc", "__mode", NULL};
        for (const char *const *k = refused; *k; k++) {
            lua_pushstring(L, *k);
            bool present = lua_rawget(L, 2) != LUA_TNIL;
            lua_pop(L, 1);
            if (present) {
                char what[64];
                snprintf(what, sizeof what, "setmetatable with %s", *k);
                return lc_sandbox_blocked(L, what);
            }
        }
    }
    return call_original(L);
}

/* An error the count hook raises reaches message handlers while Lua has
 * hooks switched off (it is still "inside the hook"): a Lua handler given to
 * xpcall would run with no limit at all. Once a limit has tripped, the
 * rule's handler is not called; otherwise it runs as usual. */
static int xpcall_handler(lua_State *L) {
    if (lc_sandbox_tripped(L)) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int safe_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1); /* the first result when no error */
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2); /* f, handler, true, f, args... */
    if (lua_pcall(L, n - 2, LUA_MULTRET, 2) != LUA_OK) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - 2;
}

/* Replaces FIELD of the table at T with a wrapper closing over the original. */
static void wrap(lua_State *L, int t, const char *field, lua_CFunction fn) {
    lua_getfield(L, t, field);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, t, field);
}

void lc_safelib_install(lua_State *L, int safe) {
    safe = lua_absindex(L, safe);
    lua_getglobal(L, "table");
    int table = lua_gettop(L);
    wrap(L, table, "concat", safe_concat);
    wrap(L, table, "insert", safe_insert);
    wrap(L, table, "remove", safe_remove);
    wrap(L, table, "move", safe_move);
    wrap(L, table, "unpack", safe_unpack);
    wrap(L, table, "sort", safe_sort);
    lua_getglobal(L, "string");
    int string = lua_gettop(L);
    wrap(L, string, "rep", safe_rep);
    wrap(L, string, "format", safe_format);
    lc_pattern_install(L, string);
    lua_pop(L, 2);
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, safe_setmetatable, 1);
    lua_setfield(L, safe, "setmetatable");
    lua_pushcfunction(L, safe_tostring);
    lua_setfield(L, safe, "tostring");
    lua_pushcfunction(L, safe_xpcall);
    lua_setfield(L, safe, "xpcall");
}

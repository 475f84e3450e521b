/* luavalue.h: moving values between documents and Lua.
 * Profiles and configs go in as frozen tables; rule output (evidence,
 * plugin results) comes back as cJSON with deterministic key order. */
#ifndef LC_LUAVALUE_H
#define LC_LUAVALUE_H

#include <cjson/cJSON.h>
#include <lua.h>
#include <stdbool.h>

#include "../load/node.h"

/* Pushes N as Lua: maps and lists as read-only tables (if FREEZE), null as
 * nil. With UNWRAP, a map holding `value` is replaced by that value (the
 * documented-threshold form of config.yaml). */
void lc_push_node(lua_State *L, const lc_node *n, bool freeze, bool unwrap);

/* Converts the Lua value at IDX (following read-only proxies) to cJSON:
 * tables with keys 1..n become arrays, others objects with sorted keys.
 * Returns NULL and pushes nothing on error, with *why set. */
cJSON *lc_lua_to_json(lua_State *L, int idx, const char **why);
/* The same, taking the output's size (string bytes, plus 8 per item and
 * key) from *BUDGET; fails with *why set when it would go below zero. */
cJSON *lc_lua_to_json_within(lua_State *L, int idx, size_t *budget, const char **why);

/* Pushes a cJSON document as Lua tables (frozen if FREEZE). */
void lc_push_json(lua_State *L, const cJSON *j, bool freeze);

#endif

#include "luavalue.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"

void lc_push_node(lua_State *L, const lc_node *n, bool freeze, bool unwrap) {
    luaL_checkstack(L, 4, "profile too deep");
    switch (n->kind) {
    case LC_NODE_NULL: lua_pushnil(L); return;
    case LC_NODE_BOOL: lua_pushboolean(L, n->v.b); return;
    case LC_NODE_INT: lua_pushinteger(L, (lua_Integer)n->v.i); return;
    case LC_NODE_FLOAT: lua_pushnumber(L, n->v.f); return;
    case LC_NODE_STR: lua_pushlstring(L, n->text, n->text_len); return;
    case LC_NODE_SEQ:
        lua_createtable(L, (int)n->n, 0);
        for (size_t i = 0; i < n->n; i++) {
            lc_push_node(L, n->items[i], freeze, unwrap);
            lua_rawseti(L, -2, (lua_Integer)i + 1);
        }
        break;
    case LC_NODE_MAP:
        if (unwrap) {
            const lc_node *v = lc_node_get(n, "value");
            if (v) {
                lc_push_node(L, v, freeze, unwrap);
                return;
            }
        }
        lua_createtable(L, 0, (int)n->n);
        for (size_t i = 0; i < n->n; i++) {
            const lc_node *k = n->pairs[i].key;
            if (k->kind == LC_NODE_INT)
                lua_pushinteger(L, (lua_Integer)k->v.i);
            else
                lua_pushlstring(L, k->text ? k->text : "", k->text ? k->text_len : 0);
            lc_push_node(L, n->pairs[i].value, freeze, unwrap);
            lua_rawset(L, -3);
        }
        break;
    }
    if (freeze) lc_sandbox_freeze(L);
}

/* --- Lua -> cJSON ----------------------------------------------------- */

typedef struct keyed {
    char *key;
    cJSON *value;
} keyed;

static int cmp_keyed(const void *a, const void *b) {
    return strcmp(((const keyed *)a)->key, ((const keyed *)b)->key);
}

/* A conversion: why it failed, and how many bytes of output are left
 * (NULL: no limit). */
typedef struct conv {
    const char **why;
    size_t *budget;
} conv;

/* Takes N bytes from the budget; false (with the reason) when spent. */
static bool spend_output(conv *c, size_t n) {
    if (!c->budget) return true;
    if (n > *c->budget) {
        *c->why = "value too large (more output than one call may hand the engine)";
        return false;
    }
    *c->budget -= n;
    return true;
}

static cJSON *convert(lua_State *L, int idx, int depth, conv *c);

static cJSON *convert_table(lua_State *L, int idx, int depth, conv *c) {
    if (lc_sandbox_is_frozen(L, idx)) {
        lua_getmetatable(L, idx);
        lua_getfield(L, -1, "__index");
        lua_remove(L, -2);
        cJSON *j = convert_table(L, lua_gettop(L), depth, c);
        lua_pop(L, 1);
        return j;
    }
    size_t n = lua_rawlen(L, idx);
    size_t count = 0;
    bool array = true;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        count++;
        if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1 || (size_t)lua_tointeger(L, -2) > n)
            array = false;
        lua_pop(L, 1);
    }
    if (!spend_output(c, 8 * count)) return NULL;
    if (count == 0) return cJSON_CreateArray(); /* {} and [] are the same in Lua */
    if (array && count == n) {
        cJSON *arr = cJSON_CreateArray();
        if (!arr) return NULL;
        for (size_t i = 1; i <= n; i++) {
            lua_rawgeti(L, idx, (lua_Integer)i);
            cJSON *item = convert(L, lua_gettop(L), depth + 1, c);
            lua_pop(L, 1);
            if (!item) {
                cJSON_Delete(arr);
                return NULL;
            }
            cJSON_AddItemToArray(arr, item);
        }
        return arr;
    }
    keyed *items = calloc(count, sizeof(keyed));
    if (!items) return NULL;
    size_t k = 0;
    bool ok = true;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            *c->why = "table keys must be all strings or a sequence 1..n";
            ok = false;
            lua_pop(L, 2);
            break;
        }
        size_t klen;
        const char *key = lua_tolstring(L, -2, &klen);
        items[k].key = spend_output(c, klen) ? strdup(key) : NULL;
        items[k].value = items[k].key ? convert(L, lua_gettop(L), depth + 1, c) : NULL;
        lua_pop(L, 1);
        if (!items[k].key || !items[k].value) {
            free(items[k].key);
            cJSON_Delete(items[k].value);
            ok = false;
            lua_pop(L, 1);
            break;
        }
        k++;
    }
    cJSON *obj = ok ? cJSON_CreateObject() : NULL;
    if (obj) qsort(items, k, sizeof(keyed), cmp_keyed);
    for (size_t i = 0; i < k; i++) {
        if (obj)
            cJSON_AddItemToObject(obj, items[i].key, items[i].value);
        else
            cJSON_Delete(items[i].value);
        free(items[i].key);
    }
    free(items);
    return obj;
}

static cJSON *convert(lua_State *L, int idx, int depth, conv *c) {
    if (depth > 32) {
        *c->why = "value nests too deeply";
        return NULL;
    }
    switch (lua_type(L, idx)) {
    case LUA_TNIL: return cJSON_CreateNull();
    case LUA_TBOOLEAN: return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER: {
        double d = lua_tonumber(L, idx);
        if (!isfinite(d)) {
            *c->why = "numbers must be finite (not inf or nan)";
            return NULL;
        }
        return cJSON_CreateNumber(d);
    }
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        return spend_output(c, len) ? cJSON_CreateString(s) : NULL;
    }
    case LUA_TTABLE: return convert_table(L, idx, depth, c);
    default: *c->why = "only nil, booleans, numbers, strings and tables can be output"; return NULL;
    }
}

cJSON *lc_lua_to_json_within(lua_State *L, int idx, size_t *budget, const char **why) {
    static const char *oom = "out of memory";
    const char *reason = oom;
    luaL_checkstack(L, 70, "value too deep");
    conv c = {&reason, budget};
    cJSON *j = convert(L, lua_absindex(L, idx), 0, &c);
    if (!j && why) *why = reason;
    return j;
}

cJSON *lc_lua_to_json(lua_State *L, int idx, const char **why) {
    return lc_lua_to_json_within(L, idx, NULL, why);
}

void lc_push_json(lua_State *L, const cJSON *j, bool freeze) {
    luaL_checkstack(L, 4, "document too deep");
    if (cJSON_IsNull(j) || cJSON_IsInvalid(j)) {
        lua_pushnil(L);
    } else if (cJSON_IsBool(j)) {
        lua_pushboolean(L, cJSON_IsTrue(j));
    } else if (cJSON_IsNumber(j)) {
        double d = j->valuedouble;
        if (d == floor(d) && fabs(d) < 9007199254740992.0)
            lua_pushinteger(L, (lua_Integer)d);
        else
            lua_pushnumber(L, d);
    } else if (cJSON_IsString(j)) {
        lua_pushstring(L, j->valuestring);
    } else {
        bool arr = cJSON_IsArray(j);
        lua_createtable(L, arr ? cJSON_GetArraySize(j) : 0, arr ? 0 : cJSON_GetArraySize(j));
        lua_Integer i = 1;
        for (const cJSON *c = j->child; c; c = c->next) {
            lc_push_json(L, c, freeze);
            if (arr)
                lua_rawseti(L, -2, i++);
            else
                lua_setfield(L, -2, c->string);
        }
        if (freeze) lc_sandbox_freeze(L);
    }
}

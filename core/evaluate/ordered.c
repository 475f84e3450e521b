/* ordered.c: total orders over Lua keys and values, sorted in C.
 *
 * Values are first copied into a scratch sequence (which anchors every
 * string the sort entries point into), then an array of plain C entries is
 * sorted with qsort; the comparator never calls Lua, so it cannot raise or
 * run rule code half-way through a sort. */
#include "ordered.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"

enum { RANK_NUMBER, RANK_STRING, RANK_BOOLEAN, RANK_OTHER };

typedef struct sort_entry {
    int rank;
    bool is_int;
    lua_Integer i;
    double d;
    const char *s; /* anchored by the scratch sequence */
    size_t len;
    lua_Integer slot; /* 1-based position in the scratch sequence */
    int descending;
} sort_entry;

static void describe_value(lua_State *L, int idx, sort_entry *e) {
    switch (lua_type(L, idx)) {
    case LUA_TNUMBER:
        e->rank = RANK_NUMBER;
        e->is_int = lua_isinteger(L, idx);
        e->i = e->is_int ? lua_tointeger(L, idx) : 0;
        e->d = lua_tonumber(L, idx);
        break;
    case LUA_TSTRING:
        e->rank = RANK_STRING;
        e->s = lua_tolstring(L, idx, &e->len);
        break;
    case LUA_TBOOLEAN:
        e->rank = RANK_BOOLEAN;
        e->i = lua_toboolean(L, idx);
        break;
    default: e->rank = RANK_OTHER; break;
    }
}

/* <0, 0, >0 on the values alone (0 for two "other" values). */
static int compare_values(const sort_entry *a, const sort_entry *b) {
    if (a->rank != b->rank) return a->rank < b->rank ? -1 : 1;
    switch (a->rank) {
    case RANK_NUMBER:
        if (a->is_int && b->is_int) return (a->i > b->i) - (a->i < b->i);
        if (a->d != b->d) return a->d < b->d ? -1 : 1;
        return (int)b->is_int - (int)a->is_int; /* equal as doubles: integers first */
    case RANK_STRING: {
        int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
        if (c) return c;
        return (a->len > b->len) - (a->len < b->len);
    }
    case RANK_BOOLEAN: return (int)(a->i - b->i);
    default: return 0;
    }
}

static int compare_keys(const void *pa, const void *pb) {
    const sort_entry *a = pa, *b = pb;
    int c = compare_values(a, b);
    return c ? c : (a->slot > b->slot) - (a->slot < b->slot);
}

static int compare_items(const void *pa, const void *pb) {
    const sort_entry *a = pa, *b = pb;
    bool a_last = a->rank == RANK_OTHER, b_last = b->rank == RANK_OTHER;
    if (a_last != b_last) return a_last ? 1 : -1;
    int c = a_last ? 0 : compare_values(a, b);
    if (c && a->descending && a->rank == b->rank && a->rank != RANK_BOOLEAN) c = -c;
    return c ? c : (a->slot > b->slot) - (a->slot < b->slot); /* stable */
}

/* n log2 n + n work units for a sort of N entries. */
static uint64_t sort_cost(lua_Integer n) {
    uint64_t cost = (uint64_t)n;
    for (lua_Integer k = n; k > 1; k >>= 1)
        cost += (uint64_t)n;
    return cost;
}

static sort_entry *new_entries(lua_State *L, lua_Integer n) {
    if ((uint64_t)n > SIZE_MAX / sizeof(sort_entry) - 1) luaL_error(L, "table too large to sort");
    /* a userdata: counted against the call's memory and freed by the GC */
    return lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof(sort_entry), 0);
}

lua_Integer lc_push_sorted_keys(lua_State *L, int idx) {
    luaL_checkstack(L, 8, "sorting keys");
    lc_sandbox_push_real(L, idx);
    int table = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, table)) {
        lua_pop(L, 1);
        n++;
    }
    lc_sandbox_charge(L, sort_cost(n));
    sort_entry *entries = new_entries(L, n);
    lua_createtable(L, (int)(n < INT32_MAX ? n : 0), 0);
    int scratch = lua_gettop(L);
    lua_Integer k = 0;
    lua_pushnil(L);
    while (lua_next(L, table)) {
        lua_pop(L, 1);
        if (k == n) continue; /* cannot happen: nothing ran between the two walks */
        lua_pushvalue(L, -1);
        lua_rawseti(L, scratch, ++k);
        memset(&entries[k - 1], 0, sizeof(sort_entry));
        entries[k - 1].slot = k;
        describe_value(L, -1, &entries[k - 1]);
    }
    qsort(entries, (size_t)k, sizeof(sort_entry), compare_keys);
    lua_createtable(L, (int)(k < INT32_MAX ? k : 0), 0);
    for (lua_Integer j = 0; j < k; j++) {
        lua_rawgeti(L, scratch, entries[j].slot);
        lua_rawseti(L, -2, j + 1);
    }
    lua_replace(L, table); /* result where the table was */
    lua_settop(L, table);
    return k;
}

void lc_push_sorted_items(lua_State *L, int list_idx, const char *key, int descending) {
    luaL_checkstack(L, 8, "sorting items");
    list_idx = lua_absindex(L, list_idx);
    lua_Integer n = luaL_len(L, list_idx);
    if (n < 0) n = 0;
    lc_sandbox_charge(L, sort_cost(n));
    sort_entry *entries = new_entries(L, n);
    int base = lua_gettop(L);
    lua_createtable(L, (int)(n < INT32_MAX ? n : 0), 0); /* items */
    lua_createtable(L, (int)(n < INT32_MAX ? n : 0), 0); /* their sort values */
    int items = base + 1, values = base + 2;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, list_idx, i);
        if (key) {
            if (lua_type(L, -1) == LUA_TTABLE || lua_type(L, -1) == LUA_TUSERDATA)
                lua_getfield(L, -1, key);
            else
                lua_pushnil(L);
        } else {
            lua_pushvalue(L, -1);
        }
        lua_rawseti(L, values, i);
        lua_rawseti(L, items, i);
    }
    /* the sort values are anchored now: describe them */
    for (lua_Integer i = 1; i <= n; i++) {
        sort_entry *e = &entries[i - 1];
        memset(e, 0, sizeof(*e));
        e->slot = i;
        e->descending = descending;
        lua_rawgeti(L, values, i);
        describe_value(L, -1, e);
        lua_pop(L, 1);
    }
    qsort(entries, (size_t)n, sizeof(sort_entry), compare_items);
    lua_createtable(L, (int)(n < INT32_MAX ? n : 0), 0);
    for (lua_Integer i = 0; i < n; i++) {
        lua_rawgeti(L, items, entries[i].slot);
        lua_rawseti(L, -2, i + 1);
    }
    lua_replace(L, base);
    lua_settop(L, base);
}

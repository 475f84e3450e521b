/* ordered.h: deterministic orders over Lua values.
 *
 * Lua 5.4 seeds its string hash per process, so `next` visits keys in a
 * different order from run to run. Every iteration a rule or the engine can
 * observe goes through these orders instead, so output stays byte-identical.
 * Both sorts are O(n log n) in C and charged to the sandbox call in progress
 * (lc_sandbox_charge), so a huge table cannot stall a rule inside one call. */
#ifndef LC_ORDERED_H
#define LC_ORDERED_H

#include <lua.h>

/* Pushes a sequence of the keys of the table at IDX (for a read-only proxy,
 * of the table behind it) in a total order: numbers ascending, then strings
 * bytewise, then false, true; keys of other types last, in no defined
 * order. Returns the number of keys. Raises: call it in a protected call. */
lua_Integer lc_push_sorted_keys(lua_State *L, int idx);

/* Pushes a new sequence holding the items of the sequence at LIST_IDX
 * (length and items read as `#` and `t[i]` would, so proxies work) sorted
 * stably by each item's field KEY (or by the item itself when KEY is NULL):
 * numbers, then strings, then booleans (false first); items whose sort value
 * is nil or of another type come last, in their original order. DESCENDING
 * reverses numbers and strings, never the place of nil. Raises. */
void lc_push_sorted_items(lua_State *L, int list_idx, const char *key, int descending);

#endif

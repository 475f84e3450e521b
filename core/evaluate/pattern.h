/* pattern.h: Lua 5.4 pattern matching (string.find, match, gmatch, gsub)
 * with every matching step charged to the sandbox call's instruction budget.
 *
 * Lua's own matcher backtracks inside one C call, where the count hook never
 * fires: `("a"):rep(20000):find(".-.-.-b")` would run for hours with no
 * limit able to stop it. This implementation follows the documented pattern
 * language of the Lua 5.4 manual (§6.4.1) and counts its steps, so such a
 * pattern hits the instruction limit or the timeout like a Lua loop would.
 * tests/unit/test_pattern.c checks it against Lua's own functions. */
#ifndef LC_PATTERN_H
#define LC_PATTERN_H

#include <lua.h>

/* Replaces find, match, gmatch and gsub in the string library table at IDX
 * (the real one, so method calls on strings use them too). Raises. */
void lc_pattern_install(lua_State *L, int idx);

#endif

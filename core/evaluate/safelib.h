/* safelib.h: the standard library, made safe for rules.
 *
 * The count hook only fires between Lua instructions; a standard function
 * that loops inside one C call is out of its reach. These replacements
 * charge such work to the call's budget before doing it, so a rule cannot
 * hide an unbounded loop in one call (table.move over 10^15 slots, a
 * string.rep of an empty string a trillion times, a pathological pattern),
 * and remove what would let a rule break determinism or escape the limits
 * (finalizers, weak tables, printed addresses). docs/rule-authoring.md,
 * "What the sandbox guarantees", lists them. */
#ifndef LC_SAFELIB_H
#define LC_SAFELIB_H

#include <lua.h>

/* Patches the real string and table libraries (their functions are what
 * method calls on strings reach) and sets the replacements for base
 * functions in the safe-globals table at SAFE. Runs while the sandbox opens,
 * after the standard libraries; raises. */
void lc_safelib_install(lua_State *L, int safe);

#endif

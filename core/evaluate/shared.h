/* shared.h: one sealed instance of each rule per engine.
 *
 * Instantiating a rule (running its file's chunk and the lib/ modules it
 * requires) for every call cost about a fifth of the rule call. The engine
 * now instantiates each rule once when it opens and seals what the instance
 * reaches: its tables become read-only views, the upvalues of its functions
 * are put back after every call, and every call gets fresh globals. A call
 * that writes to the instance, or looks at it raw (rawget, next, ...), which
 * a fresh instance would have allowed, is run again on a fresh instance, and
 * that rule is instantiated per call from then on: rules see exactly what
 * they saw before, and nothing a call does survives it. */
#ifndef LC_SHARED_H
#define LC_SHARED_H

#include <lua.h>
#include <stdbool.h>

#include "rulepack.h"
#include "sandbox.h"

/* Builds the shared instances of the rules in SET, under the rule limits.
 * A rule whose instance holds what sealing cannot make safe (userdata,
 * tables with their own metatables, C closures) keeps shared_ref at
 * LUA_NOREF and is instantiated per call. False only when out of memory. */
bool lc_shared_build(lc_sandbox *sb, lc_scripts *set);

/* Inside the rule call (protected): when SCRIPT has a usable shared
 * instance, gives its functions fresh globals, pushes its table and returns
 * true; otherwise pushes nothing and returns false. */
bool lc_shared_enter(lua_State *L, const lc_script *script);

/* After the call, however it ended: puts back every upvalue and the sealed
 * globals. When the call touched the instance (sb->sealed_touched), the
 * rule is marked for per-call instances and true is returned: the caller
 * runs the call again. Allocates nothing and cannot raise. */
bool lc_shared_leave(lc_sandbox *sb, const lc_script *script);

#endif

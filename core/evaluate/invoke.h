/* invoke.h: running one rule or plugin for one profile, under the limits. */
#ifndef LC_INVOKE_H
#define LC_INVOKE_H

#include "ruleapi.h"

/* Calls SCRIPT's entry point (evaluate, derive or render) with the profile
 * view (or ARG_REF's value, for renderers) and a fresh ctx. Fields in
 * `requires` are checked first: when any is missing the entry is not called
 * and LC_STATUS_SKIPPED is returned. With WANT_RESULT one value is left on the
 * Lua stack whenever the status is not LC_STATUS_ERROR (nil when skipped). */
lc_rule_status lc_invoke(lc_run *run, const lc_script *script, int arg_ref, bool want_result,
                         lc_call *call, lc_call_error *err);

/* Makes what every call creates on first use (the ctx metatable, the
 * registry slot of the live ctx) before the engine settles its memory
 * floor. False when out of memory. */
bool lc_invoke_prepare(lc_sandbox *sb);

#endif

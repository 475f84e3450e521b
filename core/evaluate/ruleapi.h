/* ruleapi.h: the `ctx` object rules and plugins receive (the rule API of
 * ../shared/spec/rules.md and docs/rule-authoring.md). */
#ifndef LC_RULEAPI_H
#define LC_RULEAPI_H

#include <cjson/cJSON.h>
#include <lauxlib.h>
#include <lua.h>
#include <stdbool.h>

#include "../engine/engine.h"

/* What one call may hand the engine: beyond these a rule is flooding the
 * engine's own (uncapped, C) memory, not reporting. */
enum {
    LC_MAX_FINDINGS_PER_CALL = 1000,
    LC_MAX_EVIDENCE_PER_FINDING = 256,
    LC_MAX_MISSING_PER_CALL = 1000,
    LC_MAX_CHECKS_RECORDED = 1000, /* further checks run, unrecorded */
    LC_MAX_NOTES = 100,
    LC_MAX_OUTPUT_PER_CALL = 1 << 20, /* bytes of text and values a call hands the engine */
    LC_MAX_FIELD_NAME = 256,
};

typedef enum {
    LC_STATUS_NOT_FIRED,
    LC_STATUS_FIRED,
    LC_STATUS_SKIPPED,
    LC_STATUS_ERROR,
} lc_rule_status;

const char *lc_rule_status_name(lc_rule_status s);

/* State of one rule or plugin call; lives in a userdata only while the call
 * runs, so a ctx a rule smuggles out is dead afterwards. */
typedef struct lc_call {
    lc_run *run;
    const lc_script *script;
    lc_finding *findings; /* kept until the call succeeds */
    size_t n_findings, cap_findings;
    char **missing; /* fields the call reported missing */
    size_t n_missing;
    size_t n_unknown;         /* checks that could not be judged (missing data) */
    cJSON *checks;            /* explain: conditions evaluated */
    cJSON *notes;             /* explain: ctx:note texts */
    size_t n_checks, n_notes; /* recorded so far */
    size_t output_used;       /* of LC_MAX_OUTPUT_PER_CALL */
} lc_call;

/* Pushes a ctx userdata bound to CALL. */
void lc_ctx_push(lua_State *L, lc_call *call);
/* Marks a ctx userdata (lua_touserdata of what lc_ctx_push pushed) dead.
 * Plain C: the caller keeps the userdata anchored until this returns. */
void lc_ctx_kill(void *ctx);
void lc_call_clear(lc_call *call);
/* Fields in REQUIRES that the profile view at P_IDX lacks, recorded in the
 * call's missing list. Returns how many were missing. */
size_t lc_check_requires(lua_State *L, int p_idx, lc_call *call);
/* Pushes the value at dotted PATH in the profile view at P_IDX (nil if absent). */
void lc_push_path(lua_State *L, int p_idx, const char *path);

/* For the helpers (helpers.c), all raising Lua errors: */
/* The call behind the ctx at index 1; raises when the ctx is dead. */
lc_call *lc_ctx_call(lua_State *L);
/* Records FIELD as a data gap of the call (once). */
void lc_call_add_missing(lua_State *L, lc_call *call, const char *field);
/* Pushes the threshold NAME of the call's rule (its config section, then
 * `shared`); raises naming config.yaml when there is none. */
void lc_push_threshold(lua_State *L, lc_call *call, const char *name);
/* Raises unless every key of the table at IDX is a string in KEYS (NULL
 * terminated): "WHAT has unknown key 'k' (expected EXPECTED)". Returns the
 * keys present, bit I for KEYS[I] (the first 32; every bit when the table
 * has a metatable of its own, which may answer keys it does not hold). */
unsigned lc_check_keys(lua_State *L, int idx, const char *what, const char *const *keys,
                       const char *expected);
/* Converts the value at IDX to JSON within what is left of the call's
 * output budget (LC_MAX_OUTPUT_PER_CALL); NULL with *why when it is spent. */
cJSON *lc_call_json(lua_State *L, lc_call *call, int idx, const char **why);
/* True when the run records an --explain trace. */
bool lc_call_explaining(const lc_call *call);
/* The ctx methods helpers.c adds to the core ones. */
extern const luaL_Reg lc_ctx_helpers[];

#endif

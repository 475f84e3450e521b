/* ruleapi.h: the `ctx` object rules and plugins receive (the rule API of
 * ../shared/spec/rules.md and docs/rule-authoring.md). */
#ifndef LC_RULEAPI_H
#define LC_RULEAPI_H

#include <cjson/cJSON.h>
#include <lua.h>
#include <stdbool.h>

#include "../engine/engine.h"

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
    cJSON *checks; /* explain: conditions evaluated */
} lc_call;

/* Pushes a ctx userdata bound to CALL. */
void lc_ctx_push(lua_State *L, lc_call *call);
/* Marks the ctx at IDX dead. */
void lc_ctx_kill(lua_State *L, int idx);
void lc_call_clear(lc_call *call);
/* Fields in REQUIRES that the profile view at P_IDX lacks, recorded in the
 * call's missing list. Returns how many were missing. */
size_t lc_check_requires(lua_State *L, int p_idx, lc_call *call);
/* Pushes the value at dotted PATH in the profile view at P_IDX (nil if absent). */
void lc_push_path(lua_State *L, int p_idx, const char *path);

#endif

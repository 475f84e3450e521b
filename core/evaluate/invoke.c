#include "invoke.h"

#include "shared.h"

#include <lauxlib.h>
#include <string.h>

/* Registry slot anchoring the ctx of the call in progress. It is written
 * `false` after each call, never nil, so once created the slot is only
 * ever updated: clearing it allocates nothing and cannot raise. */
static const char KEY_LIVE_CTX = 0;

typedef struct invoke_job {
    lc_run *run;
    const lc_script *script;
    int arg_ref;
    bool want_result;
    bool skipped;
    bool fresh;  /* instantiate even when a shared instance exists */
    bool shared; /* ran on the rule's shared instance */
    void *ctx;   /* the ctx userdata, once anchored */
} invoke_job;

static const char *entry_of(lc_script_kind k) {
    switch (k) {
    case LC_SCRIPT_RULE: return "evaluate";
    case LC_SCRIPT_INDICATOR: return "derive";
    case LC_SCRIPT_RENDERER: return "render";
    }
    return "?";
}

/* Runs inside lc_sandbox_call: everything that can raise is in here. */
static int invoke_body(lua_State *L) {
    invoke_job *job = lua_touserdata(L, 1);
    lc_call *call = lua_touserdata(L, 2);
    lua_settop(L, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->arg_ref); /* 1: p (or the document) */
    lc_ctx_push(L, call);                            /* 2: ctx */
    lua_pushvalue(L, 2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_LIVE_CTX);
    job->ctx = lua_touserdata(L, 2); /* anchored: valid until the slot is cleared */
    if (lc_check_requires(L, 1, call) > 0) {
        job->skipped = true;
        return 0;
    }
    const lc_scripts *set =
        job->script->kind == LC_SCRIPT_RULE ? &job->run->e->rules : &job->run->e->plugins;
    job->shared = !job->fresh && lc_shared_enter(L, job->script);
    if (!job->shared) lc_script_instantiate(L, set, job->script); /* 3: the script's table */
    const char *entry = entry_of(job->script->kind);
    lua_pushstring(L, entry);
    if (lua_rawget(L, 3) != LUA_TFUNCTION) /* what the table holds, not what __index says */
        return luaL_error(L, "%s: '%s' is not a function", job->script->id, entry);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_call(L, 2, job->want_result ? 1 : 0);
    return job->want_result ? 1 : 0;
}

static lc_rule_status invoke(lc_run *run, const lc_script *script, int arg_ref, bool want_result,
                             bool fresh, lc_call *call, lc_call_error *err) {
    lua_State *L = run->e->sb->L;
    invoke_job job = {run, script, arg_ref, want_result, false, fresh, false, NULL};
    call->run = run;
    call->script = script;
    lua_pushcfunction(L, invoke_body);
    lua_pushlightuserdata(L, &job);
    lua_pushlightuserdata(L, call);
    bool ok = lc_sandbox_call(run->e->sb, 2, want_result ? 1 : 0, err);
    /* Whatever happened, the ctx dies with the call: a rule that stashed it
     * somewhere gets an error instead of a dangling pointer. */
    if (job.ctx) {
        lc_ctx_kill(job.ctx);
        lua_pushboolean(L, 0);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_LIVE_CTX);
    }
    if (job.shared && lc_shared_leave(run->e->sb, script)) {
        /* it wrote to its instance or read it raw: what it did is dropped
         * and the call made again on a fresh instance, where that works */
        if (ok && want_result) lua_pop(L, 1);
        lc_call_error_clear(err);
        lc_call_clear(call);
        return invoke(run, script, arg_ref, want_result, true, call, err);
    }
    if (!ok) return LC_STATUS_ERROR;
    if (job.skipped) return LC_STATUS_SKIPPED; /* with want_result, nil is on the stack */
    if (call->n_findings) return LC_STATUS_FIRED;
    /* a call that could not judge something and found nothing did not
     * show the rule does not apply: missing data is not a "no" */
    return call->n_missing || call->n_unknown ? LC_STATUS_SKIPPED : LC_STATUS_NOT_FIRED;
}

lc_rule_status lc_invoke(lc_run *run, const lc_script *script, int arg_ref, bool want_result,
                         lc_call *call, lc_call_error *err) {
    return invoke(run, script, arg_ref, want_result, false, call, err);
}

static int prepare_body(lua_State *L) {
    lc_ctx_push(L, NULL); /* a dead ctx: only its metatable stays */
    lua_pushboolean(L, 0);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_LIVE_CTX);
    return 0;
}

bool lc_invoke_prepare(lc_sandbox *sb) {
    return lc_sandbox_protected(sb, prepare_body, NULL, 0, 0);
}

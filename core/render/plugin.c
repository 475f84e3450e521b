/* plugin.c: renderer plugins (plugins/renderers/) turn the result
 * document into Markdown, HTML or anything else, in the same sandbox as
 * rules: render(doc, ctx) receives the document read-only and returns text. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/engine.h"
#include "../evaluate/invoke.h"
#include "../evaluate/luavalue.h"
#include "render.h"

typedef struct push_job {
    const cJSON *doc;
    int ref;
} push_job;

static int push_doc(lua_State *L) {
    push_job *job = lua_touserdata(L, 1);
    lc_push_json(L, job->doc, true);
    job->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

typedef struct take_job {
    char *text;
    const char *why;
} take_job;

static int take_text(lua_State *L) {
    take_job *job = lua_touserdata(L, 1);
    size_t len;
    if (lua_type(L, 2) != LUA_TSTRING) {
        job->why = "render must return a string";
        return 0;
    }
    const char *s = lua_tolstring(L, 2, &len);
    if ((job->text = malloc(len + 1))) {
        memcpy(job->text, s, len);
        job->text[len] = '\0';
    }
    return 0;
}

lc_status lc_render_plugin(lc_engine *e, const lc_result *r, const char *format, char **out,
                           char **why) {
    *out = NULL;
    *why = NULL;
    const lc_script *renderer = NULL;
    for (size_t i = 0; i < e->plugins.n && !renderer; i++) {
        const lc_script *s = &e->plugins.items[i];
        if (s->kind == LC_SCRIPT_RENDERER && !strcmp(s->format, format)) renderer = s;
    }
    if (!renderer) return LC_EINPUT;
    cJSON *doc = lc_result_document(r);
    if (!doc) return LC_ENOMEM;
    push_job pj = {doc, LUA_NOREF};
    bool pushed = lc_sandbox_protected(e->sb, push_doc, &pj, 0, 0);
    cJSON_Delete(doc);
    if (!pushed) return LC_ENOMEM;
    lc_run run = {.e = e, .r = (lc_result *)r, .profile_ref = pj.ref, .derived_ref = LUA_NOREF};
    lc_call call = {0};
    lc_call_error err = {0};
    lc_rule_status st = lc_invoke(&run, renderer, pj.ref, true, &call, &err);
    lc_status result = LC_OK;
    if (st == LC_STATUS_ERROR) {
        size_t n = strlen(err.message) + (err.file ? strlen(err.file) : 0) + 64;
        if ((*why = malloc(n)))
            snprintf(*why, n, "%s:%d: %s", err.file ? err.file : renderer->file, err.line,
                     err.message);
        result = LC_ERULES;
    } else {
        take_job tj = {NULL, NULL};
        if (!lc_sandbox_protected(e->sb, take_text, &tj, 1, 0))
            result = LC_ENOMEM;
        else if (tj.why) {
            *why = strdup(tj.why);
            result = LC_ERULES;
        } else if (!tj.text)
            result = LC_ENOMEM;
        *out = tj.text;
    }
    lc_call_clear(&call);
    lc_call_error_clear(&err);
    lc_sandbox_unref(e->sb, pj.ref);
    return result;
}

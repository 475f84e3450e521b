/* plugin.c: renderer plugins (plugins/renderers/) turn the result
 * document into Markdown, HTML or anything else, in the same sandbox as
 * rules: render(doc, ctx) receives the document read-only and returns text. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/engine.h"
#include "../evaluate/invoke.h"
#include "../evaluate/luavalue.h"
#include "../util/buf.h"
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
    const char *returned; /* the type render returned when it is not a string */
} take_job;

static int take_text(lua_State *L) {
    take_job *job = lua_touserdata(L, 1);
    size_t len;
    if (lua_type(L, 2) != LUA_TSTRING) {
        job->returned = luaL_typename(L, 2);
        return 0;
    }
    const char *s = lua_tolstring(L, 2, &len);
    if ((job->text = malloc(len + 1))) {
        memcpy(job->text, s, len);
        job->text[len] = '\0';
    }
    return 0;
}

static const lc_script *find_renderer(const lc_engine *e, const char *format) {
    for (size_t i = 0; i < e->plugins.n; i++) {
        const lc_script *s = &e->plugins.items[i];
        if (s->kind == LC_SCRIPT_RENDERER && !strcmp(s->format, format)) return s;
    }
    return NULL;
}

/* Runs RENDERER on DOC; R is the result the renderer's ctx reports on. */
static lc_status render_document(lc_engine *e, const lc_script *renderer, lc_result *r,
                                 const cJSON *doc, char **out, char **why) {
    push_job pj = {doc, LUA_NOREF};
    if (!lc_sandbox_protected(e->sb, push_doc, &pj, 0, 0)) return LC_ENOMEM;
    lc_run run = {.e = e, .r = r, .profile_ref = pj.ref, .derived_ref = LUA_NOREF};
    lc_call call = {0};
    lc_call_error err = {0};
    lc_rule_status st = lc_invoke(&run, renderer, pj.ref, true, &call, &err);
    lc_status result = LC_OK;
    lc_buf msg;
    lc_buf_init(&msg);
    if (st == LC_STATUS_ERROR) {
        lc_buf_puts(&msg, err.file ? err.file : renderer->file);
        if (err.line > 0) lc_buf_printf(&msg, ":%d", err.line);
        lc_buf_printf(&msg, ": %s", err.message);
        *why = lc_buf_steal(&msg);
        result = LC_ERULES;
    } else {
        take_job tj = {NULL, NULL};
        if (!lc_sandbox_protected(e->sb, take_text, &tj, 1, 0))
            result = LC_ENOMEM;
        else if (tj.returned) {
            lc_buf_printf(&msg, "%s: render must return a string (it returned %s)", renderer->file,
                          tj.returned);
            *why = lc_buf_steal(&msg);
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

lc_status lc_render_plugin(lc_engine *e, const lc_result *r, const char *format, char **out,
                           char **why) {
    *out = NULL;
    *why = NULL;
    const lc_script *renderer = find_renderer(e, format);
    if (!renderer) return LC_EINPUT;
    cJSON *doc = lc_result_document(r);
    if (!doc) return LC_ENOMEM;
    lc_status st = render_document(e, renderer, (lc_result *)r, doc, out, why);
    cJSON_Delete(doc);
    return st;
}

bool lc_render_plugin_exists(const lc_engine *e, const char *format) {
    return find_renderer(e, format) != NULL;
}

bool lc_render_plugin_takes_collection(const lc_engine *e, const char *format) {
    const lc_script *renderer = find_renderer(e, format);
    return renderer && renderer->collection;
}

lc_status lc_render_plugin_document(lc_engine *e, const cJSON *doc, const char *format, char **out,
                                    char **why) {
    *out = NULL;
    *why = NULL;
    const lc_script *renderer = find_renderer(e, format);
    if (!renderer) return LC_EINPUT;
    lc_result *none = lc_result_new(); /* no evaluation behind this document */
    if (!none) return LC_ENOMEM;
    lc_status st = render_document(e, renderer, none, doc, out, why);
    lc_result_free(none);
    return st;
}

lc_status lc_render_plugin_collection(lc_engine *e, const cJSON *results, const char *format,
                                      char **out, char **why) {
    *out = NULL;
    *why = NULL;
    cJSON *doc = cJSON_CreateObject();
    lc_status st = LC_ENOMEM;
    if (doc && cJSON_AddStringToObject(doc, "format", "latecomer.results/1") &&
        cJSON_AddItemToObject(doc, "results", cJSON_CreateArrayReference(results->child)))
        st = lc_render_plugin_document(e, doc, format, out, why);
    cJSON_Delete(doc);
    return st;
}

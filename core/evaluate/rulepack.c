/* rulepack.c: discovery, compilation and metadata of rules and plugins. */
#define _POSIX_C_SOURCE 200809L
#include "rulepack.h"

#include <dirent.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../load/load.h"
#include "../util/fileio.h"
#include "luavalue.h"

/* --- directory walk --------------------------------------------------- */

typedef struct paths {
    char **p;
    size_t n, cap;
} paths;

static bool paths_add(paths *ps, const char *path) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 32;
        char **p = realloc(ps->p, cap * sizeof(char *));
        if (!p) return false;
        ps->p = p;
        ps->cap = cap;
    }
    return (ps->p[ps->n++] = strdup(path)) != NULL;
}

static void paths_free(paths *ps) {
    for (size_t i = 0; i < ps->n; i++)
        free(ps->p[i]);
    free(ps->p);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && !strcmp(s + ls - lx, suffix);
}

/* Collects *.lua below DIR/REL (relative paths), depth-limited. */
static bool walk(const char *dir, const char *rel, paths *out, int depth) {
    if (depth > 16) return true;
    char full[4096];
    snprintf(full, sizeof full, "%s%s%s", dir, rel[0] ? "/" : "", rel);
    DIR *d = opendir(full);
    if (!d) return true;
    struct dirent *e;
    bool ok = true;
    while (ok && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char sub[2048], subfull[4096 + 2048];
        if ((size_t)snprintf(sub, sizeof sub, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name) >=
            sizeof sub)
            continue; /* absurdly deep: not a rule pack we can name */
        snprintf(subfull, sizeof subfull, "%s/%s", dir, sub);
        struct stat st;
        if (stat(subfull, &st) != 0) continue;
        if (S_ISDIR(st.st_mode))
            ok = walk(dir, sub, out, depth + 1);
        else if (S_ISREG(st.st_mode) && ends_with(e->d_name, ".lua"))
            ok = paths_add(out, sub);
    }
    closedir(d);
    return ok;
}

static int cmp_path(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t lc_list_lua_files(const char *dir, char ***out) {
    paths ps = {0};
    if (!walk(dir, "", &ps, 0)) {
        paths_free(&ps);
        *out = NULL;
        return 0;
    }
    if (ps.n) qsort(ps.p, ps.n, sizeof(char *), cmp_path);
    *out = ps.p;
    return ps.n;
}

static bool is_test(const char *rel) {
    return ends_with(rel, "_test.lua") || !strncmp(rel, "tests/", 6) || strstr(rel, "/tests/");
}

/* --- metadata --------------------------------------------------------- */

typedef struct meta_job {
    lc_scripts *set;
    lc_script *s;
    bool plugin;
} meta_job;

bool lc_valid_id(const char *id) {
    if (!*id) return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.'))
            return false;
    return true;
}

/* Pushes t[NAME] of the table at -1 without metamethods: a rule's
 * metadata is what its table holds, never what an __index computes. */
static int raw_field(lua_State *L, const char *name) {
    lua_pushstring(L, name);
    return lua_rawget(L, -2);
}

static char *dup_or_raise(lua_State *L, const char *s) {
    char *d = strdup(s);
    if (!d) luaL_error(L, "out of memory");
    return d;
}

/* Reads list field NAME of the table at top into *OUT (strings only). */
static void read_strings(lua_State *L, const char *name, char ***out, size_t *n) {
    raw_field(L, name);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    if (!lua_istable(L, -1)) luaL_error(L, "'%s' must be a list of strings", name);
    size_t len = lua_rawlen(L, -1);
    *out = calloc(len + 1, sizeof(char *));
    if (!*out) luaL_error(L, "out of memory");
    for (size_t i = 1; i <= len; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
            luaL_error(L, "'%s' item %d must be a string", name, (int)i);
        (*out)[(*n)++] = dup_or_raise(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static const char *const source_keys[] = {"chapter", "section", "table",  "footnote",
                                          "quote",   "lines",   "figure", NULL};

static void read_source(lua_State *L, lc_script *s) {
    raw_field(L, "source");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    if (!lua_istable(L, -1)) luaL_error(L, "'source' must be a table");
    s->source = cJSON_CreateObject();
    if (!s->source) luaL_error(L, "out of memory");
    /* contract order; absent keys are null so every finding has the same shape */
    for (const char *const *k = source_keys; *k; k++) {
        int t = raw_field(L, *k);
        cJSON *v = NULL;
        if (t == LUA_TNUMBER)
            v = cJSON_CreateNumber(lua_tonumber(L, -1));
        else if (t == LUA_TSTRING)
            v = cJSON_CreateString(lua_tostring(L, -1));
        else if (t == LUA_TNIL)
            v = (!strcmp(*k, "figure")) ? NULL : cJSON_CreateNull();
        else
            luaL_error(L, "source.%s must be a number or a string", *k);
        if (v) cJSON_AddItemToObject(s->source, *k, v);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int read_meta(lua_State *L) {
    meta_job *job = lua_touserdata(L, 1);
    lc_script *s = job->s;
    lc_script_instantiate(L, job->set, s);
    raw_field(L, "id");
    if (!lua_isstring(L, -1) || lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "the returned table needs a string 'id'");
    if (!lc_valid_id(lua_tostring(L, -1)))
        luaL_error(L, "id '%s' must match [a-z0-9_.]+", lua_tostring(L, -1));
    s->id = dup_or_raise(L, lua_tostring(L, -1));
    lua_pop(L, 1);
    const char *kind = "rule";
    if (raw_field(L, "kind") == LUA_TSTRING) kind = lua_tostring(L, -1);
    const char *entry;
    if (!job->plugin) {
        if (strcmp(kind, "rule") != 0)
            luaL_error(L, "kind '%s' does not belong in a rule pack (expected a rule)", kind);
        s->kind = LC_SCRIPT_RULE;
        entry = "evaluate";
    } else if (!strcmp(kind, "indicator")) {
        s->kind = LC_SCRIPT_INDICATOR;
        entry = "derive";
    } else if (!strcmp(kind, "renderer")) {
        s->kind = LC_SCRIPT_RENDERER;
        entry = "render";
    } else {
        luaL_error(L, "unknown plugin kind '%s' (expected indicator or renderer)", kind);
        return 0;
    }
    lua_pop(L, 1);
    if (raw_field(L, "title") == LUA_TSTRING)
        s->title = dup_or_raise(L, lua_tostring(L, -1));
    else if (s->kind == LC_SCRIPT_RULE)
        luaL_error(L, "rule '%s' needs a string 'title'", s->id);
    lua_pop(L, 1);
    if (raw_field(L, entry) != LUA_TFUNCTION)
        luaL_error(L, "'%s' needs a function '%s'", s->id, entry);
    lua_pop(L, 1);
    if (s->kind == LC_SCRIPT_RENDERER) {
        if (raw_field(L, "format") != LUA_TSTRING)
            luaL_error(L, "renderer '%s' needs a string 'format'", s->id);
        s->format = dup_or_raise(L, lua_tostring(L, -1));
        lua_pop(L, 1);
        s->collection = raw_field(L, "collection") == LUA_TBOOLEAN && lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    read_strings(L, "requires", &s->requires, &s->n_requires);
    read_strings(L, "tags", &s->tags, &s->n_tags);
    read_strings(L, "measures", &s->measures, &s->n_measures);
    read_source(L, s);
    return 0;
}

/* --- loading ---------------------------------------------------------- */

static bool push_script(lc_scripts *set, lc_script **out) {
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        lc_script *items = realloc(set->items, cap * sizeof(*items));
        if (!items) return false;
        set->items = items;
        set->cap = cap;
    }
    *out = &set->items[set->n];
    memset(*out, 0, sizeof(**out));
    (*out)->factory_ref = (*out)->shared_ref = LUA_NOREF;
    return true;
}

static void script_clear(lc_sandbox *sb, lc_script *s) {
    free(s->id);
    free(s->title);
    free(s->file);
    free(s->format);
    for (size_t i = 0; i < s->n_requires; i++)
        free(s->requires[i]);
    free(s->requires);
    for (size_t i = 0; i < s->n_tags; i++)
        free(s->tags[i]);
    free(s->tags);
    for (size_t i = 0; i < s->n_measures; i++)
        free(s->measures[i]);
    free(s->measures);
    cJSON_Delete(s->source);
    if (sb) lc_sandbox_unref(sb, s->factory_ref);
    if (sb) lc_sandbox_unref(sb, s->shared_ref);
    memset(s, 0, sizeof(*s));
}

/* A rule or plugin that did not load: a diagnostic, and an entry every
 * result will carry in its errors. False when out of memory. */
static bool record_failure(lc_scripts *set, lc_diags *d, const char *rule, lc_fail_kind kind,
                           const char *message, const char *file, int line) {
    const char *prefix =
        kind != LC_FAIL_LOAD && kind != LC_FAIL_RUNTIME ? lc_fail_kind_name(kind) : NULL;
    lc_diags_add(d, LC_DIAG_ERROR, file, line, line ? 1 : 0, "%s%s%s", prefix ? prefix : "",
                 prefix ? ": " : "", message);
    lc_rule_error *f = realloc(set->failed, (set->n_failed + 1) * sizeof(*f));
    if (!f) return false;
    set->failed = f;
    f = &set->failed[set->n_failed];
    f->rule = strdup(rule);
    f->kind = kind;
    f->message = strdup(message);
    f->file = strdup(file);
    f->line = line;
    if (!f->rule || !f->message || !f->file) {
        free(f->rule);
        free(f->message);
        free(f->file);
        return false;
    }
    set->n_failed++;
    return true;
}

/* Compiles the file at FULL; pushes its factory, or returns false with ERR
 * set (ERR->oom when out of memory). */
static bool compile_file(lc_sandbox *sb, const char *full, lc_call_error *err) {
    char *text;
    size_t len;
    lc_read_status rs = lc_read_file(full, 1u << 20, &text, &len);
    if (rs != LC_READ_OK) {
        err->kind = LC_FAIL_LOAD;
        err->oom = rs == LC_READ_NOMEM;
        err->message = strdup(rs == LC_READ_TOO_BIG ? "file too large (expected a Lua file "
                                                      "under 1 MiB)"
                                                    : "cannot read the file");
        err->file = strdup(full);
        return false;
    }
    char chunk[4100];
    snprintf(chunk, sizeof chunk, "@%s", full);
    bool ok = lc_sandbox_compile(sb, chunk, text, len, err);
    free(text);
    return ok;
}

static int new_table_ref(lua_State *L) {
    int *ref = lua_touserdata(L, 1);
    lua_newtable(L);
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static bool add_pack(lc_sandbox *sb, lc_scripts *set, const char *dir, size_t *index) {
    lc_pack *packs = realloc(set->packs, (set->n_packs + 1) * sizeof(lc_pack));
    if (!packs) return false;
    set->packs = packs;
    lc_pack *p = &packs[set->n_packs];
    memset(p, 0, sizeof(*p));
    p->modules_ref = p->config_ref = LUA_NOREF;
    *index = set->n_packs++; /* from here on lc_scripts_free releases it */
    p->dir = strdup(dir);
    return p->dir && lc_sandbox_protected(sb, new_table_ref, &p->modules_ref, 0, 0);
}

/* lib/a/b.lua -> module "a.b" */
static void module_name(const char *rel, char *out, size_t cap) {
    snprintf(out, cap, "%s", rel + 4);
    out[strlen(out) - 4] = '\0';
    for (char *c = out; *c; c++)
        if (*c == '/') *c = '.';
}

typedef struct config_job {
    const lc_node *root; /* NULL: an empty config */
    int ref;
} config_job;

static int push_config(lua_State *L) {
    config_job *job = lua_touserdata(L, 1);
    if (job->root)
        lc_push_node(L, job->root, true, true);
    else {
        lua_newtable(L);
        lc_sandbox_freeze(L);
    }
    job->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* False only when out of memory. */
static bool load_config(lc_sandbox *sb, lc_pack *p, lc_diags *d) {
    char path[4096];
    snprintf(path, sizeof path, "%s/config.yaml", p->dir);
    const lc_node *root = NULL;
    if (lc_is_file(path)) {
        p->config = lc_yaml_load_file(path, NULL, d);
        root = p->config ? p->config->root : NULL;
        if (root && root->kind != LC_NODE_MAP) {
            lc_diags_add(d, LC_DIAG_ERROR, path, (int)root->line, (int)root->col,
                         "config must be a mapping (expected format: latecomer.config/1 and "
                         "thresholds by rule id)");
            root = NULL;
        }
        const lc_node *fmt = lc_node_get(root, "format");
        if (root && (!fmt || !fmt->text || strcmp(fmt->text, "latecomer.config/1") != 0))
            lc_diags_add(d, LC_DIAG_ERROR, path, (int)root->line, (int)root->col,
                         "missing or wrong format (expected format: latecomer.config/1)");
        const lc_node *ver = lc_node_get(root, "version");
        if (ver && ver->text && !(p->version = strdup(ver->text))) return false;
    }
    config_job job = {root, LUA_NOREF};
    if (!lc_sandbox_protected(sb, push_config, &job, 0, 0)) return false;
    p->config_ref = job.ref;
    return true;
}

typedef struct module_job {
    int modules_ref;
    const char *name;
} module_job;

/* Protected: modules[name] = the factory passed as argument 2. */
static int register_module(lua_State *L) {
    module_job *job = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->modules_ref);
    lua_pushvalue(L, 2);
    lua_setfield(L, -2, job->name);
    return 0;
}

static bool load_modules(lc_sandbox *sb, lc_scripts *set, size_t pack, const paths *ps,
                         lc_diags *d) {
    const char *dir = set->packs[pack].dir;
    for (size_t i = 0; i < ps->n; i++) {
        const char *rel = ps->p[i];
        if (strncmp(rel, "lib/", 4) != 0) continue;
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", dir, rel);
        lc_call_error err = {0};
        bool ok = compile_file(sb, full, &err);
        if (err.oom) {
            lc_call_error_clear(&err);
            return false;
        }
        if (!ok) {
            /* a broken module breaks the pack, not one rule */
            lc_diags_add(d, LC_DIAG_ERROR, err.file ? err.file : full, err.line, err.line ? 1 : 0,
                         "%s", err.message ? err.message : "cannot load");
            lc_call_error_clear(&err);
            continue;
        }
        char name[512];
        module_name(rel, name, sizeof name);
        module_job job = {set->packs[pack].modules_ref, name};
        if (!lc_sandbox_protected(sb, register_module, &job, 1, 0)) return false;
    }
    return true;
}

/* Loads one rule or plugin file. False only when out of memory. */
static bool load_script(lc_sandbox *sb, lc_scripts *set, size_t pack, const char *full, bool plugin,
                        lc_diags *d) {
    lc_script *s;
    if (!push_script(set, &s)) return false;
    s->pack = pack;
    if (!(s->file = strdup(full))) return false;
    lc_call_error err = {0};
    bool ok = compile_file(sb, full, &err);
    if (ok && (s->factory_ref = lc_sandbox_ref(sb)) == LUA_NOREF) err.oom = true, ok = false;
    if (ok) {
        meta_job job = {set, s, plugin};
        lua_pushcfunction(sb->L, read_meta);
        lua_pushlightuserdata(sb->L, &job);
        ok = lc_sandbox_call(sb, 1, 0, &err);
    }
    if (err.oom) {
        lc_call_error_clear(&err);
        script_clear(sb, s);
        return false;
    }
    bool stored = true;
    if (!ok) {
        if (err.kind == LC_FAIL_RUNTIME) err.kind = LC_FAIL_LOAD; /* it failed while loading */
        stored = record_failure(set, d, s->id ? s->id : full, err.kind,
                                err.message ? err.message : "cannot load",
                                err.file ? err.file : full, err.line);
        script_clear(sb, s);
    } else {
        const lc_script *dup = NULL;
        for (size_t k = 0; k < set->n && !dup; k++)
            if (!strcmp(set->items[k].id, s->id)) dup = &set->items[k];
        if (dup) {
            char msg[4200];
            snprintf(msg, sizeof msg,
                     "duplicate id '%s', already defined in %s (expected ids unique across packs)",
                     s->id, dup->file);
            stored = record_failure(set, d, s->id, LC_FAIL_LOAD, msg, full, 0);
            script_clear(sb, s);
        } else {
            set->n++;
        }
    }
    lc_call_error_clear(&err);
    return stored;
}

static bool load_scripts(lc_sandbox *sb, lc_scripts *set, const char *dir, bool plugin,
                         lc_diags *d) {
    if (!lc_is_dir(dir)) {
        lc_diags_add(d, LC_DIAG_ERROR, dir, 0, 0, "not a directory (expected a %s directory)",
                     plugin ? "plugin" : "rule pack");
        return true;
    }
    size_t pack;
    if (!add_pack(sb, set, dir, &pack)) return false;
    if (!load_config(sb, &set->packs[pack], d)) return false;
    paths ps = {0};
    bool ok = walk(dir, "", &ps, 0);
    if (ok && ps.n) qsort(ps.p, ps.n, sizeof(char *), cmp_path); /* an empty pack has no array */
    /* modules first: rules may require them while their metadata is read */
    if (ok) ok = load_modules(sb, set, pack, &ps, d);
    for (size_t i = 0; i < ps.n && ok; i++) {
        const char *rel = ps.p[i];
        if (!strncmp(rel, "lib/", 4) || is_test(rel)) continue;
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", dir, rel);
        ok = load_script(sb, set, pack, full, plugin, d);
    }
    paths_free(&ps);
    return ok;
}

bool lc_pack_load(lc_sandbox *sb, lc_scripts *set, const char *dir, lc_diags *d) {
    return load_scripts(sb, set, dir, false, d);
}

bool lc_plugins_load(lc_sandbox *sb, lc_scripts *set, const char *dir, lc_diags *d) {
    return load_scripts(sb, set, dir, true, d);
}

void lc_scripts_free(lc_sandbox *sb, lc_scripts *set) {
    for (size_t i = 0; i < set->n; i++)
        script_clear(sb, &set->items[i]);
    free(set->items);
    for (size_t i = 0; i < set->n_packs; i++) {
        free(set->packs[i].dir);
        free(set->packs[i].version);
        lc_doc_free(set->packs[i].config);
        if (sb) {
            lc_sandbox_unref(sb, set->packs[i].modules_ref);
            lc_sandbox_unref(sb, set->packs[i].config_ref);
        }
    }
    free(set->packs);
    for (size_t i = 0; i < set->n_failed; i++) {
        free(set->failed[i].rule);
        free(set->failed[i].message);
        free(set->failed[i].file);
    }
    free(set->failed);
    memset(set, 0, sizeof(*set));
}

const lc_script *lc_scripts_find(const lc_scripts *set, const char *id) {
    for (size_t i = 0; i < set->n; i++)
        if (!strcmp(set->items[i].id, id)) return &set->items[i];
    return NULL;
}

/* --- require and instantiation ---------------------------------------- */

static const char LOADING = 0; /* cache sentinel while a module runs */

static void push_env(lua_State *L, int modules, int cache);

static int pack_require(lua_State *L) {
    const char *name = luaL_checkstring(L, 1);
    static const char *const system[] = {"os",  "io",  "debug",  "package", "coroutine", "ffi",
                                         "jit", "lfs", "socket", "posix",   NULL};
    for (const char *const *s = system; *s; s++)
        if (!strcmp(name, *s)) {
            char what[96];
            snprintf(what, sizeof what, "require('%s')", name);
            return lc_sandbox_blocked(L, what);
        }
    int modules = lua_upvalueindex(1), cache = lua_upvalueindex(2);
    lua_getfield(L, cache, name);
    if (lua_touserdata(L, -1) == &LOADING)
        return luaL_error(L, "module '%s' requires itself (a require cycle)", name);
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);
    if (lua_getfield(L, modules, name) != LUA_TFUNCTION)
        return luaL_error(L, "module '%s' not found (expected lib/%s.lua in the rule pack)", name,
                          name);
    lua_pushlightuserdata(L, (void *)&LOADING);
    lua_setfield(L, cache, name);
    push_env(L, modules, cache);
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, cache, name);
    return 1;
}

/* A fresh environment whose `require` resolves in the pack's lib/. */
static void push_env(lua_State *L, int modules, int cache) {
    modules = lua_absindex(L, modules);
    cache = lua_absindex(L, cache);
    lc_sandbox_new_env(lc_sandbox_of(L));
    lua_pushvalue(L, modules);
    lua_pushvalue(L, cache);
    lua_pushcclosure(L, pack_require, 2);
    lua_setfield(L, -2, "require");
}

void lc_script_instantiate(lua_State *L, const lc_scripts *set, const lc_script *script) {
    luaL_checkstack(L, 8, "instantiate");
    lua_rawgeti(L, LUA_REGISTRYINDEX, script->factory_ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, set->packs[script->pack].modules_ref);
    lua_newtable(L); /* module cache: one per instance */
    push_env(L, -2, -1);
    lua_replace(L, -3);
    lua_pop(L, 1);
    lua_call(L, 1, 1);
    if (!lua_istable(L, -1))
        luaL_error(L, "%s must return a table (it returned %s)", script->file,
                   luaL_typename(L, -1));
}

void lc_pack_require(lua_State *L, const lc_scripts *set, size_t pack, const char *name) {
    luaL_checkstack(L, 8, "require");
    lua_rawgeti(L, LUA_REGISTRYINDEX, set->packs[pack].modules_ref);
    lua_newtable(L);
    push_env(L, -2, -1);
    lua_getfield(L, -1, "require");
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
    lua_replace(L, -4);
    lua_pop(L, 2);
}

lua_CFunction lc_pack_require_function(void) {
    return pack_require;
}

static int sealed_require(lua_State *L) {
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_getfield(L, lua_upvalueindex(2), name);
    if (lua_touserdata(L, -1) == &LOADING)
        return luaL_error(L, "module '%s' requires itself (a require cycle)", name);
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);
    lua_newtable(L); /* the cache of this require alone */
    push_env(L, lua_upvalueindex(1), -1);
    lua_getfield(L, -1, "require");
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    return 1;
}

void lc_push_sealed_require(lua_State *L) {
    lua_pushcclosure(L, sealed_require, 2);
}

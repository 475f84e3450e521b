/* rulepack.h: discovering and loading rule packs and plugins.
 *
 * A pack is a directory (../shared/spec/rules.md): every *.lua file is a
 * rule except lib/ (modules for `require`) and tests (*_test.lua, tests/);
 * measures.yaml and config.yaml sit at its root. Rules are compiled once
 * into factories and instantiated afresh for every evaluation. */
#ifndef LC_RULEPACK_H
#define LC_RULEPACK_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "../load/node.h"
#include "../util/diag.h"
#include "sandbox.h"

typedef struct lc_pack {
    char *dir;
    int modules_ref; /* registry: {module name = factory} */
    int config_ref;  /* registry: frozen config table */
    lc_doc *config;  /* config.yaml as loaded, for the engine (NULL if none) */
    char *version;   /* config.yaml `version`, or NULL */
} lc_pack;

typedef enum { LC_SCRIPT_RULE, LC_SCRIPT_INDICATOR, LC_SCRIPT_RENDERER } lc_script_kind;

/* A rule or plugin: its metadata is read once, at load. */
typedef struct lc_script {
    lc_script_kind kind;
    char *id, *title, *file; /* file: as shown in messages */
    char *format;            /* renderers: the --format name */
    bool collection;         /* renderers: takes several results at once */
    char **requires;
    size_t n_requires;
    char **tags;
    size_t n_tags;
    char **measures; /* measures it may recommend */
    size_t n_measures;
    cJSON *source; /* report citation, contract key order */
    size_t pack;   /* index into the engine's packs (rules) */
    int factory_ref;
    int shared_ref; /* rules: the engine's sealed instance (shared.c), or LUA_NOREF */
} lc_script;

typedef struct lc_scripts {
    lc_pack *packs;
    size_t n_packs;
    lc_script *items;
    size_t n, cap;
    /* Rules and plugins that failed to load: each becomes an `errors` entry
     * of every result (rule = its id, or its file when the id is unknown). */
    lc_rule_error *failed;
    size_t n_failed;
} lc_scripts;

/* Loads one rule pack (rules, lib modules, config.yaml) into SET. Every
 * problem goes to DIAGS. A rule that fails to load (syntax, a limit, bad
 * metadata, a duplicate id) is also recorded in SET->failed and the others
 * still load; problems of the pack itself (not a directory, a bad
 * config.yaml, an unreadable lib module) are only in DIAGS. Returns false
 * only when out of memory. */
bool lc_pack_load(lc_sandbox *sb, lc_scripts *set, const char *dir, lc_diags *diags);
/* Loads the plugins of a plugin directory (indicator and renderer kinds). */
bool lc_plugins_load(lc_sandbox *sb, lc_scripts *set, const char *dir, lc_diags *diags);
void lc_scripts_free(lc_sandbox *sb, lc_scripts *set);
const lc_script *lc_scripts_find(const lc_scripts *set, const char *id);

/* Instantiates SCRIPT in a fresh environment (with its pack's `require`)
 * and pushes its table. Must run inside a protected call. */
void lc_script_instantiate(lua_State *L, const lc_scripts *set, const lc_script *script);

/* The *.lua files below DIR as sorted relative paths ("a/b.lua"); caller
 * frees each and the array. Returns how many (0 when out of memory). */
size_t lc_list_lua_files(const char *dir, char ***out);

/* Rule, plugin and finding ids: [a-z0-9_.]+ (rules.md). */
bool lc_valid_id(const char *id);

/* Pushes module NAME of pack PACK as `require` would, in a fresh instance.
 * Must run inside a protected call. */
void lc_pack_require(lua_State *L, const lc_scripts *set, size_t pack, const char *name);

/* For shared instances (shared.c): the C function behind every `require`
 * an instance gets, and a `require` for a sealed instance, made from the
 * pack's modules and the frozen cache of what the instance loaded (popped,
 * cache on top): a loaded module comes from the cache, any other is
 * instantiated afresh, as it was for a fresh instance. */
lua_CFunction lc_pack_require_function(void);
void lc_push_sealed_require(lua_State *L);

#endif

/* defaults.c: fill in what the format defaults, so every later stage (and
 * every rule) sees one value instead of re-deriving it: country.as_of is
 * 31 December of country.year, and a field with `default:` in the schema
 * takes that value. A filled-in node is marked `defaulted` and positioned
 * at the map it was added to. History entries are partial observations and
 * get no defaults. */
#include <stdio.h>
#include <string.h>

#include "validator.h"

static lc_node *new_scalar(validator *V, const lc_node *at, lc_node_kind kind, const char *text) {
    lc_node *n = lc_arena_alloc(&V->doc->arena, sizeof(*n));
    if (!n) return NULL;
    n->kind = kind;
    n->line = at->line;
    n->col = at->col;
    n->text = lc_arena_strdup(&V->doc->arena, text);
    if (!n->text) return NULL;
    n->text_len = strlen(text);
    n->defaulted = true;
    return n;
}

/* Sets KEY of MAP to VALUE: replaces a null value, or appends a pair. */
static bool set_field(validator *V, lc_node *map, const char *key, lc_node *value) {
    for (size_t i = 0; i < map->n; i++) {
        if (map->pairs[i].key->text && !strcmp(map->pairs[i].key->text, key)) {
            map->pairs[i].value = value;
            return true;
        }
    }
    lc_node *k = new_scalar(V, map, LC_NODE_STR, key);
    lc_pair *pairs = lc_arena_alloc(&V->doc->arena, (map->n + 1) * sizeof(*pairs));
    if (!k || !pairs) return false;
    if (map->n) memcpy(pairs, map->pairs, map->n * sizeof(*pairs));
    pairs[map->n] = (lc_pair){k, value};
    map->pairs = pairs;
    map->n++;
    return true;
}

static bool absent(const lc_node *map, const char *key) {
    const lc_node *v = lc_node_get(map, key);
    return !v || v->kind == LC_NODE_NULL;
}

static void oom(validator *V, const lc_node *at) {
    lc_v_report(V, LC_DIAG_ERROR, at, "out of memory while filling in defaults");
}

static void default_as_of(validator *V, lc_node *root) {
    lc_node *country = lc_node_get(root, "country");
    const lc_node *year = lc_node_get(country, "year");
    if (!country || country->kind != LC_NODE_MAP || !year || year->kind != LC_NODE_INT) return;
    if (!absent(country, "as_of")) return;
    char date[16];
    snprintf(date, sizeof date, "%04d-12-31", (int)year->v.i);
    lc_node *value = new_scalar(V, country, LC_NODE_STR, date);
    if (!value || !set_field(V, country, "as_of", value)) oom(V, country);
}

static void fill(validator *V, const lc_field *f, lc_node *n, unsigned depth) {
    if (depth > 16) return; /* the schema is shallower; a guard, not a limit */
    if (f->type == LC_T_LIST && n->kind == LC_NODE_SEQ) {
        for (size_t i = 0; i < n->n; i++)
            fill(V, f->item, n->items[i], depth + 1);
        return;
    }
    if (f->type != LC_T_MAP || n->kind != LC_NODE_MAP) return;
    for (size_t i = 0; i < f->n_fields; i++) {
        const lc_field *cf = &f->fields[i];
        if (cf->default_value && absent(n, cf->name)) {
            const lc_node *d = cf->default_value;
            lc_node *value = new_scalar(V, n, d->kind, d->text);
            if (!value) {
                oom(V, n);
                return;
            }
            value->v = d->v;
            if (!set_field(V, n, cf->name, value)) {
                oom(V, n);
                return;
            }
        }
        lc_node *child = lc_node_get(n, cf->name);
        if (child && cf->type != LC_T_MAP_OF && cf->type != LC_T_PARTIAL)
            fill(V, cf, child, depth + 1);
    }
}

void lc_v_apply_defaults(validator *V) {
    lc_node *root = V->doc->root;
    lc_v_set_path(V, "");
    default_as_of(V, root);
    fill(V, &V->schema->root, root, 0);
}

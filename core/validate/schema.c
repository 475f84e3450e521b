/* schema.c: compile profiles/schema.yaml into lc_field trees. */
#include "schema.h"

#include <stdlib.h>
#include <string.h>

#include "../load/load.h"
#include "schema_text.h" /* generated from profiles/schema.yaml at build time */

static const struct {
    const char *name;
    lc_type type;
} type_names[] = {
    {"num", LC_T_NUM}, {"pct", LC_T_PCT},       {"int", LC_T_INT},         {"bool", LC_T_BOOL},
    {"str", LC_T_STR}, {"date", LC_T_DATE},     {"enum", LC_T_ENUM},       {"list", LC_T_LIST},
    {"map", LC_T_MAP}, {"map_of", LC_T_MAP_OF}, {"partial", LC_T_PARTIAL},
};

const char *lc_type_name(lc_type t) {
    for (size_t i = 0; i < sizeof(type_names) / sizeof(type_names[0]); i++)
        if (type_names[i].type == t) return type_names[i].name;
    return "?";
}

typedef struct compiler {
    lc_schema *s;
    lc_diags *diags;
    const lc_node *shapes;
    unsigned depth;
    bool failed;
} compiler;

static void bad(compiler *C, const lc_node *at, const char *fmt, const char *arg) {
    lc_diags_add(C->diags, LC_DIAG_ERROR, C->s->doc->name, at ? (int)at->line : 0,
                 at ? (int)at->col : 0, fmt, arg);
    C->failed = true;
}

static const char *str_attr(compiler *C, const lc_node *def, const char *key) {
    const lc_node *v = lc_node_get(def, key);
    if (!v || v->kind == LC_NODE_NULL) return NULL;
    if (!v->text || v->kind == LC_NODE_SEQ || v->kind == LC_NODE_MAP) {
        bad(C, v, "schema attribute '%s' must be a scalar", key);
        return NULL;
    }
    return v->text;
}

static bool num_attr(compiler *C, const lc_node *def, const char *key, double *out) {
    const lc_node *v = lc_node_get(def, key);
    if (!v || v->kind == LC_NODE_NULL) return false;
    if (!lc_node_is_number(v)) {
        bad(C, v, "schema attribute '%s' must be a number", key);
        return false;
    }
    *out = lc_node_number(v);
    return true;
}

static bool compile_field(compiler *C, lc_field *f, const char *name, const lc_node *def);

/* Every attribute a definition may have: a typo ("requird: true") must not
 * silently loosen the format. */
static const char *const known_attributes[] = {
    "type", "required",  "min",       "max",    "values",     "fields",  "item",
    "key",  "min_items", "max_items", "unique", "const",      "meaning", "unit",
    "wdi",  "cite",      "example",   "shape",  "in_history", "default", "check",
};

/* Named checks a str field can ask for (`check: iso3`); validate.c
 * implements them. */
static const char *const known_checks[] = {"iso3"};

static void check_attributes(compiler *C, const lc_node *def, const char *name) {
    for (size_t i = 0; i < def->n; i++) {
        const lc_node *k = def->pairs[i].key;
        bool known = false;
        for (size_t j = 0; j < sizeof(known_attributes) / sizeof(known_attributes[0]); j++)
            if (k->text && !strcmp(k->text, known_attributes[j])) known = true;
        if (!known) {
            char what[256];
            snprintf(what, sizeof what, "%s' in the definition of '%s", k->text ? k->text : "?",
                     name ? name : "item");
            bad(C, k, "unknown schema attribute '%s'", what);
        }
    }
}

static bool bool_attr(compiler *C, const lc_node *def, const char *key, bool fallback) {
    const lc_node *v = lc_node_get(def, key);
    if (!v) return fallback;
    if (v->kind != LC_NODE_BOOL) {
        bad(C, v, "schema attribute '%s' must be true or false", key);
        return fallback;
    }
    return v->v.b;
}

/* A default must itself be a valid value of the field. */
static void check_default(compiler *C, lc_field *f, const lc_node *v) {
    bool ok = false;
    switch (f->type) {
    case LC_T_NUM:
    case LC_T_PCT: ok = lc_node_is_number(v); break;
    case LC_T_INT: ok = v->kind == LC_NODE_INT; break;
    case LC_T_BOOL: ok = v->kind == LC_NODE_BOOL; break;
    case LC_T_STR: ok = v->kind == LC_NODE_STR; break;
    case LC_T_ENUM:
        for (size_t i = 0; v->kind == LC_NODE_STR && i < f->n_values; i++)
            if (!strcmp(v->text, f->values[i])) ok = true;
        break;
    default: break;
    }
    if (!ok)
        bad(C, v, "default of '%s' is not a valid value of the field", f->name ? f->name : "item");
    f->default_value = v;
}

static bool compile_fields(compiler *C, lc_field *f, const lc_node *fields) {
    if (!fields || fields->kind != LC_NODE_MAP) {
        bad(C, fields, "'fields' of map '%s' must be a mapping", f->name ? f->name : "(root)");
        return false;
    }
    f->n_fields = fields->n;
    f->fields = lc_arena_alloc(&C->s->arena, (fields->n ? fields->n : 1) * sizeof(lc_field));
    if (!f->fields) return false;
    for (size_t i = 0; i < fields->n; i++)
        if (!compile_field(C, &f->fields[i], fields->pairs[i].key->text, fields->pairs[i].value))
            return false;
    return true;
}

static bool compile_field(compiler *C, lc_field *f, const char *name, const lc_node *def) {
    if (++C->depth > 32) {
        bad(C, def, "schema nests too deeply at '%s'", name ? name : "item");
        return false;
    }
    f->name = name;
    f->at = def;
    if (!def || def->kind != LC_NODE_MAP) {
        bad(C, def, "definition of '%s' must be a mapping", name ? name : "item");
        C->depth--;
        return false;
    }
    /* a shape supplies the definition; the field may add documentation */
    const char *shape = str_attr(C, def, "shape");
    const lc_node *body = def;
    f->shape = shape;
    if (shape) {
        body = lc_node_get(C->shapes, shape);
        if (!body) {
            bad(C, def, "unknown shape '%s'", shape);
            C->depth--;
            return false;
        }
    }
    check_attributes(C, def, name);
    if (body != def) check_attributes(C, body, shape);
    const char *type = str_attr(C, body, "type");
    bool known = false;
    for (size_t i = 0; type && i < sizeof(type_names) / sizeof(type_names[0]); i++) {
        if (!strcmp(type, type_names[i].name)) {
            f->type = type_names[i].type;
            known = true;
        }
    }
    if (!known) {
        bad(C, body, "unknown or missing type for '%s'", name ? name : "item");
        C->depth--;
        return false;
    }
    f->required = bool_attr(C, def, "required", false);
    f->not_in_history = !bool_attr(C, def, "in_history", true);
    const lc_node *docs[2] = {body, def};
    for (int i = 0; i < 2; i++) {
        const lc_node *d = docs[i];
        const char *v;
        if ((v = str_attr(C, d, "meaning"))) f->meaning = v;
        if ((v = str_attr(C, d, "unit"))) f->unit = v;
        if ((v = str_attr(C, d, "wdi"))) f->wdi = v;
        if ((v = str_attr(C, d, "cite"))) f->cite = v;
        if ((v = str_attr(C, d, "example"))) f->example = v;
        if (num_attr(C, d, "min", &f->min)) f->has_min = true;
        if (num_attr(C, d, "max", &f->max)) f->has_max = true;
    }
    if (f->type == LC_T_PCT) {
        /* percent defaults to 0..100; `min: null` / `max: null` lift a bound */
        const lc_node *mn = lc_node_get(def, "min"), *mx = lc_node_get(def, "max");
        if (!mn && !f->has_min) f->has_min = true, f->min = 0;
        if (!mx && !f->has_max) f->has_max = true, f->max = 100;
    }
    if (f->has_min && f->has_max && f->min > f->max) bad(C, def, "min above max for '%s'", name);
    f->check = str_attr(C, body, "check");
    bool check_known = !f->check;
    for (size_t i = 0; f->check && i < sizeof(known_checks) / sizeof(known_checks[0]); i++)
        if (!strcmp(f->check, known_checks[i])) check_known = true;
    if (!check_known) bad(C, body, "unknown check '%s'", f->check);
    f->constant = str_attr(C, body, "const");
    f->unique = str_attr(C, body, "unique");
    f->key_type = str_attr(C, body, "key");
    if (f->key_type && strcmp(f->key_type, "year") != 0 && strcmp(f->key_type, "str") != 0)
        bad(C, body, "key of '%s' must be year or str", name ? name : "item");
    double n;
    if (num_attr(C, body, "min_items", &n)) f->min_items = (size_t)n;
    if (num_attr(C, body, "max_items", &n)) f->max_items = (size_t)n;
    const lc_node *values = lc_node_get(body, "values");
    if (f->type == LC_T_ENUM) {
        if (!values || values->kind != LC_NODE_SEQ || values->n == 0) {
            bad(C, body, "enum '%s' needs a non-empty 'values' list", name ? name : "item");
        } else {
            f->n_values = values->n;
            f->values = lc_arena_alloc(&C->s->arena, values->n * sizeof(char *));
            if (!f->values) return false;
            for (size_t i = 0; i < values->n; i++) {
                if (values->items[i]->kind != LC_NODE_STR)
                    bad(C, values->items[i], "enum values of '%s' must be text",
                        name ? name : "item");
                f->values[i] = values->items[i]->text ? values->items[i]->text : "";
                for (size_t j = 0; j < i; j++)
                    if (!strcmp(f->values[i], f->values[j]))
                        bad(C, values->items[i], "enum value '%s' is listed twice", f->values[i]);
            }
        }
    }
    const lc_node *dflt = lc_node_get(def, "default");
    if (dflt && dflt->kind != LC_NODE_NULL) check_default(C, f, dflt);
    if (f->type == LC_T_MAP && !compile_fields(C, f, lc_node_get(body, "fields"))) {
        C->depth--;
        return false;
    }
    if (f->type == LC_T_LIST || f->type == LC_T_MAP_OF) {
        const lc_node *item = lc_node_get(body, "item");
        f->item = lc_arena_alloc(&C->s->arena, sizeof(lc_field));
        if (!f->item || !compile_field(C, f->item, NULL, item)) {
            C->depth--;
            return false;
        }
    }
    if (f->unique) {
        bool found = false;
        for (size_t i = 0;
             f->type == LC_T_LIST && f->item->type == LC_T_MAP && i < f->item->n_fields; i++)
            if (!strcmp(f->item->fields[i].name, f->unique)) found = true;
        if (!found) bad(C, body, "unique: '%s' is not a field of the list's items", f->unique);
    }
    C->depth--;
    return !C->failed;
}

lc_schema *lc_schema_load(const char *name, const char *text, size_t len, lc_diags *diags) {
    lc_schema *s = calloc(1, sizeof(*s));
    if (!s) return NULL;
    lc_arena_init(&s->arena);
    lc_load_limits lim = lc_load_limits_default();
    lim.max_bytes = 0; /* the schema is ours, not user input */
    s->doc = lc_yaml_load(name, text, len, &lim, diags);
    if (!s->doc) {
        lc_schema_free(s);
        return NULL;
    }
    compiler C = {.s = s, .diags = diags};
    const lc_node *root = s->doc->root;
    const lc_node *fmt = lc_node_get(root, "format");
    if (!fmt || !fmt->text || strcmp(fmt->text, "latecomer.schema/1") != 0) {
        bad(&C, root, "%s", "schema must start with format: latecomer.schema/1");
        lc_schema_free(s);
        return NULL;
    }
    for (size_t i = 0; root->kind == LC_NODE_MAP && i < root->n; i++) {
        const char *k = root->pairs[i].key->text;
        if (!k || (strcmp(k, "format") && strcmp(k, "version") && strcmp(k, "shapes") &&
                   strcmp(k, "fields")))
            bad(&C, root->pairs[i].key,
                "unknown schema section '%s' (expected format, version, "
                "shapes or fields)",
                k ? k : "?");
    }
    s->version = str_attr(&C, root, "version");
    C.shapes = lc_node_get(root, "shapes");
    s->root.type = LC_T_MAP;
    s->root.at = root;
    if (!compile_fields(&C, &s->root, lc_node_get(root, "fields")) || C.failed) {
        lc_schema_free(s);
        return NULL;
    }
    return s;
}

lc_schema *lc_schema_builtin(lc_diags *diags) {
    return lc_schema_load("profiles/schema.yaml", lc_schema_text, lc_schema_text_len, diags);
}

void lc_schema_free(lc_schema *s) {
    if (!s) return;
    lc_doc_free(s->doc);
    lc_arena_free(&s->arena);
    free(s);
}

static const lc_field *child(const lc_schema *s, const lc_field *f, const char *seg) {
    bool numeric = seg[0] >= '0' && seg[0] <= '9';
    /* list items are stepped through: "sectors.pavitt" == "sectors.1.pavitt" */
    while (f->type == LC_T_LIST) {
        if (numeric) return f->item;
        f = f->item;
    }
    if (f->type == LC_T_MAP_OF) return f->item;
    if (f->type == LC_T_PARTIAL) f = &s->root;
    if (f->type != LC_T_MAP) return NULL;
    for (size_t i = 0; i < f->n_fields; i++)
        if (!strcmp(f->fields[i].name, seg)) return &f->fields[i];
    return NULL;
}

const lc_field *lc_schema_lookup(const lc_schema *s, const char *path) {
    const lc_field *f = &s->root;
    char seg[128];
    while (f && *path) {
        size_t len = strcspn(path, ".");
        if (len >= sizeof(seg)) return NULL;
        memcpy(seg, path, len);
        seg[len] = '\0';
        path += len + (path[len] == '.');
        f = child(s, f, seg);
    }
    return f;
}

const lc_field *lc_schema_fields_of(const lc_schema *s, const lc_field *f) {
    while (f && f->type == LC_T_LIST)
        f = f->item;
    if (f && f->type == LC_T_PARTIAL) return &s->root;
    return f && f->type == LC_T_MAP ? f : NULL;
}

static void walk(const lc_schema *s, const lc_field *map, char *path, size_t cap, unsigned depth,
                 lc_schema_visitor visit, void *ctx) {
    size_t base = strlen(path);
    for (size_t i = 0; i < map->n_fields; i++) {
        const lc_field *f = &map->fields[i];
        snprintf(path + base, cap - base, "%s%s", base ? "." : "", f->name);
        if (visit(f, path, depth, ctx)) {
            const lc_field *inner = f;
            while (inner->type == LC_T_LIST)
                inner = inner->item;
            if (inner->type == LC_T_MAP) walk(s, inner, path, cap, depth + 1, visit, ctx);
        }
        path[base] = '\0';
    }
}

void lc_schema_walk(const lc_schema *s, lc_schema_visitor visit, void *ctx) {
    char path[512] = "";
    walk(s, &s->root, path, sizeof path, 0, visit, ctx);
}

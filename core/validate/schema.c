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
    if (shape) {
        body = lc_node_get(C->shapes, shape);
        if (!body) {
            bad(C, def, "unknown shape '%s'", shape);
            C->depth--;
            return false;
        }
    }
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
    const lc_node *req = lc_node_get(def, "required");
    f->required = req && req->kind == LC_NODE_BOOL && req->v.b;
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
    f->constant = str_attr(C, body, "const");
    f->unique = str_attr(C, body, "unique");
    f->key_type = str_attr(C, body, "key");
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
            for (size_t i = 0; i < values->n; i++)
                f->values[i] = values->items[i]->text;
        }
    }
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

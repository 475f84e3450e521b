/* schema.h: the profile schema (profiles/schema.yaml), compiled.
 *
 * The schema is data: the validator, `latecomer schema`, the docs and
 * `import wdi` all read this one structure. Its own format is described at
 * the top of profiles/schema.yaml. */
#ifndef LC_SCHEMA_H
#define LC_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "../load/node.h"
#include "../util/diag.h"

typedef enum {
    LC_T_NUM,     /* any finite number */
    LC_T_PCT,     /* percent, 0..100 unless min/max say otherwise */
    LC_T_INT,     /* integer */
    LC_T_BOOL,    /* true/false only */
    LC_T_STR,     /* text */
    LC_T_DATE,    /* YYYY-MM-DD, a real calendar date */
    LC_T_ENUM,    /* one of values */
    LC_T_LIST,    /* sequence of items */
    LC_T_MAP,     /* fixed fields */
    LC_T_MAP_OF,  /* free keys (key_type) mapping to values */
    LC_T_PARTIAL, /* the root's fields again, none required (history entries) */
} lc_type;

typedef struct lc_field lc_field;

struct lc_field {
    const char *name; /* key in the parent map; NULL for list items */
    lc_type type;
    bool required;
    bool has_min, has_max;
    double min, max;
    const char **values; /* enum */
    size_t n_values;
    const char *meaning, *unit, *wdi, *cite, *example;
    lc_field *fields; /* map */
    size_t n_fields;
    lc_field *item;               /* list items, map_of values */
    const char *key_type;         /* map_of: "year" or "str" */
    size_t min_items, max_items;  /* list; max 0 = unbounded */
    const char *unique;           /* list of maps: this field's values are unique */
    const char *constant;         /* str that must equal this (format) */
    const char *check;            /* a named check of the value ("iso3") */
    const char *shape;            /* the shape it takes its definition from, if any */
    const lc_node *default_value; /* scalar filled in when the field is absent */
    bool not_in_history;          /* in_history: false (identity, format, advisor choices) */
    const lc_node *at;            /* where it is declared in the schema file */
};

typedef struct lc_schema {
    lc_doc *doc; /* the schema file's tree; strings point into it */
    lc_arena arena;
    const char *version;
    lc_field root;
} lc_schema;

/* Compiles a schema document; NULL with diagnostics on error. */
lc_schema *lc_schema_load(const char *name, const char *text, size_t len, lc_diags *diags);
/* The schema compiled into the binary from profiles/schema.yaml. */
lc_schema *lc_schema_builtin(lc_diags *diags);
void lc_schema_free(lc_schema *s);

/* The field at a dotted path ("finance.npl_pct"; list items and map_of
 * values are stepped through transparently: "sectors.pavitt",
 * "history.1980.macro.inflation_pct"). NULL if the schema has none. */
const lc_field *lc_schema_lookup(const lc_schema *s, const char *path);
const char *lc_type_name(lc_type t);

/* Called for every named field, in schema order, depth first, with its
 * dotted path as lc_schema_lookup takes it (list items stepped through:
 * "sectors.world_export_share.share_pct"). history entries repeat the
 * root and are not entered. Return false to skip the field's children. */
typedef bool (*lc_schema_visitor)(const lc_field *f, const char *path, unsigned depth, void *ctx);
void lc_schema_walk(const lc_schema *s, lc_schema_visitor visit, void *ctx);

/* The map whose fields a value of F holds, stepping through lists (their
 * items) and partials (the root); NULL when F holds no fields. */
const lc_field *lc_schema_fields_of(const lc_schema *s, const lc_field *f);

#endif

/* schema_doc.c: render the compiled schema for people and programs. */
#include "schema_doc.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../render/render.h"
#include "../util/buf.h"

/* --- Markdown ------------------------------------------------------------ */

static void md_text(lc_buf *b, const char *s) {
    for (; s && *s; s++) {
        if (*s == '|') lc_buf_putc(b, '\\');
        lc_buf_putc(b, *s == '\n' ? ' ' : *s);
    }
}

static void md_num(lc_buf *b, double v) {
    lc_buf_printf(b, "%g", v);
}

static void md_type(lc_buf *b, const lc_field *f) {
    switch (f->type) {
    case LC_T_LIST:
        if (f->item->shape)
            lc_buf_printf(b, "list of `%s`", f->item->shape);
        else if (f->item->type == LC_T_MAP)
            lc_buf_puts(b, "list of maps");
        else
            lc_buf_printf(b, "list of %s", lc_type_name(f->item->type));
        break;
    case LC_T_MAP_OF:
        lc_buf_printf(b, "map from %s to %s", f->key_type ? f->key_type : "str",
                      f->item->type == LC_T_PARTIAL ? "partial profile"
                                                    : lc_type_name(f->item->type));
        break;
    default:
        lc_buf_puts(b, lc_type_name(f->type));
        if (f->shape) lc_buf_printf(b, " `%s`", f->shape);
        break;
    }
}

/* What a value may be: range, enum values, list size, default... */
static void md_allowed(lc_buf *b, const lc_field *f) {
    const lc_field *v = f->type == LC_T_LIST ? f->item : f;
    size_t start = b->len;
#define SEP() (b->len > start ? lc_buf_puts(b, "; ") : true)
    if (v->has_min && v->has_max) {
        md_num(b, v->min);
        lc_buf_puts(b, " to ");
        md_num(b, v->max);
    } else if (v->has_min) {
        lc_buf_puts(b, "≥ ");
        md_num(b, v->min);
    } else if (v->has_max) {
        lc_buf_puts(b, "≤ ");
        md_num(b, v->max);
    } else if (v->type == LC_T_NUM || v->type == LC_T_PCT) {
        lc_buf_puts(b, "any, may be negative");
    }
    if (v->type == LC_T_PCT && v->has_min && !v->has_max) lc_buf_puts(b, ", may exceed 100");
    for (size_t i = 0; i < v->n_values; i++)
        lc_buf_printf(b, "%s`%s`", i ? ", " : "", v->values[i]);
    if (v->type == LC_T_DATE) lc_buf_puts(b, "YYYY-MM-DD");
    if (f->constant) lc_buf_printf(b, "`%s`", f->constant);
    if (f->check && !strcmp(f->check, "iso3"))
        SEP(), lc_buf_puts(b, "ISO 3166-1 alpha-3 or user-assigned");
    if (f->type == LC_T_LIST && (f->min_items || f->max_items)) {
        SEP();
        if (f->min_items == f->max_items)
            lc_buf_printf(b, "exactly %zu items", f->min_items);
        else if (f->max_items)
            lc_buf_printf(b, "%zu to %zu items", f->min_items, f->max_items);
        else
            lc_buf_printf(b, "at least %zu items", f->min_items);
    }
    if (f->unique) SEP(), lc_buf_printf(b, "`%s` unique", f->unique);
    if (f->default_value) SEP(), lc_buf_printf(b, "default `%s`", f->default_value->text);
    if (f->not_in_history) SEP(), lc_buf_puts(b, "not in history entries");
#undef SEP
}

static void md_meaning(lc_buf *b, const lc_field *f) {
    md_text(b, f->meaning);
    if (f->unit && !(f->meaning && strstr(f->meaning, f->unit))) {
        lc_buf_puts(b, f->meaning ? " (" : "(");
        md_text(b, f->unit);
        lc_buf_puts(b, ")");
    }
}

static void md_source(lc_buf *b, const lc_field *f) {
    if (f->wdi) lc_buf_printf(b, "WDI `%s`", f->wdi);
    if (f->wdi && f->cite) lc_buf_puts(b, "; ");
    md_text(b, f->cite);
}

static void md_row(lc_buf *b, const lc_field *f, const char *name) {
    lc_buf_printf(b, "| `%s`%s | ", name, f->required ? " **required**" : "");
    md_type(b, f);
    lc_buf_puts(b, " | ");
    md_allowed(b, f);
    lc_buf_puts(b, " | ");
    md_meaning(b, f);
    lc_buf_puts(b, " | ");
    md_source(b, f);
    lc_buf_puts(b, " |\n");
}

/* Shapes a section uses, described once after its table. */
typedef struct shape_set {
    const lc_field *items[16];
    size_t n;
} shape_set;

static void note_shape(shape_set *shapes, const lc_field *f) {
    for (size_t i = 0; i < shapes->n; i++)
        if (!strcmp(shapes->items[i]->shape, f->shape)) return;
    if (shapes->n < sizeof(shapes->items) / sizeof(shapes->items[0]))
        shapes->items[shapes->n++] = f;
}

/* Rows for the fields of MAP, names relative to the section: nested maps
 * as a.b, list items as a[].b; a field with a shape is one row, its shape
 * is described after the table. */
static void md_rows(lc_buf *b, const lc_field *map, const char *prefix, unsigned depth,
                    shape_set *shapes) {
    if (depth > 8) return;
    for (size_t i = 0; i < map->n_fields; i++) {
        const lc_field *f = &map->fields[i];
        char name[256];
        snprintf(name, sizeof name, "%s%s", prefix, f->name);
        md_row(b, f, name);
        const lc_field *inner = f->type == LC_T_LIST ? f->item : f;
        if (inner->shape && inner->type == LC_T_MAP) {
            note_shape(shapes, inner);
        } else if (inner->type == LC_T_MAP) {
            char sub[300];
            snprintf(sub, sizeof sub, "%s%s.", name, f->type == LC_T_LIST ? "[]" : "");
            md_rows(b, inner, sub, depth + 1, shapes);
        }
    }
}

static const char table_head[] = "| field | type | allowed | meaning | source |\n"
                                 "|---|---|---|---|---|\n";

static bool collect_not_in_history(const lc_field *f, const char *path, unsigned depth, void *ctx) {
    (void)depth;
    lc_buf *b = ctx;
    if (f->not_in_history) lc_buf_printf(b, "%s`%s`", b->len ? ", " : "", path);
    return true;
}

static void md_section(lc_buf *b, const lc_schema *s, const lc_field *f) {
    lc_buf_printf(b, "\n## %s", f->name);
    if (f->type == LC_T_LIST) lc_buf_puts(b, " (list)");
    if (f->type == LC_T_MAP_OF) lc_buf_puts(b, " (map)");
    if (f->required) lc_buf_puts(b, " (required)");
    lc_buf_puts(b, "\n\n");
    if (f->meaning) {
        char first = f->meaning[0];
        lc_buf_putc(b, (char)(first >= 'a' && first <= 'z' ? first - 'a' + 'A' : first));
        md_text(b, f->meaning + 1);
        lc_buf_puts(b, ".\n\n");
    }
    const lc_field *inner = f->type == LC_T_LIST ? f->item : f;
    if (inner->type == LC_T_MAP) {
        shape_set shapes = {.n = 0};
        if (f->type == LC_T_LIST) lc_buf_puts(b, "Each item is a map:\n\n");
        lc_buf_puts(b, table_head);
        md_rows(b, inner, "", 0, &shapes);
        for (size_t i = 0; i < shapes.n; i++) {
            const lc_field *shape = shapes.items[i];
            lc_buf_printf(b, "\nEach `%s` is a map:\n\n", shape->shape);
            lc_buf_puts(b, table_head);
            md_rows(b, shape, "", 0, &shapes);
        }
    } else if (f->type == LC_T_MAP_OF && f->item->type == LC_T_PARTIAL) {
        lc_buf not_allowed;
        lc_buf_init(&not_allowed);
        lc_schema_walk(s, collect_not_in_history, &not_allowed);
        lc_buf_printf(b,
                      "Keys are years (integers 1900 to 2100, each once). Each value is a "
                      "partial profile: any of the fields above in the same shape, none of "
                      "them required, validated by the same schema. Not allowed inside an "
                      "entry: %s. An item of a list inside an entry is complete (its required "
                      "fields are required). No defaults are filled in.\n",
                      not_allowed.data ? not_allowed.data : "");
        lc_buf_free(&not_allowed);
    } else {
        lc_buf_puts(b, table_head);
        md_row(b, f, f->name);
    }
}

char *lc_schema_markdown(const lc_schema *s) {
    lc_buf b;
    lc_buf_init(&b);
    lc_buf_printf(&b,
                  "# Profile format reference\n\n"
                  "<!-- Generated by `latecomer schema --format markdown` from "
                  "profiles/schema.yaml (schema version %s). Do not edit: change the schema, "
                  "then run `latecomer schema --format markdown > docs/profile-format.md`. -->\n\n",
                  s->version ? s->version : "?");
    lc_buf_puts(
        &b, "A profile is one YAML document (UTF-8) describing one country at one reference year. "
            "`latecomer check PROFILE` validates it against this schema and reports every problem "
            "at once as `PATH:LINE:COLUMN: error: WHAT (expected WHAT)`.\n\n"
            "- Every field is optional unless marked **required**. Absent or `null` means "
            "unknown: rules report it as a data gap, never read it as 0 or false.\n"
            "- Any number may carry its provenance: `{value: 31.2, year: 2023, source: \"WDI\", "
            "code: \"NE.EXP.GNFS.ZS\", note: \"...\"}`; rules see the value.\n"
            "- Percentages are written as percent (31.2 means 31.2%), never as fractions.\n"
            "- Booleans are `true` and `false` only; `yes`, `no`, `on`, `off` (and `True`, "
            "`FALSE`...) are rejected with the fix.\n"
            "- Numbers are written plainly: no `%`, no digit separators, no leading zeros.\n"
            "- Unknown fields are warnings with a suggestion; everything else here is an error.\n"
            "- Limits on the file (size, nesting, aliases, string length) are in "
            "[limits.md](limits.md).\n\n"
            "Types: `num` a number; `pct` a percent (0 to 100 unless stated); `int` an integer; "
            "`bool` true or false; `str` text; `date` YYYY-MM-DD, a real calendar date from "
            "1900 to 2100; `enum` one of the listed values; `list`, `map` as named. Source: the "
            "World Bank WDI indicator code where one exists, else where the number comes from.\n\n"
            "## Top level\n\n");
    lc_buf_puts(&b, table_head);
    for (size_t i = 0; i < s->root.n_fields; i++)
        md_row(&b, &s->root.fields[i], s->root.fields[i].name);
    for (size_t i = 0; i < s->root.n_fields; i++) {
        const lc_field *f = &s->root.fields[i];
        if (f->type == LC_T_MAP || f->type == LC_T_LIST || f->type == LC_T_MAP_OF)
            md_section(&b, s, f);
    }
    if (b.oom) {
        lc_buf_free(&b);
        return NULL;
    }
    return lc_buf_steal(&b);
}

/* --- JSON ------------------------------------------------------------------ */

static cJSON *json_field(const lc_field *f, const char *path, unsigned depth);

static void add_str(cJSON *o, const char *key, const char *v) {
    if (v) cJSON_AddStringToObject(o, key, v);
}

static cJSON *json_default(const lc_node *d) {
    switch (d->kind) {
    case LC_NODE_BOOL: return cJSON_CreateBool(d->v.b);
    case LC_NODE_INT: return cJSON_CreateNumber((double)d->v.i);
    case LC_NODE_FLOAT: return cJSON_CreateNumber(d->v.f);
    default: return cJSON_CreateString(d->text ? d->text : "");
    }
}

static cJSON *json_fields(const lc_field *map, const char *path, unsigned depth) {
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < map->n_fields; i++) {
        char sub[512];
        snprintf(sub, sizeof sub, "%s%s%s", path, *path ? "." : "", map->fields[i].name);
        cJSON_AddItemToArray(a, json_field(&map->fields[i], sub, depth + 1));
    }
    return a;
}

static cJSON *json_field(const lc_field *f, const char *path, unsigned depth) {
    cJSON *o = cJSON_CreateObject();
    if (!o || depth > 16) return o;
    add_str(o, "name", f->name);
    if (f->name) add_str(o, "path", path);
    add_str(o, "type", lc_type_name(f->type));
    if (f->required) cJSON_AddTrueToObject(o, "required");
    if (f->has_min) cJSON_AddNumberToObject(o, "min", f->min);
    if (f->has_max) cJSON_AddNumberToObject(o, "max", f->max);
    if (f->n_values) {
        cJSON *v = cJSON_AddArrayToObject(o, "values");
        for (size_t i = 0; v && i < f->n_values; i++)
            cJSON_AddItemToArray(v, cJSON_CreateString(f->values[i]));
    }
    add_str(o, "const", f->constant);
    add_str(o, "check", f->check);
    if (f->default_value) cJSON_AddItemToObject(o, "default", json_default(f->default_value));
    if (f->not_in_history) cJSON_AddFalseToObject(o, "in_history");
    add_str(o, "unit", f->unit);
    add_str(o, "meaning", f->meaning);
    add_str(o, "wdi", f->wdi);
    add_str(o, "cite", f->cite);
    add_str(o, "example", f->example);
    if (f->type == LC_T_LIST) {
        if (f->min_items) cJSON_AddNumberToObject(o, "min_items", (double)f->min_items);
        if (f->max_items) cJSON_AddNumberToObject(o, "max_items", (double)f->max_items);
        add_str(o, "unique", f->unique);
    }
    add_str(o, "key", f->key_type);
    if (f->item) cJSON_AddItemToObject(o, "item", json_field(f->item, path, depth + 1));
    if (f->type == LC_T_MAP) cJSON_AddItemToObject(o, "fields", json_fields(f, path, depth));
    return o;
}

char *lc_schema_json(const lc_schema *s, bool pretty) {
    cJSON *root = cJSON_CreateObject();
    if (!root) return NULL;
    cJSON_AddStringToObject(root, "format", "latecomer.schema/1");
    add_str(root, "version", s->version);
    const lc_field *format = lc_schema_lookup(s, "format");
    if (format && format->constant)
        cJSON_AddStringToObject(root, "profile_format", format->constant);
    cJSON_AddItemToObject(root, "fields", json_fields(&s->root, "", 0));
    char *out = lc_json_print(root, pretty); /* the project's JSON style */
    cJSON_Delete(root);
    return out;
}

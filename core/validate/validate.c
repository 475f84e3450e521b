/* validate.c: schema checks with one diagnostic per problem, all at once. */
#include "validate.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/buf.h"
#include "iso3.h"
#include "validator.h"

void lc_v_report(validator *V, lc_diag_level level, const lc_node *at, const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (V->path[0])
        lc_diags_add(V->diags, level, V->doc->name, (int)at->line, (int)at->col, "%s: %s", V->path,
                     msg);
    else
        lc_diags_add(V->diags, level, V->doc->name, (int)at->line, (int)at->col, "%s", msg);
    if (level == LC_DIAG_ERROR) V->errors++;
}

/* What snprintf(at, cap, "%s%s", sep, seg) writes, without parsing a
 * format for each of the thousands of values a profile holds. */
static void put_segment(char *at, size_t cap, const char *sep, const char *seg) {
    if (!cap) return;
    size_t ls = strlen(sep), lg = strlen(seg);
    if (ls > cap - 1) ls = cap - 1;
    memcpy(at, sep, ls);
    if (lg > cap - 1 - ls) lg = cap - 1 - ls;
    memcpy(at + ls, seg, lg);
    at[ls + lg] = '\0';
}

size_t lc_v_push_path(validator *V, const char *seg) {
    size_t old = strlen(V->path);
    put_segment(V->path + old, sizeof(V->path) - old, old ? "." : "", seg);
    return old;
}

void lc_v_pop_path(validator *V, size_t old) {
    V->path[old] = '\0';
}

void lc_v_set_path(validator *V, const char *path) {
    put_segment(V->path, sizeof V->path, "", path);
}

bool lc_v_number(const lc_node *n, double *out) {
    if (!lc_node_is_number(n)) return false;
    *out = lc_node_number(n);
    return true;
}

/* How a value is described in "X is a Y" messages. */
static void describe(const lc_node *n, char *out, size_t cap) {
    switch (n->kind) {
    case LC_NODE_SEQ: snprintf(out, cap, "a list"); break;
    case LC_NODE_MAP: snprintf(out, cap, "a mapping"); break;
    case LC_NODE_NULL: snprintf(out, cap, "null"); break;
    default: snprintf(out, cap, "'%.60s' (%s)", n->text, lc_node_kind_name(n->kind)); break;
    }
}

static const char *expected_type(const lc_field *f) {
    switch (f->type) {
    case LC_T_NUM: return "a number";
    case LC_T_PCT: return "a percentage written as a number, e.g. 31.2 for 31.2%";
    case LC_T_INT: return "an integer";
    case LC_T_BOOL: return "true or false";
    case LC_T_STR: return "text";
    case LC_T_DATE: return "a date YYYY-MM-DD";
    case LC_T_ENUM: return "one of the listed values";
    case LC_T_LIST: return "a list";
    case LC_T_MAP:
    case LC_T_MAP_OF:
    case LC_T_PARTIAL: return "a mapping";
    }
    return "?";
}

/* expected_type, with an enum's values spelled out (in BUF). */
static const char *expected_value(const lc_field *f, lc_buf *buf) {
    if (f->type != LC_T_ENUM) return expected_type(f);
    lc_buf_reset(buf);
    lc_buf_puts(buf, "one of: ");
    for (size_t i = 0; i < f->n_values; i++)
        lc_buf_printf(buf, "%s%s", i ? ", " : "", f->values[i]);
    return buf->data ? buf->data : expected_type(f);
}

static bool is_yaml11_bool(const char *s) {
    static const char *words[] = {"yes", "no", "on", "off", "y", "n"};
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (!strcasecmp(s, words[i])) return true;
    return false;
}

/* NNNN-NN-NN, whatever the numbers. */
static bool date_shaped(const char *s) {
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

static bool valid_date(const char *s) {
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    int max = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
    return d <= max;
}

/* 1,234,567 or 1_000: digits with separators, which YAML 1.2 reads as text
 * (and YAML 1.1 reads 1_000 as a number). */
static bool looks_grouped(const char *s) {
    bool digit = false, sep = false;
    if (*s == '-' || *s == '+') s++;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9')
            digit = true;
        else if (*s == ',' || *s == '_')
            sep = true;
        else if (*s != '.')
            return false;
    }
    return digit && sep;
}

static const char *ungrouped(const char *s, char *out, size_t cap) {
    size_t j = 0;
    for (; *s && j + 1 < cap; s++)
        if (*s != ',' && *s != '_') out[j++] = *s;
    out[j] = '\0';
    return out;
}

/* .inf, .nan, or digits too large for a double or a 64-bit integer: the
 * loader leaves these as text. */
static bool unrepresentable(const char *s) {
    const char *p = (*s == '+' || *s == '-') ? s + 1 : s;
    if (!strcasecmp(p, ".inf") || !strcasecmp(s, ".nan")) return true;
    if (!(*p >= '0' && *p <= '9') && *p != '.') return false;
    char *end;
    double v = strtod(s, &end);
    return *end == '\0' && (!isfinite(v) || strspn(p, "0123456789") == strlen(p));
}

/* "28.4" in quotes: a number the quotes turned into text. */
static bool quoted_number(const char *s, lc_type type) {
    if (!*s) return false;
    char *end;
    if (type == LC_T_INT) {
        (void)strtoll(s, &end, 10);
        return *end == '\0';
    }
    double v = strtod(s, &end);
    return *end == '\0' && isfinite(v) && !strpbrk(s, "xXnN");
}

/* A plain integer such as 010: decimal 10 in YAML 1.2, octal 8 in YAML 1.1. */
static bool leading_zero(const lc_node *n) {
    if (n->kind != LC_NODE_INT || n->quoted || !n->text) return false;
    const char *s = n->text;
    if (*s == '-' || *s == '+') s++;
    return s[0] == '0' && s[1] >= '0' && s[1] <= '9';
}

static void fmt_num(double v, char *out, size_t cap) {
    snprintf(out, cap, "%g", v);
}

static void check_range(validator *V, const lc_field *f, const lc_node *n) {
    double v = lc_node_number(n);
    if ((f->has_min && v < f->min) || (f->has_max && v > f->max)) {
        char lo[32], hi[32];
        fmt_num(f->min, lo, sizeof lo);
        fmt_num(f->max, hi, sizeof hi);
        if (f->has_min && f->has_max)
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is out of range (expected %s to %s%s)", n->text,
                        lo, hi, f->type == LC_T_PCT ? ", in percent" : "");
        else if (f->has_min)
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is out of range (expected at least %s)", n->text,
                        lo);
        else
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is out of range (expected at most %s)", n->text,
                        hi);
    }
}

size_t lc_edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return (size_t)-1;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cur = row[j];
            size_t sub = prev + (a[i - 1] != b[j - 1]);
            size_t del = row[j] + 1, ins = row[j - 1] + 1;
            row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            prev = cur;
        }
    }
    return row[lb];
}

/* Finds KEY as a field name anywhere in the schema, for "did you mean
 * macro.x?" when a field is put in the wrong section. */
static bool find_anywhere(const lc_field *f, const char *key, char *path, size_t cap,
                          size_t depth) {
    if (depth > 6) return false;
    if (f->type == LC_T_LIST || f->type == LC_T_MAP_OF)
        return f->item && find_anywhere(f->item, key, path, cap, depth + 1);
    if (f->type != LC_T_MAP) return false;
    size_t base = strlen(path);
    for (size_t i = 0; i < f->n_fields; i++) {
        const lc_field *c = &f->fields[i];
        put_segment(path + base, cap - base, base ? "." : "", c->name);
        if (!strcmp(c->name, key)) return true;
        if (find_anywhere(c, key, path, cap, depth + 1)) return true;
        path[base] = '\0';
    }
    return false;
}

/* An enum value close to TEXT: a case or separator slip ("Lower-Middle"),
 * or a small typo. */
static const char *nearest_value(const lc_field *f, const char *text) {
    char norm[128];
    size_t j = 0;
    for (const char *p = text; *p && j + 1 < sizeof norm; p++)
        norm[j++] = (*p == '-' || *p == ' ') ? '_' : (char)tolower((unsigned char)*p);
    norm[j] = '\0';
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < f->n_values; i++) {
        size_t d = lc_edit_distance(norm, f->values[i]);
        if (d < best_d) best_d = d, best = f->values[i];
    }
    /* a slip in case or separators always; a typo only in a longer word,
     * where one wrong letter still leaves it recognisable */
    return best && best_d <= strlen(norm) / 4 ? best : NULL;
}

static void check_iso3(validator *V, const lc_node *n) {
    const lc_iso3_withdrawn *old;
    switch (lc_iso3_classify(n->text, &old)) {
    case LC_ISO3_ASSIGNED:
    case LC_ISO3_USER_ASSIGNED: return;
    case LC_ISO3_WITHDRAWN:
        lc_v_report(
            V, LC_DIAG_ERROR, n,
            "'%s' was withdrawn from ISO 3166 in %d (%s) (expected a current ISO 3166-1 "
            "alpha-3 code; for a historical scenario use a user-assigned code such as X%c%c)",
            n->text, old->year, old->name, n->text[0], n->text[1]);
        return;
    case LC_ISO3_UNKNOWN:
        lc_v_report(V, LC_DIAG_ERROR, n,
                    "'%s' is not an ISO 3166-1 alpha-3 country code (expected a code such as KOR, "
                    "or a user-assigned one: AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ)",
                    n->text);
        return;
    case LC_ISO3_MALFORMED: break;
    }
    char up[4] = "";
    bool letters = strlen(n->text) == 3;
    for (size_t i = 0; letters && i < 3; i++) {
        letters = isalpha((unsigned char)n->text[i]);
        up[i] = (char)toupper((unsigned char)n->text[i]);
    }
    lc_iso3_status upper = letters ? lc_iso3_classify(up, NULL) : LC_ISO3_MALFORMED;
    if (upper == LC_ISO3_ASSIGNED || upper == LC_ISO3_USER_ASSIGNED) {
        lc_v_report(V, LC_DIAG_ERROR, n,
                    "'%s' is not an ISO 3166-1 alpha-3 code (expected three capital letters: "
                    "write %s)",
                    n->text, up);
    } else {
        lc_v_report(
            V, LC_DIAG_ERROR, n,
            "'%.40s' is not an ISO 3166-1 alpha-3 code (expected three capital letters A-Z, "
            "such as KOR)",
            n->text);
    }
}

static void unknown_key(validator *V, const lc_field *map, const lc_node *key) {
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < map->n_fields; i++) {
        size_t d = lc_edit_distance(key->text, map->fields[i].name);
        if (d < best_d) best_d = d, best = map->fields[i].name;
    }
    size_t len = strlen(key->text);
    size_t allowed = len / 3 > 2 ? len / 3 : 2;
    char where[256] = "";
    if (best && best_d <= allowed)
        lc_v_report(V, LC_DIAG_WARNING, key, "unknown field '%s' (did you mean '%s'?)", key->text,
                    best);
    else if (find_anywhere(&V->schema->root, key->text, where, sizeof where, 0))
        lc_v_report(V, LC_DIAG_WARNING, key, "unknown field '%s' here (did you mean '%s'?)",
                    key->text, where);
    else
        lc_v_report(V, LC_DIAG_WARNING, key, "unknown field '%s' (it is ignored)", key->text);
}

static void check_value(validator *V, const lc_field *f, lc_node **slot, bool partial,
                        const lc_node *key);

/* A map with any of the provenance keys: a number written with where it
 * came from (or meant to be). */
static bool provenance_shaped(const lc_node *n) {
    static const char *const keys[] = {"value", "year", "source", "code", "note"};
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
        if (lc_node_get(n, keys[i])) return true;
    return false;
}

/* {value, year, source, code}: any number may carry where it came from. */
static void unwrap_provenance(validator *V, const lc_field *f, lc_node **slot) {
    lc_node *map = *slot;
    lc_node *value = lc_node_get(map, "value");
    for (size_t i = 0; i < map->n; i++) {
        const lc_node *k = map->pairs[i].key, *v = map->pairs[i].value;
        size_t old = lc_v_push_path(V, k->text);
        if (!strcmp(k->text, "value")) {
        } else if (!strcmp(k->text, "year")) {
            if (v->kind != LC_NODE_INT && v->kind != LC_NODE_NULL) {
                char what[128];
                describe(v, what, sizeof what);
                lc_v_report(
                    V, LC_DIAG_ERROR, v, "%s is not a year (expected an integer such as 2023%s)",
                    what, v->quoted && quoted_number(v->text, LC_T_INT) ? ", without quotes" : "");
            } else if (v->kind == LC_NODE_INT && (v->v.i < 1900 || v->v.i > 2100))
                lc_v_report(V, LC_DIAG_ERROR, v,
                            "%s is out of range (expected a year 1900 to 2100)", v->text);
        } else if (!strcmp(k->text, "source") || !strcmp(k->text, "code") ||
                   !strcmp(k->text, "note")) {
            if (v->kind != LC_NODE_STR && v->kind != LC_NODE_NULL) {
                char what[128];
                describe(v, what, sizeof what);
                lc_v_report(V, LC_DIAG_ERROR, v, "%s is not text (expected text)", what);
            }
        } else {
            lc_v_report(
                V, LC_DIAG_WARNING, k,
                "unknown provenance field '%s' (expected value, year, source, code or note)",
                k->text);
        }
        lc_v_pop_path(V, old);
    }
    if (!value) {
        lc_v_report(V, LC_DIAG_ERROR, map,
                    "provenance form without 'value' (expected {value: N, year: "
                    "YYYY, source: ..., code: ...})");
        return;
    }
    value->prov = map;
    *slot = value;
    check_value(V, f, slot, false, NULL);
}

/* KEY is where the map was introduced ("country:"), which is where a
 * missing field is reported; NULL for list items and the root. */
static void check_map(validator *V, const lc_field *f, lc_node *n, bool partial,
                      const lc_node *key) {
    const lc_node *at = key ? key : n;
    for (size_t i = 0; i < n->n; i++) {
        lc_node *k = n->pairs[i].key;
        const lc_field *cf = NULL;
        for (size_t j = 0; j < f->n_fields; j++)
            if (k->text && !strcmp(f->fields[j].name, k->text)) cf = &f->fields[j];
        if (!cf) {
            unknown_key(V, f, k);
            continue;
        }
        size_t old = lc_v_push_path(V, k->text);
        if (partial && cf->not_in_history)
            lc_v_report(V, LC_DIAG_ERROR, k,
                        "'%s' is not allowed in a history entry (expected earlier observations "
                        "only; give '%s' once, outside history)",
                        k->text, k->text);
        else
            check_value(V, cf, &n->pairs[i].value, partial, k);
        lc_v_pop_path(V, old);
    }
    if (partial) return;
    lc_buf values;
    lc_buf_init(&values);
    for (size_t j = 0; j < f->n_fields; j++) {
        const lc_field *cf = &f->fields[j];
        if (!cf->required) continue;
        const lc_node *v = lc_node_get(n, cf->name);
        if (!v) {
            if (cf->constant)
                lc_v_report(V, LC_DIAG_ERROR, at, "missing required field '%s' (expected %s: %s)",
                            cf->name, cf->name, cf->constant);
            else
                lc_v_report(V, LC_DIAG_ERROR, at, "missing required field '%s' (expected %s)",
                            cf->name, expected_value(cf, &values));
        } else if (v->kind == LC_NODE_NULL) {
            size_t old = lc_v_push_path(V, cf->name);
            lc_v_report(V, LC_DIAG_ERROR, v, "required field is null (expected %s)",
                        expected_value(cf, &values));
            lc_v_pop_path(V, old);
        }
    }
    lc_buf_free(&values);
}

static void check_list(validator *V, const lc_field *f, lc_node *n) {
    if (n->n < f->min_items || (f->max_items && n->n > f->max_items)) {
        if (f->min_items == f->max_items)
            lc_v_report(V, LC_DIAG_ERROR, n, "list has %zu items (expected exactly %zu)", n->n,
                        f->min_items);
        else if (f->max_items)
            lc_v_report(V, LC_DIAG_ERROR, n, "list has %zu items (expected %zu to %zu)", n->n,
                        f->min_items, f->max_items);
        else
            lc_v_report(V, LC_DIAG_ERROR, n, "list has %zu items (expected at least %zu)", n->n,
                        f->min_items);
    }
    for (size_t i = 0; i < n->n; i++) {
        char idx[24];
        snprintf(idx, sizeof idx, "%zu", i + 1);
        size_t old = lc_v_push_path(V, idx);
        /* An item is a whole observation even inside a history entry: a
         * sector without its name could not be matched to anything. */
        check_value(V, f->item, &n->items[i], false, NULL);
        if (f->unique) {
            const lc_node *mine = lc_node_get(n->items[i], f->unique);
            for (size_t j = 0; mine && mine->text && j < i; j++) {
                const lc_node *other = lc_node_get(n->items[j], f->unique);
                if (other && other->text && !strcmp(other->text, mine->text)) {
                    lc_v_report(V, LC_DIAG_ERROR, mine,
                                "%s '%s' is used twice (expected unique values; first at line %u)",
                                f->unique, mine->text, other->line);
                    break;
                }
            }
        }
        lc_v_pop_path(V, old);
    }
}

static void check_map_of(validator *V, const lc_field *f, lc_node *n, bool partial) {
    for (size_t i = 0; i < n->n; i++) {
        lc_node *key = n->pairs[i].key;
        size_t old = lc_v_push_path(V, key->text ? key->text : "?");
        bool year_key = f->key_type && !strcmp(f->key_type, "year");
        if (year_key && (key->kind != LC_NODE_INT || key->v.i < 1900 || key->v.i > 2100)) {
            if (key->kind == LC_NODE_STR && key->quoted && key->text[0] >= '0' &&
                key->text[0] <= '9')
                lc_v_report(V, LC_DIAG_ERROR, key,
                            "'%s' is not a year (expected an integer 1900 to 2100, without quotes)",
                            key->text);
            else if (key->kind == LC_NODE_INT)
                lc_v_report(V, LC_DIAG_ERROR, key,
                            "%s is out of range (expected a year 1900 to 2100)", key->text);
            else
                lc_v_report(V, LC_DIAG_ERROR, key,
                            "'%s' is not a year (expected an integer 1900 to 2100)", key->text);
        } else if (year_key) {
            /* 1980 and 0x7BC are different keys to YAML but the same year */
            for (size_t j = 0; j < i; j++) {
                const lc_node *other = n->pairs[j].key;
                if (other->kind == LC_NODE_INT && other->v.i == key->v.i) {
                    lc_v_report(V, LC_DIAG_ERROR, key,
                                "year %lld is given twice (expected each year once; first at "
                                "line %u)",
                                (long long)key->v.i, other->line);
                    break;
                }
            }
        }
        check_value(V, f->item, &n->pairs[i].value, partial, key);
        lc_v_pop_path(V, old);
    }
}

static void check_value(validator *V, const lc_field *f, lc_node **slot, bool partial,
                        const lc_node *key) {
    lc_node *n = *slot;
    char what[128], fixed[64];
    if (n->kind == LC_NODE_NULL) return; /* unknown; required-ness is the parent's check */
    if (n->kind == LC_NODE_MAP && lc_node_get(n, "value") &&
        (f->type == LC_T_BOOL || f->type == LC_T_STR || f->type == LC_T_DATE ||
         f->type == LC_T_ENUM)) {
        lc_v_report(V, LC_DIAG_ERROR, n,
                    "the provenance form {value, year, source, code} is for numbers only "
                    "(expected %s)",
                    expected_type(f));
        return;
    }
    switch (f->type) {
    case LC_T_NUM:
    case LC_T_PCT:
    case LC_T_INT:
        if (n->kind == LC_NODE_MAP && provenance_shaped(n) && !n->prov) {
            unwrap_provenance(V, f, slot);
            return;
        }
        if (f->type == LC_T_INT ? n->kind != LC_NODE_INT : !lc_node_is_number(n)) {
            describe(n, what, sizeof what);
            if (n->kind == LC_NODE_STR && !n->quoted && strchr(n->text, '%'))
                lc_v_report(V, LC_DIAG_ERROR, n, "%s is not a number (expected %s, without '%%')",
                            what, expected_type(f));
            else if (n->kind == LC_NODE_STR && !n->quoted && unrepresentable(n->text))
                lc_v_report(V, LC_DIAG_ERROR, n, "'%s' is %s (expected %s)", n->text,
                            strchr(n->text, 'n') || strchr(n->text, 'N') ? "not a finite number"
                                                                         : "too large a number",
                            expected_type(f));
            else if (n->kind == LC_NODE_STR && n->quoted && quoted_number(n->text, f->type))
                lc_v_report(V, LC_DIAG_ERROR, n, "%s is not %s (expected %s, without quotes)", what,
                            f->type == LC_T_INT ? "an integer" : "a number", expected_type(f));
            else if (n->kind == LC_NODE_STR && !n->quoted && looks_grouped(n->text))
                lc_v_report(V, LC_DIAG_ERROR, n,
                            "%s is not a number (expected %s, without digit separators: write %s)",
                            what, expected_type(f), ungrouped(n->text, fixed, sizeof fixed));
            else
                lc_v_report(V, LC_DIAG_ERROR, n, "%s is not %s (expected %s)", what,
                            f->type == LC_T_INT ? "an integer" : "a number", expected_type(f));
            return;
        }
        if (leading_zero(n)) {
            lc_v_report(V, LC_DIAG_ERROR, n,
                        "'%s' has a leading zero (expected a number without one: YAML 1.1 reads "
                        "it as octal, YAML 1.2 as decimal)",
                        n->text);
            return;
        }
        check_range(V, f, n);
        return;
    case LC_T_BOOL:
        if (n->kind == LC_NODE_BOOL) return;
        if (n->kind == LC_NODE_STR && !n->quoted &&
            (!strcasecmp(n->text, "true") || !strcasecmp(n->text, "false"))) {
            lc_v_report(V, LC_DIAG_ERROR, n,
                        "'%s' is not a boolean (expected true or false: write %s, in lower case)",
                        n->text, !strcasecmp(n->text, "true") ? "true" : "false");
            return;
        }
        if (n->kind == LC_NODE_STR && !n->quoted && is_yaml11_bool(n->text)) {
            const char *fix = (!strcasecmp(n->text, "yes") || !strcasecmp(n->text, "on") ||
                               !strcasecmp(n->text, "y"))
                                  ? "true"
                                  : "false";
            lc_v_report(V, LC_DIAG_ERROR, n,
                        "'%s' is not a boolean (expected true or false: write %s; YAML 1.1 and 1.2 "
                        "read '%s' differently)",
                        n->text, fix, n->text);
            return;
        }
        describe(n, what, sizeof what);
        if (n->kind == LC_NODE_STR && n->quoted &&
            (!strcmp(n->text, "true") || !strcmp(n->text, "false")))
            lc_v_report(V, LC_DIAG_ERROR, n,
                        "%s is not a boolean (expected true or false, without quotes)", what);
        else
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not a boolean (expected true or false)", what);
        return;
    case LC_T_STR:
        if (n->kind == LC_NODE_STR) {
            if (f->constant && strcmp(n->text, f->constant) != 0)
                lc_v_report(V, LC_DIAG_ERROR, n, "'%s' is not supported (expected %s)", n->text,
                            f->constant);
            else if (f->required && !n->text[strspn(n->text, " \t")])
                lc_v_report(V, LC_DIAG_ERROR, n, "empty text in a required field (expected %s)",
                            f->meaning ? f->meaning : "text");
            else if (f->check && !strcmp(f->check, "iso3"))
                check_iso3(V, n);
            return;
        }
        describe(n, what, sizeof what);
        if (n->text)
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not text (expected text; quote it: '%s')", what,
                        n->text);
        else
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not text (expected text)", what);
        return;
    case LC_T_DATE:
        if (n->kind == LC_NODE_STR && valid_date(n->text)) {
            if (strncmp(n->text, "1900", 4) < 0 || strncmp(n->text, "2100", 4) > 0)
                lc_v_report(V, LC_DIAG_ERROR, n,
                            "%s is out of range (expected a date from 1900-01-01 to 2100-12-31)",
                            n->text);
            return;
        }
        describe(n, what, sizeof what);
        if (n->kind == LC_NODE_STR && date_shaped(n->text))
            lc_v_report(V, LC_DIAG_ERROR, n,
                        "'%s' is not a calendar date (expected YYYY-MM-DD with a real month and "
                        "day)",
                        n->text);
        else
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not a valid date (expected YYYY-MM-DD)", what);
        return;
    case LC_T_ENUM:
        if (n->kind == LC_NODE_STR) {
            for (size_t i = 0; i < f->n_values; i++)
                if (!strcmp(n->text, f->values[i])) return;
        }
        {
            lc_buf allowed;
            lc_buf_init(&allowed);
            for (size_t i = 0; i < f->n_values; i++)
                lc_buf_printf(&allowed, "%s%s", i ? ", " : "", f->values[i]);
            describe(n, what, sizeof what);
            const char *near = n->kind == LC_NODE_STR ? nearest_value(f, n->text) : NULL;
            if (near)
                lc_v_report(V, LC_DIAG_ERROR, n,
                            "%s is not allowed (expected one of: %s; did you mean '%s'?)", what,
                            allowed.data ? allowed.data : "", near);
            else
                lc_v_report(V, LC_DIAG_ERROR, n, "%s is not allowed (expected one of: %s)", what,
                            allowed.data ? allowed.data : "");
            lc_buf_free(&allowed);
        }
        return;
    case LC_T_LIST:
        if (n->kind != LC_NODE_SEQ) {
            describe(n, what, sizeof what);
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not a list (expected a list)", what);
            return;
        }
        check_list(V, f, n);
        return;
    case LC_T_MAP:
    case LC_T_MAP_OF:
    case LC_T_PARTIAL:
        if (n->kind != LC_NODE_MAP) {
            describe(n, what, sizeof what);
            lc_v_report(V, LC_DIAG_ERROR, n, "%s is not a mapping (expected a mapping of fields)",
                        what);
            return;
        }
        if (f->type == LC_T_MAP) check_map(V, f, n, partial, key);
        if (f->type == LC_T_MAP_OF) check_map_of(V, f, n, partial);
        if (f->type == LC_T_PARTIAL) check_map(V, &V->schema->root, n, true, key);
        return;
    }
}

size_t lc_validate(const lc_schema *schema, lc_doc *doc, lc_diags *diags) {
    validator V = {.schema = schema, .doc = doc, .diags = diags};
    if (!doc->root || doc->root->kind != LC_NODE_MAP) {
        const lc_node *at = doc->root;
        lc_diags_add(diags, LC_DIAG_ERROR, doc->name, at ? (int)at->line : 1, at ? (int)at->col : 1,
                     "the document is not a mapping (expected a profile starting with format: "
                     "latecomer.profile/1)");
        return 1;
    }
    check_map(&V, &schema->root, doc->root, false, NULL);
    lc_v_crosscheck(&V);
    if (V.errors == 0) lc_v_apply_defaults(&V);
    return V.errors;
}

size_t lc_validate_fragment(const lc_schema *schema, const lc_field *f, lc_doc *doc, lc_node **slot,
                            const char *path, lc_diags *diags) {
    validator V = {.schema = schema, .doc = doc, .diags = diags};
    snprintf(V.path, sizeof V.path, "%s", path ? path : "");
    check_value(&V, f, slot, true, NULL);
    return V.errors;
}

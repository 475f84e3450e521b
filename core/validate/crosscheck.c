/* crosscheck.c: checks that span fields, run after every value has been
 * checked on its own: references between sections (errors when the format
 * defines the link), and the soft checks profile.md hints at (warnings:
 * the data may be right, but it deserves a second look). Values of the
 * wrong kind were reported already and are skipped here. */
#include <stdio.h>
#include <string.h>

#include "../util/buf.h"
#include "validator.h"

/* How far a set of shares may stray from 100 before we ask: rounding in
 * published tables stays well inside this. */
#define SHARE_SUM_TOLERANCE 5.0

static const lc_node *map_at(const lc_node *root, const char *path) {
    const lc_node *n = lc_node_at(root, path);
    return n && n->kind == LC_NODE_MAP ? n : NULL;
}

static const lc_node *seq_at(const lc_node *root, const char *path) {
    const lc_node *n = lc_node_at(root, path);
    return n && n->kind == LC_NODE_SEQ ? n : NULL;
}

/* Points the diagnostic path at LIST.N.FIELD (1-based, as paths are). */
static void set_item_path(validator *V, const char *list, size_t i, const char *field) {
    char path[128];
    snprintf(path, sizeof path, "%s.%zu.%s", list, i + 1, field);
    lc_v_set_path(V, path);
}

static const char *text_of(const lc_node *map, const char *key) {
    const lc_node *v = lc_node_get(map, key);
    return v && v->kind == LC_NODE_STR ? v->text : NULL;
}

static bool int_of(const lc_node *map, const char *key, long long *out) {
    const lc_node *v = lc_node_get(map, key);
    if (!v || v->kind != LC_NODE_INT) return false;
    *out = (long long)v->v.i;
    return true;
}

/* Shares that together describe a whole: when every one is given, their
 * sum should be about 100. */
static void check_share_sum(validator *V, const lc_node *entry, const char *prefix,
                            const char *path, const char *const *keys, size_t n_keys) {
    const lc_node *map = map_at(entry, path);
    if (!map) return;
    double sum = 0;
    for (size_t i = 0; i < n_keys; i++) {
        double v;
        if (!lc_v_number(lc_node_get(map, keys[i]), &v)) return;
        sum += v;
    }
    if (sum >= 100 - SHARE_SUM_TOLERANCE && sum <= 100 + SHARE_SUM_TOLERANCE) return;
    lc_buf names;
    lc_buf_init(&names);
    for (size_t i = 0; i < n_keys; i++)
        lc_buf_printf(&names, "%s%s", i ? " + " : "", keys[i]);
    char full[256];
    snprintf(full, sizeof full, "%s%s", prefix, path);
    lc_v_set_path(V, full);
    lc_v_report(V, LC_DIAG_WARNING, map, "the shares sum to %g (expected about 100: %s)", sum,
                names.data ? names.data : "");
    lc_buf_free(&names);
}

static void check_sums(validator *V, const lc_node *entry, const char *prefix) {
    static const char *const segments[] = {"non_technological", "technology_following",
                                           "technology_driven"};
    static const char *const sizes[] = {"size_5_19", "size_20_99", "size_100_299", "size_300_plus"};
    check_share_sum(V, entry, prefix, "sme.segments_pct", segments, 3);
    check_share_sum(V, entry, prefix, "sme.employment_share_pct", sizes, 4);
}

/* sme_programs[].subsidy_id names a subsidy_programs[].id. */
static void check_subsidy_links(validator *V, const lc_node *root) {
    const lc_node *programs = seq_at(root, "sme_programs");
    const lc_node *subsidies = seq_at(root, "subsidy_programs");
    for (size_t i = 0; programs && i < programs->n; i++) {
        const lc_node *link = lc_node_get(programs->items[i], "subsidy_id");
        if (!link || link->kind != LC_NODE_STR) continue;
        bool found = false;
        lc_buf ids;
        lc_buf_init(&ids);
        for (size_t j = 0; subsidies && j < subsidies->n; j++) {
            const char *id = text_of(subsidies->items[j], "id");
            if (!id) continue;
            if (!strcmp(id, link->text)) found = true;
            lc_buf_printf(&ids, "%s%s", ids.len ? ", " : "", id);
        }
        if (!found) {
            set_item_path(V, "sme_programs", i, "subsidy_id");
            if (ids.len)
                lc_v_report(V, LC_DIAG_ERROR, link,
                            "'%s' matches no subsidy_programs id (expected one of: %s)", link->text,
                            ids.data);
            else
                lc_v_report(V, LC_DIAG_ERROR, link,
                            "'%s' matches no subsidy_programs id (expected the id of an entry of "
                            "subsidy_programs; the profile has none)",
                            link->text);
        }
        lc_buf_free(&ids);
    }
}

/* regions[].name is how sectors[].region refers to a region. */
static void check_region_names(validator *V, const lc_node *root) {
    const lc_node *regions = seq_at(root, "regions");
    if (!regions || regions->n == 0) return;
    for (size_t i = 0; i < regions->n; i++) {
        const lc_node *name = lc_node_get(regions->items[i], "name");
        if (!name || name->kind != LC_NODE_STR) continue;
        for (size_t j = 0; j < i; j++) {
            const lc_node *other = lc_node_get(regions->items[j], "name");
            if (other && other->kind == LC_NODE_STR && !strcmp(other->text, name->text)) {
                set_item_path(V, "regions", i, "name");
                lc_v_report(V, LC_DIAG_WARNING, name,
                            "region '%s' is listed twice (expected each region once, since "
                            "sectors refer to regions by name; first at line %u)",
                            name->text, other->line);
                break;
            }
        }
    }
    const lc_node *sectors = seq_at(root, "sectors");
    for (size_t i = 0; sectors && i < sectors->n; i++) {
        const lc_node *region = lc_node_get(sectors->items[i], "region");
        if (!region || region->kind != LC_NODE_STR) continue;
        bool found = false;
        for (size_t j = 0; j < regions->n && !found; j++) {
            const char *name = text_of(regions->items[j], "name");
            found = name && !strcmp(name, region->text);
        }
        if (!found) {
            set_item_path(V, "sectors", i, "region");
            lc_v_report(V, LC_DIAG_WARNING, region,
                        "'%s' is not the name of an entry of regions (expected one of the region "
                        "names, so rules can join the two)",
                        region->text);
        }
    }
}

/* History entries are earlier observations; as_of is judged in or after
 * the reference year. */
static void check_years(validator *V, const lc_node *root) {
    long long year;
    const lc_node *country = map_at(root, "country");
    if (!country || !int_of(country, "year", &year)) return;
    const lc_node *history = map_at(root, "history");
    for (size_t i = 0; history && i < history->n; i++) {
        const lc_node *key = history->pairs[i].key;
        if (key->kind != LC_NODE_INT || key->v.i < year) continue;
        char path[64];
        snprintf(path, sizeof path, "history.%s", key->text);
        lc_v_set_path(V, path);
        lc_v_report(V, LC_DIAG_WARNING, key,
                    "%s is not earlier than the reference year %lld (expected history entries for "
                    "earlier years; the profile itself describes %lld)",
                    key->text, year, year);
    }
    const char *as_of = text_of(country, "as_of");
    char first[16];
    snprintf(first, sizeof first, "%04lld-01-01", year);
    if (as_of && strlen(as_of) == 10 && strcmp(as_of, first) < 0) {
        lc_v_set_path(V, "country.as_of");
        lc_v_report(V, LC_DIAG_WARNING, lc_node_get(country, "as_of"),
                    "%s is before the reference year %lld (expected a date in or after %lld, the "
                    "year of the data)",
                    as_of, year, year);
    }
}

/* An institution's present, level and since should tell one story. */
static void check_institutions(validator *V, const lc_node *root) {
    const lc_node *inst = map_at(root, "institutions");
    const lc_node *country = map_at(root, "country");
    long long year = 0, level = 0, since = 0;
    bool have_year = country && int_of(country, "year", &year);
    for (size_t i = 0; inst && i < inst->n; i++) {
        const lc_node *entry = inst->pairs[i].value;
        if (entry->kind != LC_NODE_MAP) continue;
        const lc_node *present = lc_node_get(entry, "present");
        char path[128];
        snprintf(path, sizeof path, "institutions.%s", inst->pairs[i].key->text);
        lc_v_set_path(V, path);
        if (present && present->kind == LC_NODE_BOOL && int_of(entry, "level", &level)) {
            if (!present->v.b && level >= 3)
                lc_v_report(V, LC_DIAG_WARNING, lc_node_get(entry, "level"),
                            "level %lld says the institution is adopted or further, but present "
                            "is false (expected level 1 or 2 for an institution not in place)",
                            level);
            else if (present->v.b && level == 1)
                lc_v_report(V, LC_DIAG_WARNING, lc_node_get(entry, "level"),
                            "level 1 means nothing is in place, but present is true (expected "
                            "level 2 or more)");
        }
        if (have_year && int_of(entry, "since", &since) && since > year)
            lc_v_report(V, LC_DIAG_WARNING, lc_node_get(entry, "since"),
                        "since %lld is after the reference year %lld (expected the year the "
                        "institution was established, at the latest %lld)",
                        since, year, year);
    }
}

void lc_v_crosscheck(validator *V) {
    const lc_node *root = V->doc->root;
    check_sums(V, root, "");
    const lc_node *history = map_at(root, "history");
    for (size_t i = 0; history && i < history->n; i++) {
        const lc_node *entry = history->pairs[i].value;
        if (entry->kind != LC_NODE_MAP || !history->pairs[i].key->text) continue;
        char prefix[64];
        snprintf(prefix, sizeof prefix, "history.%.40s.", history->pairs[i].key->text);
        check_sums(V, entry, prefix);
    }
    check_subsidy_links(V, root);
    check_region_names(V, root);
    check_years(V, root);
    check_institutions(V, root);
    lc_v_set_path(V, "");
}

#include "catalog.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/load.h"
#include "../util/buf.h"
#include "../util/fileio.h"
#include "../validate/validate.h"

static const char *const stage_names[] = {"catch_up", "transition", "innovation", NULL};
static const char *const horizon_names[] = {"short", "medium", "long", NULL};
static const char *const top_keys[] = {"format", "version", "measures", NULL};
static const char *const measure_keys[] = {
    "id",       "title",         "description", "area",         "horizon", "stage",
    "priority", "prerequisites", "lessons",     "evident_from", "wto",     NULL};
/* korean_design: the design Korea used, for the WTO classifier to weigh
 * against the country's status (issue 6); it may be one the engine could not
 * recommend, so only its fields are checked. */
static const char *const wto_keys[] = {"note", "subsidy_instrument", "design", "korean_design",
                                       NULL};
static const char *const evident_keys[] = {"path", "in", "above", NULL};
/* Border adjustments: tied to exports by nature and lawful when the remission
 * does not exceed what was levied on inputs (SCM fn 1, Annex I(g)-(i)). */
static const char *const border_instruments[] = {"duty_drawback", "indirect_tax_exemption_exports",
                                                 "prior_stage_tax_remission", NULL};
/* The former Art 8.2(a) benchmarks recommended research aid stays within. */
static const struct {
    const char *kind;
    double max_pct;
} art8_caps[] = {{"industrial_research", 75}, {"precompetitive_development", 50}, {"both", 62.5}};

enum { PRIORITY_MIN = 1, PRIORITY_MAX = 3 };

typedef struct loader {
    lc_catalog *c;
    const lc_schema *schema;
    lc_diags *d;
} loader;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
bad(loader *L, const lc_node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(L->d, LC_DIAG_ERROR, L->c->doc->name, at ? (int)at->line : 0,
                  at ? (int)at->col : 0, fmt, ap);
    va_end(ap);
}

static int name_index(const char *const *names, const char *s) {
    for (int i = 0; s && names[i]; i++)
        if (!strcmp(names[i], s)) return i;
    return -1;
}

/* "a, b, c" for messages; static storage is avoided: the caller frees. */
static char *joined(const char *const *names) {
    lc_buf b;
    lc_buf_init(&b);
    for (size_t i = 0; names[i]; i++)
        lc_buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
    return lc_buf_steal(&b);
}

int lc_stage_parse(const char *name) {
    return name_index(stage_names, name);
}

static void check_keys(loader *L, const lc_node *map, const char *const *allowed,
                       const char *where) {
    for (size_t i = 0; i < map->n; i++) {
        const lc_node *k = map->pairs[i].key;
        if (name_index(allowed, k->text) >= 0) continue;
        char *list = joined(allowed);
        bad(L, k, "%s: unknown key '%s' (expected one of: %s)", where, k->text ? k->text : "?",
            list ? list : "");
        free(list);
    }
}

static const char *text_of(loader *L, const lc_node *map, const char *key, const char *where) {
    const lc_node *v = lc_node_get(map, key);
    if (!v || v->kind == LC_NODE_NULL) return NULL;
    if (v->kind != LC_NODE_STR) {
        bad(L, v, "%s: '%s' must be text (expected a string)", where, key);
        return NULL;
    }
    return v->text;
}

/* An optional enum-valued key; returns the index or -1. */
static int enum_of(loader *L, const lc_node *map, const char *key, const char *const *names,
                   const char *where, const char **text) {
    *text = text_of(L, map, key, where);
    if (!*text) return -1;
    int i = name_index(names, *text);
    if (i < 0) {
        char *list = joined(names);
        bad(L, lc_node_get(map, key), "%s: %s '%s' is not allowed (expected one of: %s)", where,
            key, *text, list ? list : "");
        free(list);
        *text = NULL;
    }
    return i;
}

static bool valid_id(const char *s) {
    if (!*s) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) return false;
    return true;
}

static int cmp_measure(const void *a, const void *b) {
    return strcmp(((const lc_measure *)a)->id, ((const lc_measure *)b)->id);
}

size_t lc_catalog_index(const lc_catalog *c, const char *id) {
    size_t lo = 0, hi = c->n;
    while (id && lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(c->m[mid].id, id);
        if (!cmp) return mid;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}

const lc_measure *lc_catalog_find(const lc_catalog *c, const char *id) {
    size_t i = lc_catalog_index(c, id);
    return i == (size_t)-1 ? NULL : &c->m[i];
}

static const char **prereqs_of(loader *L, lc_measure *m, const lc_node *seq) {
    m->n_prereqs = 0;
    if (!seq || seq->kind == LC_NODE_NULL) return NULL;
    if (seq->kind != LC_NODE_SEQ) {
        bad(L, seq, "measure '%s': prerequisites must be a list (expected [id, ...])", m->id);
        return NULL;
    }
    const char **out = lc_arena_alloc(&L->c->arena, (seq->n + 1) * sizeof(char *));
    if (!out) return NULL;
    for (size_t i = 0; i < seq->n; i++) {
        const lc_node *it = seq->items[i];
        if (it->kind != LC_NODE_STR) {
            bad(L, it, "measure '%s': prerequisites must be measure ids (expected a string)",
                m->id);
            continue;
        }
        bool twice = false;
        for (size_t k = 0; k < m->n_prereqs; k++)
            twice |= !strcmp(out[k], it->text);
        if (twice)
            bad(L, it, "measure '%s': prerequisite '%s' is listed twice (expected each once)",
                m->id, it->text);
        else
            out[m->n_prereqs++] = it->text;
    }
    return out;
}

static void check_lessons(loader *L, const lc_measure *m, const lc_node *seq) {
    if (!seq || seq->kind == LC_NODE_NULL) return;
    if (seq->kind != LC_NODE_SEQ) {
        bad(L, seq, "measure '%s': lessons must be a list (expected [3, 63])", m->id);
        return;
    }
    for (size_t i = 0; i < seq->n; i++)
        if (seq->items[i]->kind != LC_NODE_INT || seq->items[i]->v.i < 1)
            bad(L, seq->items[i],
                "measure '%s': lesson '%s' is not a lesson number (expected a positive integer)",
                m->id, seq->items[i]->text ? seq->items[i]->text : "?");
}

/* evident_from paths must name profile fields of the right type. */
static void check_evident_path(loader *L, const lc_measure *m, const lc_evident *e) {
    if (!L->schema) return;
    const lc_field *f = lc_schema_lookup(L->schema, e->path);
    if (!f) {
        bad(L, e->at,
            "measure '%s': evident_from path '%s' is not a profile field (expected a path of the "
            "profile schema, e.g. institutions.sme_agency.present)",
            m->id, e->path);
        return;
    }
    if (e->kind == LC_EVIDENT_TRUE && f->type != LC_T_BOOL)
        bad(L, e->at,
            "measure '%s': evident_from path '%s' is a %s field (expected a bool field; for "
            "other fields write {path: ..., in: [...]} or {path: ..., above: N})",
            m->id, e->path, lc_type_name(f->type));
    if (e->kind == LC_EVIDENT_ABOVE && f->type != LC_T_NUM && f->type != LC_T_PCT &&
        f->type != LC_T_INT)
        bad(L, e->at, "measure '%s': evident_from '%s' is a %s field (expected a number for above)",
            m->id, e->path, lc_type_name(f->type));
    if (e->kind != LC_EVIDENT_IN) return;
    if (f->type != LC_T_ENUM && f->type != LC_T_STR && f->type != LC_T_BOOL) {
        bad(L, e->at,
            "measure '%s': evident_from '%s' is a %s field (expected an enum, text or bool field "
            "for in)",
            m->id, e->path, lc_type_name(f->type));
        return;
    }
    for (size_t i = 0; i < e->values->n; i++) {
        const lc_node *v = e->values->items[i];
        bool ok = f->type == LC_T_BOOL ? v->kind == LC_NODE_BOOL : v->kind == LC_NODE_STR;
        if (ok && f->type == LC_T_ENUM) {
            ok = false;
            for (size_t k = 0; k < f->n_values; k++)
                ok |= !strcmp(f->values[k], v->text);
        }
        if (!ok)
            bad(L, v, "measure '%s': '%s' is not a value of %s (expected one of its %s values)",
                m->id, v->text ? v->text : "?", e->path, lc_type_name(f->type));
    }
}

static void read_evident(loader *L, lc_measure *m, const lc_node *seq) {
    if (!seq || seq->kind == LC_NODE_NULL) return;
    if (seq->kind != LC_NODE_SEQ) {
        bad(L, seq, "measure '%s': evident_from must be a list (expected [path, ...])", m->id);
        return;
    }
    m->evident = lc_arena_alloc(&L->c->arena, (seq->n + 1) * sizeof(lc_evident));
    if (!m->evident) return;
    for (size_t i = 0; i < seq->n; i++) {
        const lc_node *it = seq->items[i];
        lc_evident e = {.at = it, .kind = LC_EVIDENT_TRUE};
        if (it->kind == LC_NODE_STR) {
            e.path = it->text;
        } else if (it->kind == LC_NODE_MAP) {
            check_keys(L, it, evident_keys, "evident_from");
            e.path = text_of(L, it, "path", "evident_from");
            const lc_node *in = lc_node_get(it, "in"), *above = lc_node_get(it, "above");
            if (!e.path || (!in) == (!above)) {
                bad(L, it,
                    "measure '%s': evident_from entry needs a path and exactly one of in, above "
                    "(expected {path: P, in: [...]} or {path: P, above: N})",
                    m->id);
                continue;
            }
            if (in && (in->kind != LC_NODE_SEQ || in->n == 0)) {
                bad(L, in, "measure '%s': in must be a non-empty list (expected [value, ...])",
                    m->id);
                continue;
            }
            if (above && !lc_node_is_number(above)) {
                bad(L, above, "measure '%s': above must be a number (expected e.g. 0)", m->id);
                continue;
            }
            e.kind = in ? LC_EVIDENT_IN : LC_EVIDENT_ABOVE;
            e.values = in;
            e.above = above ? lc_node_number(above) : 0;
        } else {
            bad(L, it,
                "measure '%s': evident_from entries are profile paths (expected a path or "
                "{path, in | above})",
                m->id);
            continue;
        }
        check_evident_path(L, m, &e);
        m->evident[m->n_evident++] = e;
    }
}

static bool is_false(const lc_node *n) {
    return n && n->kind == LC_NODE_BOOL && !n->v.b;
}

/* The schema's own checks on the design, as on a subsidy_programs[] item of
 * a profile; unknown fields are errors here (a typo would silently change
 * the classification), where a profile only gets a warning. */
static void check_design_fields(loader *L, const lc_measure *m, const char *key, lc_node **slot) {
    const lc_field *programs = L->schema ? lc_schema_lookup(L->schema, "subsidy_programs") : NULL;
    if (!programs || programs->type != LC_T_LIST || !programs->item) return;
    size_t first = L->d->n;
    char path[256];
    snprintf(path, sizeof path, "%s.wto.%s", m->id, key);
    lc_validate_fragment(L->schema, programs->item, L->c->doc, slot, path, L->d);
    for (size_t i = first; i < L->d->n; i++) {
        lc_diag *g = &L->d->items[i];
        if (g->level != LC_DIAG_WARNING) continue;
        lc_buf msg;
        lc_buf_init(&msg);
        const char *ignored = strstr(g->message, " (it is ignored)");
        lc_buf_append(&msg, g->message,
                      ignored ? (size_t)(ignored - g->message) : strlen(g->message));
        lc_buf_puts(&msg, " (expected only fields of a subsidy_programs item: a design is read "
                          "by the WTO classifier, where a misspelt field would change the result)");
        char *text = lc_buf_steal(&msg);
        if (text) free(g->message), g->message = text;
        g->level = LC_DIAG_ERROR;
        L->d->warnings--;
        L->d->errors++;
    }
}

/* A recommended design must never be one the engine could not recommend:
 * contingent on exports or local content, or research aid above the former
 * Art 8.2(a) benchmarks. */
static void check_design(loader *L, const lc_measure *m, lc_node **slot) {
    const lc_node *d = *slot;
    if (d->kind != LC_NODE_MAP) {
        bad(L, d, "measure '%s': wto.design must be a mapping (expected a subsidy_programs item)",
            m->id);
        return;
    }
    check_design_fields(L, m, "design", slot);
    d = *slot;
    const char *instrument = text_of(L, d, "instrument", "wto.design");
    if (!instrument) {
        bad(L, d, "measure '%s': wto.design has no instrument (expected e.g. instrument: grant)",
            m->id);
        return;
    }
    const lc_node *cont = lc_node_get(d, "contingency");
    if (name_index(border_instruments, instrument) >= 0) {
        if (!is_false(lc_node_get(d, "drawback_or_remission_excess")))
            bad(L, d,
                "measure '%s': a %s design must not remit more than was levied on inputs "
                "(expected drawback_or_remission_excess: false)",
                m->id, instrument);
    } else {
        static const char *const flags[] = {"export_in_law", "export_in_fact", "local_content"};
        for (size_t i = 0; i < 3; i++) {
            if (is_false(lc_node_get(cont, flags[i]))) continue;
            bad(L, cont ? cont : d,
                "measure '%s': the recommended design must not be contingent on exports or local "
                "content (expected contingency: {export_in_law: false, export_in_fact: false, "
                "local_content: false}; %s is %s)",
                m->id, flags[i], lc_node_get(cont, flags[i]) ? "not false" : "missing");
            break;
        }
    }
    const lc_node *art8 = lc_node_get(d, "art8_profile");
    const char *kind = art8 ? text_of(L, art8, "kind", "wto.design.art8_profile") : NULL;
    const lc_node *pct = art8 ? lc_node_get(art8, "aid_intensity_pct") : NULL;
    for (size_t i = 0; kind && i < sizeof art8_caps / sizeof art8_caps[0]; i++) {
        if (strcmp(kind, art8_caps[i].kind) != 0) continue;
        if (!lc_node_is_number(pct))
            bad(L, art8,
                "measure '%s': research aid needs its intensity (expected aid_intensity_pct "
                "at most %g for %s)",
                m->id, art8_caps[i].max_pct, kind);
        else if (lc_node_number(pct) > art8_caps[i].max_pct)
            bad(L, pct,
                "measure '%s': aid intensity %g%% is above the former Art 8.2(a) benchmark for "
                "%s (expected at most %g)",
                m->id, lc_node_number(pct), kind, art8_caps[i].max_pct);
    }
}

static void read_wto(loader *L, lc_measure *m, const lc_node *def) {
    lc_node *wto = lc_node_get(def, "wto");
    if (!wto || wto->kind == LC_NODE_NULL) return;
    if (wto->kind != LC_NODE_MAP) {
        bad(L, wto, "measure '%s': wto must be a mapping (expected {note: ...})", m->id);
        return;
    }
    check_keys(L, wto, wto_keys, "wto");
    m->wto_note = text_of(L, wto, "note", "wto");
    const lc_node *si = lc_node_get(wto, "subsidy_instrument");
    if (si && si->kind != LC_NODE_BOOL)
        bad(L, si, "measure '%s': subsidy_instrument must be true or false", m->id);
    m->subsidy_instrument = si && si->kind == LC_NODE_BOOL && si->v.b;
    for (size_t i = 0; i < wto->n; i++) {
        const char *key = wto->pairs[i].key->text;
        lc_node **slot = &wto->pairs[i].value;
        if (key && !strcmp(key, "design")) {
            check_design(L, m, slot);
            m->design = *slot;
        } else if (key && !strcmp(key, "korean_design")) {
            if ((*slot)->kind != LC_NODE_MAP)
                bad(L, *slot,
                    "measure '%s': wto.korean_design must be a mapping (expected a "
                    "subsidy_programs item)",
                    m->id);
            else
                check_design_fields(L, m, key, slot);
            m->korean_design = *slot;
        }
    }
    if (m->subsidy_instrument && !m->design)
        bad(L, wto,
            "measure '%s': a subsidy instrument needs the design to recommend (expected "
            "wto.design: a subsidy_programs item)",
            m->id);
    if (!m->subsidy_instrument && m->design)
        bad(L, wto,
            "measure '%s': wto.design is given but the measure is not marked as a subsidy "
            "instrument (expected subsidy_instrument: true)",
            m->id);
}

/* Reads one measure; false when it cannot be kept (no id or title). */
static bool read_measure(loader *L, lc_measure *m, const lc_node *def) {
    m->at = def;
    if (def->kind != LC_NODE_MAP) {
        bad(L, def, "a measure must be a mapping (expected {id: ..., title: ...})");
        return false;
    }
    m->id = text_of(L, def, "id", "measure");
    const char *where = m->id ? m->id : "measure";
    m->title = text_of(L, def, "title", where);
    if (!m->id || !m->title) {
        bad(L, def, "%s: a measure needs 'id' and 'title' (expected both as text)", where);
        return false;
    }
    if (!valid_id(m->id))
        bad(L, lc_node_get(def, "id"),
            "measure id '%s' is not allowed (expected lower-case letters, digits and _)", m->id);
    check_keys(L, def, measure_keys, where);
    m->description = text_of(L, def, "description", where);
    m->area = text_of(L, def, "area", where);
    enum_of(L, def, "horizon", horizon_names, where, &m->horizon);
    m->stage_rank = enum_of(L, def, "stage", stage_names, where, &m->stage);
    m->priority = 2;
    const lc_node *pri = lc_node_get(def, "priority");
    if (pri && pri->kind == LC_NODE_INT && pri->v.i >= PRIORITY_MIN && pri->v.i <= PRIORITY_MAX)
        m->priority = (int)pri->v.i;
    else if (pri)
        bad(L, pri, "%s: priority '%s' is out of range (expected an integer %d to %d)", where,
            pri->text ? pri->text : "?", PRIORITY_MIN, PRIORITY_MAX);
    m->prereq_ids = prereqs_of(L, m, lc_node_get(def, "prerequisites"));
    m->lessons = lc_node_get(def, "lessons");
    check_lessons(L, m, m->lessons);
    read_evident(L, m, lc_node_get(def, "evident_from"));
    read_wto(L, m, def);
    return true;
}

/* Depth-first search for cycles; prints the chain a -> b -> a. */
static bool find_cycle(loader *L, size_t i, unsigned char *state, size_t *stack, size_t depth) {
    const lc_catalog *c = L->c;
    state[i] = 1; /* on the current path */
    stack[depth] = i;
    for (size_t k = 0; k < c->m[i].n_prereqs; k++) {
        size_t j = c->m[i].prereqs[k];
        if (state[j] == 1) {
            lc_buf chain;
            lc_buf_init(&chain);
            size_t start = 0;
            while (stack[start] != j)
                start++;
            for (size_t s = start; s <= depth; s++)
                lc_buf_printf(&chain, "%s -> ", c->m[stack[s]].id);
            lc_buf_puts(&chain, c->m[j].id);
            bad(L, c->m[j].at, "prerequisite cycle: %s (expected prerequisites to form no cycle)",
                chain.data ? chain.data : "?");
            lc_buf_free(&chain);
            return true;
        }
        if (state[j] == 0 && find_cycle(L, j, state, stack, depth + 1)) return true;
    }
    state[i] = 2; /* done */
    return false;
}

/* Longest prerequisite chain below measure I (the catalogue is acyclic). */
static int depth_of(lc_catalog *c, size_t i, bool *known) {
    if (known[i]) return c->m[i].depth;
    int deepest = 0;
    for (size_t k = 0; k < c->m[i].n_prereqs; k++) {
        int d = depth_of(c, c->m[i].prereqs[k], known) + 1;
        if (d > deepest) deepest = d;
    }
    known[i] = true;
    return c->m[i].depth = deepest;
}

static bool resolve_prerequisites(loader *L) {
    lc_catalog *c = L->c;
    for (size_t i = 0; i < c->n; i++) {
        lc_measure *m = &c->m[i];
        m->prereqs = lc_arena_alloc(&c->arena, (m->n_prereqs + 1) * sizeof(size_t));
        if (!m->prereqs) return false;
        size_t known = 0;
        for (size_t k = 0; k < m->n_prereqs; k++) {
            size_t j = lc_catalog_index(c, m->prereq_ids[k]);
            if (j == (size_t)-1)
                bad(L, m->at,
                    "measure '%s' requires unknown measure '%s' (expected a catalogue id)", m->id,
                    m->prereq_ids[k]);
            else
                m->prereq_ids[known] = m->prereq_ids[k], m->prereqs[known++] = j;
        }
        m->n_prereqs = known; /* the catalogue is rejected; cycles are still looked for */
    }
    return true;
}

/* Cycles, then depths; false on a cycle or out of memory. */
static bool check_graph(loader *L) {
    lc_catalog *c = L->c;
    unsigned char *state = calloc(c->n + 1, 1);
    size_t *stack = calloc(c->n + 1, sizeof(size_t));
    bool *known = calloc(c->n + 1, sizeof(bool));
    bool ok = state && stack && known;
    for (size_t i = 0; ok && i < c->n; i++)
        if (!state[i] && find_cycle(L, i, state, stack, 0)) ok = false;
    for (size_t i = 0; ok && i < c->n; i++)
        depth_of(c, i, known);
    free(state);
    free(stack);
    free(known);
    return ok;
}

lc_catalog *lc_catalog_load(const char *name, const char *text, size_t len, const lc_schema *schema,
                            lc_diags *d) {
    lc_catalog *c = calloc(1, sizeof(*c));
    if (!c) return NULL;
    loader L = {c, schema, d};
    lc_arena_init(&c->arena);
    lc_load_limits lim = lc_load_limits_default();
    lim.max_bytes = 0;
    size_t errors_before = d->errors;
    c->doc = lc_yaml_load(name, text, len, &lim, d);
    if (!c->doc) goto fail;
    c->path = c->doc->name;
    const lc_node *root = c->doc->root;
    if (!root || root->kind != LC_NODE_MAP) {
        bad(&L, root, "the catalogue is not a mapping (expected format: latecomer.measures/1)");
        goto fail;
    }
    const char *fmt = text_of(&L, root, "format", "catalogue");
    if (!fmt || strcmp(fmt, "latecomer.measures/1") != 0) {
        bad(&L, root, "expected format: latecomer.measures/1");
        goto fail;
    }
    check_keys(&L, root, top_keys, "catalogue");
    c->version = text_of(&L, root, "version", "catalogue");
    const lc_node *list = lc_node_get(root, "measures");
    if (!list || list->kind != LC_NODE_SEQ) {
        bad(&L, list ? list : root, "expected 'measures:' to be a list");
        goto fail;
    }
    c->m = lc_arena_alloc(&c->arena, (list->n + 1) * sizeof(lc_measure));
    if (!c->m) goto fail;
    for (size_t i = 0; i < list->n; i++) {
        lc_measure *m = &c->m[c->n];
        memset(m, 0, sizeof *m);
        if (read_measure(&L, m, list->items[i])) c->n++;
    }
    qsort(c->m, c->n, sizeof(lc_measure), cmp_measure);
    for (size_t i = 1; i < c->n; i++) {
        if (strcmp(c->m[i].id, c->m[i - 1].id) != 0) continue;
        const lc_node *a = c->m[i - 1].at, *b = c->m[i].at;
        if (a->line > b->line) a = c->m[i].at, b = c->m[i - 1].at;
        bad(&L, b, "measure '%s' is defined twice (expected unique ids; first at line %u)",
            c->m[i].id, a->line);
    }
    if (!resolve_prerequisites(&L) || !check_graph(&L) || d->errors > errors_before) goto fail;
    return c;
fail:
    lc_catalog_free(c);
    return NULL;
}

lc_catalog *lc_catalog_load_file(const char *path, const lc_schema *schema, lc_diags *d) {
    char *text;
    size_t len;
    if (lc_read_file(path, 0, &text, &len) != LC_READ_OK) {
        lc_diags_add(d, LC_DIAG_ERROR, path, 0, 0, "cannot read the measures catalogue");
        return NULL;
    }
    lc_catalog *c = lc_catalog_load(path, text, len, schema, d);
    free(text);
    return c;
}

void lc_catalog_free(lc_catalog *c) {
    if (!c) return;
    lc_doc_free(c->doc);
    lc_arena_free(&c->arena);
    free(c);
}

/* --- evident facts ------------------------------------------------------ */

static bool value_holds(const lc_evident *e, const lc_node *v) {
    switch (e->kind) {
    case LC_EVIDENT_TRUE: return v->kind == LC_NODE_BOOL && v->v.b;
    case LC_EVIDENT_ABOVE: return lc_node_is_number(v) && lc_node_number(v) > e->above;
    case LC_EVIDENT_IN:
        for (size_t i = 0; i < e->values->n; i++) {
            const lc_node *want = e->values->items[i];
            if (want->kind == LC_NODE_BOOL ? v->kind == LC_NODE_BOOL && v->v.b == want->v.b
                                           : v->kind == LC_NODE_STR && !strcmp(v->text, want->text))
                return true;
        }
        return false;
    }
    return false;
}

/* Walks PATH from N; a list on the way holds when any of its items does. */
static bool holds_at(const lc_evident *e, const lc_node *n, const char *path) {
    if (!n) return false;
    if (n->kind == LC_NODE_SEQ) {
        for (size_t i = 0; i < n->n; i++)
            if (holds_at(e, n->items[i], path)) return true;
        return false;
    }
    if (!*path) return value_holds(e, n);
    size_t len = strcspn(path, ".");
    char seg[128];
    if (len >= sizeof seg || n->kind != LC_NODE_MAP) return false;
    memcpy(seg, path, len);
    seg[len] = '\0';
    return holds_at(e, lc_node_get(n, seg), path + len + (path[len] == '.'));
}

bool lc_evident_holds(const lc_evident *e, const lc_node *root) {
    return holds_at(e, root, e->path);
}

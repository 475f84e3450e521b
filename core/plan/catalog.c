#include "catalog.h"

#include <stdlib.h>
#include <string.h>

#include "../load/load.h"
#include "../util/buf.h"
#include "../util/fileio.h"

static void bad(lc_diags *d, const lc_doc *doc, const lc_node *at, const char *fmt,
                const char *arg) {
    lc_diags_add(d, LC_DIAG_ERROR, doc->name, at ? (int)at->line : 0, at ? (int)at->col : 0, fmt,
                 arg);
}

static const char *text_of(const lc_node *map, const char *key) {
    const lc_node *v = lc_node_get(map, key);
    return v && v->kind == LC_NODE_STR ? v->text : NULL;
}

static int cmp_measure(const void *a, const void *b) {
    return strcmp(((const lc_measure *)a)->id, ((const lc_measure *)b)->id);
}

size_t lc_catalog_index(const lc_catalog *c, const char *id) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
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

static const char **strings_of(lc_catalog *c, const lc_node *seq, size_t *n, lc_diags *d,
                               const char *what) {
    *n = 0;
    if (!seq || seq->kind == LC_NODE_NULL) return NULL;
    if (seq->kind != LC_NODE_SEQ) {
        bad(d, c->doc, seq, "'%s' must be a list of strings", what);
        return NULL;
    }
    const char **out = lc_arena_alloc(&c->arena, (seq->n + 1) * sizeof(char *));
    if (!out) return NULL;
    for (size_t i = 0; i < seq->n; i++) {
        if (seq->items[i]->kind != LC_NODE_STR) {
            bad(d, c->doc, seq->items[i], "'%s' must be a list of strings", what);
            continue;
        }
        out[(*n)++] = seq->items[i]->text;
    }
    return out;
}

/* Depth-first search for cycles; prints the chain a -> b -> a. */
static bool find_cycle(const lc_catalog *c, size_t i, unsigned char *state, size_t *stack,
                       size_t depth, lc_diags *d) {
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
            lc_diags_add(d, LC_DIAG_ERROR, c->doc->name, (int)c->m[j].at->line,
                         (int)c->m[j].at->col,
                         "prerequisite cycle: %s (expected prerequisites to form no cycle)",
                         chain.data ? chain.data : "?");
            lc_buf_free(&chain);
            return true;
        }
        if (state[j] == 0 && find_cycle(c, j, state, stack, depth + 1, d)) return true;
    }
    state[i] = 2; /* done */
    return false;
}

lc_catalog *lc_catalog_load(const char *name, const char *text, size_t len, lc_diags *d) {
    lc_catalog *c = calloc(1, sizeof(*c));
    if (!c) return NULL;
    lc_arena_init(&c->arena);
    lc_load_limits lim = lc_load_limits_default();
    lim.max_bytes = 0;
    size_t errors_before = d->errors;
    c->doc = lc_yaml_load(name, text, len, &lim, d);
    if (!c->doc) goto fail;
    c->path = c->doc->name;
    const lc_node *root = c->doc->root;
    const char *fmt = text_of(root, "format");
    if (!fmt || strcmp(fmt, "latecomer.measures/1") != 0) {
        bad(d, c->doc, root, "%s", "expected format: latecomer.measures/1");
        goto fail;
    }
    const lc_node *list = lc_node_get(root, "measures");
    if (!list || list->kind != LC_NODE_SEQ) {
        bad(d, c->doc, root, "%s", "expected 'measures:' to be a list");
        goto fail;
    }
    c->m = lc_arena_alloc(&c->arena, (list->n + 1) * sizeof(lc_measure));
    if (!c->m) goto fail;
    for (size_t i = 0; i < list->n; i++) {
        const lc_node *def = list->items[i];
        lc_measure *m = &c->m[c->n];
        m->at = def;
        m->id = text_of(def, "id");
        m->title = text_of(def, "title");
        if (!m->id || !m->title) {
            bad(d, c->doc, def, "%s", "a measure needs 'id' and 'title'");
            continue;
        }
        m->description = text_of(def, "description");
        m->area = text_of(def, "area");
        m->horizon = text_of(def, "horizon");
        m->stage = text_of(def, "stage");
        const lc_node *pri = lc_node_get(def, "priority");
        m->priority = pri && pri->kind == LC_NODE_INT ? (int)pri->v.i : 2;
        m->prereq_ids =
            strings_of(c, lc_node_get(def, "prerequisites"), &m->n_prereqs, d, "prerequisites");
        m->evident_from =
            strings_of(c, lc_node_get(def, "evident_from"), &m->n_evident, d, "evident_from");
        const lc_node *wto = lc_node_get(def, "wto");
        m->wto_note = text_of(wto, "note");
        m->design = lc_node_get(wto, "design");
        c->n++;
    }
    qsort(c->m, c->n, sizeof(lc_measure), cmp_measure);
    for (size_t i = 1; i < c->n; i++)
        if (!strcmp(c->m[i].id, c->m[i - 1].id))
            bad(d, c->doc, c->m[i].at, "measure '%s' is defined twice (expected unique ids)",
                c->m[i].id);
    for (size_t i = 0; i < c->n; i++) {
        lc_measure *m = &c->m[i];
        m->prereqs = lc_arena_alloc(&c->arena, (m->n_prereqs + 1) * sizeof(size_t));
        if (!m->prereqs) goto fail;
        for (size_t k = 0; k < m->n_prereqs; k++) {
            size_t j = lc_catalog_index(c, m->prereq_ids[k]);
            if (j == (size_t)-1) {
                lc_diags_add(d, LC_DIAG_ERROR, c->doc->name, (int)m->at->line, (int)m->at->col,
                             "measure '%s' requires unknown measure '%s' (expected a catalogue id)",
                             m->id, m->prereq_ids[k]);
                j = i; /* placeholder; the catalogue is rejected below */
            }
            m->prereqs[k] = j;
        }
    }
    if (d->errors > errors_before) goto fail;
    unsigned char *state = calloc(c->n + 1, 1);
    size_t *stack = calloc(c->n + 1, sizeof(size_t));
    bool cyclic = false;
    for (size_t i = 0; state && stack && i < c->n && !cyclic; i++)
        if (!state[i]) cyclic = find_cycle(c, i, state, stack, 0, d);
    bool oom = !state || !stack;
    free(state);
    free(stack);
    if (cyclic || oom) goto fail;
    return c;
fail:
    lc_catalog_free(c);
    return NULL;
}

lc_catalog *lc_catalog_load_file(const char *path, lc_diags *d) {
    char *text;
    size_t len;
    if (lc_read_file(path, 0, &text, &len) != LC_READ_OK) {
        lc_diags_add(d, LC_DIAG_ERROR, path, 0, 0, "cannot read the measures catalogue");
        return NULL;
    }
    lc_catalog *c = lc_catalog_load(path, text, len, d);
    free(text);
    return c;
}

void lc_catalog_free(lc_catalog *c) {
    if (!c) return;
    lc_doc_free(c->doc);
    lc_arena_free(&c->arena);
    free(c);
}

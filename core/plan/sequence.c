#include "sequence.h"

#include <stdlib.h>
#include <string.h>

typedef struct builder {
    const lc_catalog *c;
    const lc_plan_input *in;
    lc_plan *p;
    int *phase;     /* per catalogue index; 0 = not laid out yet */
    bool *included; /* per catalogue index */
    bool *asked;    /* a rule asked for it */
    size_t *slot;   /* catalogue index -> plan slot */
} builder;

static bool flag(const bool *flags, size_t i) {
    return flags && flags[i];
}

/* Out of the sequence: the country has it, or the advisor ruled it out. */
static bool left_out(const builder *B, size_t i) {
    return flag(B->in->in_place, i) || flag(B->in->waived, i);
}

/* Includes measure I and, recursively, the prerequisites it still lacks. */
static void include(builder *B, size_t i) {
    if (B->included[i]) return;
    B->included[i] = true;
    const lc_measure *m = &B->c->m[i];
    for (size_t k = 0; k < m->n_prereqs; k++)
        if (!left_out(B, m->prereqs[k])) include(B, m->prereqs[k]);
}

static int stage_gap(const builder *B, const lc_measure *m) {
    if (B->in->country_stage == LC_STAGE_NONE || m->stage_rank == LC_STAGE_NONE)
        return LC_STAGE_NONE;
    int gap = m->stage_rank - B->in->country_stage;
    return gap > 0 ? gap : 0;
}

/* Phase after its prerequisites alone (longest path). */
static int layer(builder *B, size_t i);

static int after_prerequisites(builder *B, size_t i) {
    int deepest = 0;
    const lc_measure *m = &B->c->m[i];
    for (size_t k = 0; k < m->n_prereqs; k++) {
        size_t j = m->prereqs[k];
        if (!B->included[j]) continue;
        int p = layer(B, j);
        if (p > deepest) deepest = p;
    }
    return deepest + 1;
}

/* The earliest phase after all prerequisites and not before 1 + the stage
 * gap; the catalogue is acyclic (checked at load). */
static int layer(builder *B, size_t i) {
    if (B->phase[i]) return B->phase[i];
    int by_prereqs = after_prerequisites(B, i);
    int gap = stage_gap(B, &B->c->m[i]);
    int by_stage = gap == LC_STAGE_NONE ? 1 : gap + 1;
    return B->phase[i] = by_prereqs > by_stage ? by_prereqs : by_stage;
}

static int cmp_planned(const void *pa, const void *pb) {
    const lc_planned *a = pa, *b = pb;
    if (a->phase != b->phase) return a->phase < b->phase ? -1 : 1;
    if (a->m->priority != b->m->priority) return a->m->priority < b->m->priority ? -1 : 1;
    return strcmp(a->m->id, b->m->id);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static bool push_index(size_t **arr, size_t *n, size_t v) {
    size_t *grown = realloc(*arr, (*n + 1) * sizeof(size_t));
    if (!grown) return false;
    *arr = grown;
    grown[(*n)++] = v;
    return true;
}

/* Sorts and drops repeats. */
static void sort_unique(size_t *arr, size_t *n) {
    if (*n < 2) return;
    qsort(arr, *n, sizeof(size_t), cmp_size);
    size_t w = 1;
    for (size_t r = 1; r < *n; r++)
        if (arr[r] != arr[w - 1]) arr[w++] = arr[r];
    *n = w;
}

/* Adds finding ID to a because list once (strings are owned by the plan). */
static bool add_because(lc_plan *p, const char ***list, size_t *n, const char *id) {
    for (size_t k = 0; k < *n; k++)
        if (!strcmp((*list)[k], id)) return true;
    const char **grown = realloc(*list, (*n + 1) * sizeof(char *));
    if (!grown) return false;
    *list = grown;
    char *s = strdup(id);
    if (!s) return false;
    p->strings[p->n_strings++] = s;
    grown[(*n)++] = s;
    return true;
}

static bool lay_out(builder *B) {
    const lc_catalog *c = B->c;
    lc_plan *p = B->p;
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++)
        n += B->included[i];
    if (!(p->items = calloc(n + 1, sizeof(lc_planned)))) return false;
    for (size_t i = 0; i < c->n; i++) {
        if (!B->included[i]) continue;
        lc_planned *it = &p->items[p->n++];
        it->m = &c->m[i];
        it->phase = layer(B, i);
        it->stage_gap = stage_gap(B, it->m);
        it->deferred_for_stage = it->phase > after_prerequisites(B, i);
        it->added_as_prerequisite = !B->asked[i];
        if (it->phase > p->n_phases) p->n_phases = it->phase;
    }
    qsort(p->items, p->n, sizeof(lc_planned), cmp_planned);
    for (size_t k = 0; k < p->n; k++)
        B->slot[p->items[k].m - c->m] = k;
    return true;
}

static bool link_prerequisites(builder *B) {
    lc_plan *p = B->p;
    for (size_t k = 0; k < p->n; k++) {
        lc_planned *it = &p->items[k];
        if (it->n_because) qsort(it->because, it->n_because, sizeof(char *), cmp_str);
        if (!(it->requires = calloc(it->m->n_prereqs + 1, sizeof(size_t)))) return false;
        for (size_t q = 0; q < it->m->n_prereqs; q++) {
            size_t j = it->m->prereqs[q];
            if (B->included[j]) it->requires[it->n_requires++] = B->slot[j];
        }
        qsort(it->requires, it->n_requires, sizeof(size_t), cmp_size);
        /* prerequisites sit in earlier phases, so their slots come first and
         * their own flags are final when this item is reached */
        for (size_t q = 0; q < it->m->n_prereqs; q++) {
            size_t j = it->m->prereqs[q];
            if (flag(B->in->in_place, j)) continue;
            if (flag(B->in->waived, j)) {
                if (!push_index(&it->blocked_by_waiver, &it->n_blocked_by_waiver, j)) return false;
                continue;
            }
            const lc_planned *pre = &p->items[B->slot[j]];
            for (size_t w = 0; w < pre->n_blocked_by_waiver; w++)
                if (!push_index(&it->blocked_by_waiver, &it->n_blocked_by_waiver,
                                pre->blocked_by_waiver[w]))
                    return false;
        }
        sort_unique(it->blocked_by_waiver, &it->n_blocked_by_waiver);
    }
    for (size_t k = 0; k < p->n; k++) {
        const lc_planned *it = &p->items[k];
        for (size_t q = 0; q < it->n_requires; q++) {
            lc_planned *pre = &p->items[it->requires[q]];
            /* k ascends: already in output order */
            if (!push_index(&pre->prerequisite_for, &pre->n_prerequisite_for, k)) return false;
        }
    }
    return true;
}

static bool list_waivers(builder *B) {
    const lc_catalog *c = B->c;
    lc_plan *p = B->p;
    if (!B->in->waived) return true;
    if (!(p->waivers = calloc(c->n + 1, sizeof(lc_plan_waiver)))) return false;
    for (size_t i = 0; i < c->n; i++) {
        if (!B->in->waived[i]) continue;
        lc_plan_waiver *w = &p->waivers[p->n_waivers++];
        w->measure = i;
        w->in_place = flag(B->in->in_place, i);
        for (size_t r = 0; r < B->in->n_requests; r++) {
            const lc_request *rq = &B->in->requests[r];
            if (rq->measure == i && rq->finding_id &&
                !add_because(p, &w->because, &w->n_because, rq->finding_id))
                return false;
        }
        if (w->n_because) qsort(w->because, w->n_because, sizeof(char *), cmp_str);
        for (size_t k = 0; k < p->n; k++)
            for (size_t q = 0; q < p->items[k].n_blocked_by_waiver; q++)
                if (p->items[k].blocked_by_waiver[q] == i &&
                    !push_index(&w->needed_by, &w->n_needed_by, k))
                    return false;
    }
    return true;
}

lc_plan *lc_plan_build(const lc_catalog *c, const lc_plan_input *in) {
    builder B = {.c = c, .in = in};
    lc_plan *p = B.p = calloc(1, sizeof(*p));
    B.phase = calloc(c->n + 1, sizeof(int));
    B.included = calloc(c->n + 1, sizeof(bool));
    B.asked = calloc(c->n + 1, sizeof(bool));
    B.slot = calloc(c->n + 1, sizeof(size_t));
    bool ok = p && B.phase && B.included && B.asked && B.slot;
    if (ok) {
        p->catalog = c;
        p->country_stage = in->country_stage;
        /* each request may add one because string, for a plan item or a waiver */
        ok = (p->strings = calloc(in->n_requests + 1, sizeof(char *))) != NULL;
    }
    for (size_t r = 0; ok && r < in->n_requests; r++) {
        size_t i = in->requests[r].measure;
        if (i >= c->n || left_out(&B, i)) continue;
        B.asked[i] = true;
        include(&B, i);
    }
    ok = ok && lay_out(&B);
    for (size_t r = 0; ok && r < in->n_requests; r++) {
        size_t i = in->requests[r].measure;
        if (i >= c->n || !B.included[i] || !B.asked[i] || !in->requests[r].finding_id) continue;
        lc_planned *it = &p->items[B.slot[i]];
        ok = add_because(p, &it->because, &it->n_because, in->requests[r].finding_id);
    }
    ok = ok && link_prerequisites(&B) && list_waivers(&B);
    free(B.phase);
    free(B.included);
    free(B.asked);
    free(B.slot);
    if (!ok) {
        lc_plan_free(p);
        return NULL;
    }
    return p;
}

void lc_plan_free(lc_plan *p) {
    if (!p) return;
    for (size_t k = 0; k < p->n; k++) {
        free(p->items[k].because);
        free(p->items[k].requires);
        free(p->items[k].prerequisite_for);
        free(p->items[k].blocked_by_waiver);
        cJSON_Delete(p->items[k].wto);
    }
    free(p->items);
    for (size_t w = 0; w < p->n_waivers; w++) {
        free(p->waivers[w].because);
        free(p->waivers[w].needed_by);
    }
    free(p->waivers);
    for (size_t i = 0; i < p->n_strings; i++)
        free(p->strings[i]);
    free(p->strings);
    free(p);
}

const char *lc_planned_stage_fit(const lc_planned *it) {
    switch (it->stage_gap) {
    case LC_STAGE_NONE: return "unknown";
    case 0: return "fits";
    case 1: return "ahead";
    default: return "far_ahead";
    }
}

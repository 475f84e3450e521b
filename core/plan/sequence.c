#include "sequence.h"

#include <stdlib.h>
#include <string.h>

typedef struct builder {
    const lc_catalog *c;
    const bool *in_place, *waived;
    int *phase;     /* per catalogue index; 0 = not in plan */
    bool *included; /* per catalogue index */
    bool *asked;    /* a rule asked for it */
} builder;

/* Includes measure I and, recursively, the prerequisites it still lacks. */
static void include(builder *B, size_t i) {
    if (B->included[i]) return;
    B->included[i] = true;
    const lc_measure *m = &B->c->m[i];
    for (size_t k = 0; k < m->n_prereqs; k++) {
        size_t j = m->prereqs[k];
        if ((B->in_place && B->in_place[j]) || (B->waived && B->waived[j])) continue;
        include(B, j);
    }
}

/* Longest-path layering; the catalogue is acyclic (checked at load). */
static int layer(builder *B, size_t i) {
    if (B->phase[i]) return B->phase[i];
    int deepest = 0;
    const lc_measure *m = &B->c->m[i];
    for (size_t k = 0; k < m->n_prereqs; k++) {
        size_t j = m->prereqs[k];
        if (!B->included[j]) continue;
        int p = layer(B, j);
        if (p > deepest) deepest = p;
    }
    return B->phase[i] = deepest + 1;
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

lc_plan *lc_plan_build(const lc_catalog *c, const lc_request *req, size_t n_req,
                       const bool *in_place, const bool *waived) {
    builder B = {.c = c, .in_place = in_place, .waived = waived};
    lc_plan *p = calloc(1, sizeof(*p));
    B.phase = calloc(c->n + 1, sizeof(int));
    B.included = calloc(c->n + 1, sizeof(bool));
    B.asked = calloc(c->n + 1, sizeof(bool));
    size_t *slot = calloc(c->n + 1, sizeof(size_t));
    if (!p || !B.phase || !B.included || !B.asked || !slot) goto oom;
    for (size_t r = 0; r < n_req; r++) {
        size_t i = req[r].measure;
        if ((in_place && in_place[i]) || (waived && waived[i])) continue;
        B.asked[i] = true;
        include(&B, i);
    }
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++)
        n += B.included[i];
    p->items = calloc(n + 1, sizeof(lc_planned));
    p->strings = calloc(n_req + 1, sizeof(char *));
    if (!p->items || !p->strings) goto oom;
    for (size_t i = 0; i < c->n; i++) {
        if (!B.included[i]) continue;
        lc_planned *it = &p->items[p->n++];
        it->m = &c->m[i];
        it->phase = layer(&B, i);
        it->added_as_prerequisite = !B.asked[i];
        if (it->phase > p->n_phases) p->n_phases = it->phase;
    }
    qsort(p->items, p->n, sizeof(lc_planned), cmp_planned);
    for (size_t k = 0; k < p->n; k++)
        slot[p->items[k].m - c->m] = k;
    /* because: the findings that asked, each once */
    for (size_t r = 0; r < n_req; r++) {
        size_t i = req[r].measure;
        if (!B.included[i] || !B.asked[i] || !req[r].finding_id) continue;
        lc_planned *it = &p->items[slot[i]];
        bool seen = false;
        for (size_t k = 0; k < it->n_because; k++)
            if (!strcmp(it->because[k], req[r].finding_id)) seen = true;
        if (seen) continue;
        const char **b = realloc(it->because, (it->n_because + 1) * sizeof(char *));
        if (!b) goto oom;
        it->because = b;
        char *s = strdup(req[r].finding_id);
        if (!s) goto oom;
        p->strings[p->n_strings++] = s;
        it->because[it->n_because++] = s;
    }
    for (size_t k = 0; k < p->n; k++) {
        lc_planned *it = &p->items[k];
        if (it->n_because) qsort(it->because, it->n_because, sizeof(char *), cmp_str);
        it->requires = calloc(it->m->n_prereqs + 1, sizeof(size_t));
        if (!it->requires) goto oom;
        for (size_t q = 0; q < it->m->n_prereqs; q++) {
            size_t j = it->m->prereqs[q];
            if (B.included[j]) it->requires[it->n_requires++] = slot[j];
        }
        qsort(it->requires, it->n_requires, sizeof(size_t), cmp_size);
    }
    for (size_t k = 0; k < p->n; k++) {
        lc_planned *it = &p->items[k];
        for (size_t q = 0; q < it->n_requires; q++) {
            lc_planned *pre = &p->items[it->requires[q]];
            size_t *pf =
                realloc(pre->prerequisite_for, (pre->n_prerequisite_for + 1) * sizeof(size_t));
            if (!pf) goto oom;
            pre->prerequisite_for = pf;
            pf[pre->n_prerequisite_for++] = k; /* k ascends: already in output order */
        }
    }
    free(B.phase);
    free(B.included);
    free(B.asked);
    free(slot);
    return p;
oom:
    free(B.phase);
    free(B.included);
    free(B.asked);
    free(slot);
    lc_plan_free(p);
    return NULL;
}

void lc_plan_free(lc_plan *p) {
    if (!p) return;
    for (size_t k = 0; k < p->n; k++) {
        free(p->items[k].because);
        free(p->items[k].requires);
        free(p->items[k].prerequisite_for);
        cJSON_Delete(p->items[k].wto);
    }
    free(p->items);
    for (size_t i = 0; i < p->n_strings; i++)
        free(p->strings[i]);
    free(p->strings);
    free(p);
}

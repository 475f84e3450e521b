#include "plan.h"

#include <stdlib.h>
#include <string.h>

/* A measure is in place when any of its evident_from paths is true in the
 * profile, or when the profile lists it in policies_in_place. */
static void mark_in_place(const lc_catalog *c, const lc_node *root, bool *in_place) {
    for (size_t i = 0; i < c->n; i++) {
        for (size_t k = 0; k < c->m[i].n_evident; k++) {
            const lc_node *v = lc_node_at(root, c->m[i].evident_from[k]);
            if (v && v->kind == LC_NODE_BOOL && v->v.b) in_place[i] = true;
        }
    }
    const lc_node *pol = lc_node_get(root, "policies_in_place");
    for (size_t j = 0; pol && pol->kind == LC_NODE_SEQ && j < pol->n; j++) {
        const lc_node *id = pol->items[j];
        size_t i = id->text ? lc_catalog_index(c, id->text) : (size_t)-1;
        if (i != (size_t)-1) in_place[i] = true;
    }
}

static bool mark_waived(lc_run *run, const lc_catalog *c, bool *waived) {
    const lc_node *w = lc_node_get(run->profile->doc->root, "waivers");
    if (!w || w->kind != LC_NODE_SEQ) return true;
    if (!(run->r->waived = cJSON_CreateArray())) return false;
    for (size_t j = 0; j < w->n; j++) {
        const lc_node *m = lc_node_get(w->items[j], "measure");
        const lc_node *why = lc_node_get(w->items[j], "reason");
        if (!m || !m->text) continue;
        size_t i = lc_catalog_index(c, m->text);
        if (i != (size_t)-1) waived[i] = true;
        cJSON *e = cJSON_CreateObject();
        if (!e) return false;
        cJSON_AddItemToArray(run->r->waived, e);
        cJSON_AddStringToObject(e, "measure", m->text);
        cJSON_AddItemToObject(
            e, "reason", why && why->text ? cJSON_CreateString(why->text) : cJSON_CreateNull());
        cJSON_AddBoolToObject(e, "known", i != (size_t)-1);
    }
    return true;
}

bool lc_plan_stage(lc_run *run) {
    const lc_catalog *c = run->e->catalog;
    if (!c) return true;
    bool *in_place = calloc(c->n + 1, sizeof(bool));
    bool *waived = calloc(c->n + 1, sizeof(bool));
    bool ok = in_place && waived;
    if (ok) {
        mark_in_place(c, run->profile->doc->root, in_place);
        ok = mark_waived(run, c, waived);
    }
    if (ok) {
        run->r->plan = lc_plan_build(c, run->requests, run->n_requests, in_place, waived);
        ok = run->r->plan != NULL;
    }
    free(in_place);
    free(waived);
    return ok;
}

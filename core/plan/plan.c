#include "plan.h"

#include <stdlib.h>
#include <string.h>

/* A measure is in place when any of its evident_from facts holds in the
 * profile, or when the profile lists it in policies_in_place. */
static void mark_in_place(const lc_catalog *c, const lc_node *root, bool *in_place) {
    for (size_t i = 0; i < c->n; i++)
        for (size_t k = 0; k < c->m[i].n_evident && !in_place[i]; k++)
            in_place[i] = lc_evident_holds(&c->m[i].evident[k], root);
    const lc_node *pol = lc_node_get(root, "policies_in_place");
    for (size_t j = 0; pol && pol->kind == LC_NODE_SEQ && j < pol->n; j++) {
        size_t i = lc_catalog_index(c, pol->items[j]->text);
        if (i != (size_t)-1) in_place[i] = true;
    }
}

static const lc_node *waiver_measure(const lc_node *waiver) {
    const lc_node *m = lc_node_get(waiver, "measure");
    return m && m->kind == LC_NODE_STR ? m : NULL;
}

static void mark_waived(const lc_catalog *c, const lc_node *root, bool *waived) {
    const lc_node *w = lc_node_get(root, "waivers");
    for (size_t j = 0; w && w->kind == LC_NODE_SEQ && j < w->n; j++) {
        const lc_node *m = waiver_measure(w->items[j]);
        size_t i = m ? lc_catalog_index(c, m->text) : (size_t)-1;
        if (i != (size_t)-1) waived[i] = true;
    }
}

static const lc_plan_waiver *plan_waiver(const lc_plan *p, size_t measure) {
    for (size_t w = 0; w < p->n_waivers; w++)
        if (p->waivers[w].measure == measure) return &p->waivers[w];
    return NULL;
}

/* The result's waivers, in profile order: the reason the advisor gave, the
 * findings that asked for the measure, and the planned measures left
 * without it. */
static bool waivers_doc(lc_run *run, const lc_catalog *c, const lc_plan *p) {
    const lc_node *w = lc_node_get(run->profile->doc->root, "waivers");
    if (!(run->r->waived = cJSON_CreateArray())) return false;
    for (size_t j = 0; w && w->kind == LC_NODE_SEQ && j < w->n; j++) {
        const lc_node *m = waiver_measure(w->items[j]);
        const lc_node *why = lc_node_get(w->items[j], "reason");
        size_t i = m ? lc_catalog_index(c, m->text) : (size_t)-1;
        const lc_plan_waiver *pw = i == (size_t)-1 ? NULL : plan_waiver(p, i);
        if (!pw) continue; /* unknown ids are rejected when the profile loads */
        cJSON *e = cJSON_CreateObject();
        if (!e) return false;
        cJSON_AddItemToArray(run->r->waived, e);
        cJSON_AddStringToObject(e, "measure", c->m[i].id);
        cJSON_AddStringToObject(e, "title", c->m[i].title);
        cJSON_AddItemToObject(
            e, "reason", why && why->text ? cJSON_CreateString(why->text) : cJSON_CreateNull());
        cJSON_AddBoolToObject(e, "in_place", pw->in_place);
        cJSON *because = cJSON_AddArrayToObject(e, "because");
        for (size_t k = 0; because && k < pw->n_because; k++)
            cJSON_AddItemToArray(because, cJSON_CreateString(pw->because[k]));
        cJSON *needed = cJSON_AddArrayToObject(e, "needed_by");
        for (size_t k = 0; needed && k < pw->n_needed_by; k++)
            cJSON_AddItemToArray(needed, cJSON_CreateString(p->items[pw->needed_by[k]].m->id));
    }
    return true;
}

static int country_stage(const lc_result *r) {
    const cJSON *id = r->stage ? cJSON_GetObjectItemCaseSensitive(r->stage, "id") : NULL;
    return cJSON_IsString(id) ? lc_stage_parse(id->valuestring) : LC_STAGE_NONE;
}

bool lc_plan_stage(lc_run *run) {
    const lc_catalog *c = run->e->catalog;
    if (!c) return true;
    const lc_node *root = run->profile->doc->root;
    bool *in_place = calloc(c->n + 1, sizeof(bool));
    bool *waived = calloc(c->n + 1, sizeof(bool));
    bool ok = in_place && waived;
    if (ok) {
        mark_in_place(c, root, in_place);
        mark_waived(c, root, waived);
        lc_plan_input in = {run->requests, run->n_requests, in_place, waived,
                            country_stage(run->r)};
        run->r->plan = lc_plan_build(c, &in);
        ok = run->r->plan && waivers_doc(run, c, run->r->plan);
    }
    free(in_place);
    free(waived);
    return ok;
}

/* --- profile checks against the catalogue -------------------------------- */

/* Shared words between two snake_case ids: typos in one word still leave
 * the others, which is what ids this long are recognised by. */
static size_t shared_words(const char *a, const char *b) {
    size_t shared = 0;
    while (*a) {
        size_t la = strcspn(a, "_");
        for (const char *q = b; *q;) {
            size_t lq = strcspn(q, "_");
            if (la == lq && !strncmp(a, q, la)) {
                shared++;
                break;
            }
            q += lq + (q[lq] == '_');
        }
        a += la + (a[la] == '_');
    }
    return shared;
}

static const char *closest_id(const lc_catalog *c, const char *id) {
    const char *best = NULL;
    size_t best_shared = 1; /* one shared word ("sme") is no evidence */
    for (size_t i = 0; i < c->n; i++) {
        size_t s = shared_words(id, c->m[i].id);
        if (s > best_shared) best_shared = s, best = c->m[i].id;
    }
    return best;
}

static void check_id(const lc_catalog *c, const lc_doc *doc, const lc_node *n, const char *where,
                     lc_diags *d) {
    if (!n || n->kind != LC_NODE_STR || lc_catalog_index(c, n->text) != (size_t)-1) return;
    const char *hint = closest_id(c, n->text);
    if (hint)
        lc_diags_add(d, LC_DIAG_ERROR, doc->name, (int)n->line, (int)n->col,
                     "%s: unknown measure '%s' (expected a measure id of %s; did you mean '%s'?)",
                     where, n->text, c->path, hint);
    else
        lc_diags_add(d, LC_DIAG_ERROR, doc->name, (int)n->line, (int)n->col,
                     "%s: unknown measure '%s' (expected a measure id of %s; `latecomer "
                     "measures` lists them)",
                     where, n->text, c->path);
}

size_t lc_plan_check_profile(const lc_catalog *c, const lc_doc *doc, lc_diags *d) {
    size_t before = d->errors;
    if (!c || !doc->root) return 0;
    const lc_node *w = lc_node_get(doc->root, "waivers");
    for (size_t j = 0; w && w->kind == LC_NODE_SEQ && j < w->n; j++) {
        char where[48];
        snprintf(where, sizeof where, "waivers.%zu.measure", j + 1);
        check_id(c, doc, waiver_measure(w->items[j]), where, d);
    }
    const lc_node *pol = lc_node_get(doc->root, "policies_in_place");
    for (size_t j = 0; pol && pol->kind == LC_NODE_SEQ && j < pol->n; j++) {
        char where[48];
        snprintf(where, sizeof where, "policies_in_place.%zu", j + 1);
        check_id(c, doc, pol->items[j], where, d);
    }
    return d->errors - before;
}

/* Unit tests: the sequencer on small catalogues with known answers (chains,
 * diamonds, measures in place, waivers, stage deferral), then properties
 * over generated catalogues: every prerequisite lands in an earlier phase,
 * each measure sits in the earliest phase allowed, no duplicates, measures
 * in place or waived never appear, and the output does not depend on the
 * order rules asked in. The generator's PRNG state lives in the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../support/prng.h"
#include "plan/catalog.h"
#include "plan/sequence.h"
#include "util/buf.h"

static lc_catalog *catalog(const char *measures, lc_diags *d) {
    lc_buf text;
    lc_buf_init(&text);
    lc_buf_printf(&text, "format: latecomer.measures/1\nmeasures:\n%s", measures);
    lc_diags_init(d);
    lc_catalog *c = lc_catalog_load("m.yaml", text.data, text.len, NULL, d);
    lc_diags_print(d, stderr);
    lc_buf_free(&text);
    return c;
}

#define M(id, pre, pri)                                                                            \
    "  - {id: " id ", title: " id ", priority: " #pri ", prerequisites: [" pre "]}\n"
#define MS(id, pre, stage)                                                                         \
    "  - {id: " id ", title: " id ", stage: " stage ", prerequisites: [" pre "]}\n"

/* a <- b <- c, and d <- c */
static const char *chain = M("a", "", 2) M("b", "a", 2) M("c", "b, d", 2) M("d", "", 1);
/* a <- b, a <- c, b and c <- d */
static const char *diamond = M("a", "", 2) M("b", "a", 2) M("c", "a", 2) M("d", "b, c", 2);

static size_t idx(const lc_catalog *c, const char *id) {
    return lc_catalog_index(c, id);
}

static const lc_planned *find(const lc_plan *p, const char *id) {
    for (size_t k = 0; k < p->n; k++)
        if (!strcmp(p->items[k].m->id, id)) return &p->items[k];
    return NULL;
}

static lc_plan *build(const lc_catalog *c, const lc_request *req, size_t n, const bool *in_place,
                      const bool *waived, int stage) {
    lc_plan_input in = {req, n, in_place, waived, stage};
    lc_plan *p = lc_plan_build(c, &in);
    assert_non_null(p);
    return p;
}

/* The ids of a plan slot list, comma-separated, for compact assertions. */
static const char *ids(const lc_plan *p, const size_t *slots, size_t n, char *out, size_t cap) {
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? "," : "",
                 p->items[slots[i]].m->id);
    return out;
}

static const char *blocked(const lc_plan *p, const lc_planned *it, char *out, size_t cap) {
    out[0] = '\0';
    for (size_t i = 0; i < it->n_blocked_by_waiver; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? "," : "",
                 p->catalog->m[it->blocked_by_waiver[i]].id);
    return out;
}

static void chain_is_layered_by_longest_path(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    assert_non_null(c);
    lc_request req[] = {{idx(c, "c"), "f1"}};
    lc_plan *p = build(c, req, 1, NULL, NULL, LC_STAGE_NONE);
    assert_int_equal(p->n, 4);
    assert_int_equal(p->n_phases, 3);
    assert_int_equal(find(p, "a")->phase, 1);
    assert_int_equal(find(p, "d")->phase, 1);
    assert_int_equal(find(p, "b")->phase, 2);
    assert_int_equal(find(p, "c")->phase, 3);
    assert_true(find(p, "a")->added_as_prerequisite);
    assert_false(find(p, "c")->added_as_prerequisite);
    assert_int_equal(find(p, "c")->n_because, 1);
    assert_string_equal(find(p, "c")->because[0], "f1");
    assert_int_equal(find(p, "a")->n_because, 0);
    /* inside phase 1: priority 1 (d) before priority 2 (a) */
    assert_string_equal(p->items[0].m->id, "d");
    assert_string_equal(p->items[1].m->id, "a");
    char buf[128];
    const lc_planned *cc = find(p, "c");
    assert_string_equal(ids(p, cc->requires, cc->n_requires, buf, sizeof buf), "d,b");
    const lc_planned *aa = find(p, "a");
    assert_string_equal(ids(p, aa->prerequisite_for, aa->n_prerequisite_for, buf, sizeof buf), "b");
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void diamond_shares_its_root_once(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(diamond, &d);
    lc_request req[] = {
        {idx(c, "d"), "f2"}, {idx(c, "d"), "f1"}, {idx(c, "d"), "f2"}, {idx(c, "b"), "f3"}};
    lc_plan *p = build(c, req, 4, NULL, NULL, LC_STAGE_NONE);
    assert_int_equal(p->n, 4);
    assert_int_equal(find(p, "a")->phase, 1);
    assert_int_equal(find(p, "b")->phase, 2);
    assert_int_equal(find(p, "c")->phase, 2);
    assert_int_equal(find(p, "d")->phase, 3);
    assert_false(find(p, "b")->added_as_prerequisite);
    assert_true(find(p, "c")->added_as_prerequisite);
    const lc_planned *dd = find(p, "d");
    assert_int_equal(dd->n_because, 2); /* sorted, each finding once */
    assert_string_equal(dd->because[0], "f1");
    assert_string_equal(dd->because[1], "f2");
    char buf[128];
    const lc_planned *aa = find(p, "a");
    assert_string_equal(ids(p, aa->prerequisite_for, aa->n_prerequisite_for, buf, sizeof buf),
                        "b,c");
    assert_string_equal(ids(p, dd->requires, dd->n_requires, buf, sizeof buf), "b,c");
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void in_place_measures_satisfy_prerequisites(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    bool in_place[4] = {0};
    in_place[idx(c, "b")] = true;
    lc_request req[] = {{idx(c, "c"), "f1"}, {idx(c, "b"), "f2"}};
    lc_plan *p = build(c, req, 2, in_place, NULL, LC_STAGE_NONE);
    assert_int_equal(p->n, 2); /* c and d; b is in place, so a is not needed */
    assert_null(find(p, "b"));
    assert_null(find(p, "a"));
    assert_int_equal(find(p, "c")->phase, 2);
    assert_int_equal(find(p, "c")->n_requires, 1);
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void waived_measures_are_left_out_and_what_needed_them_is_flagged(void **state) {
    (void)state;
    lc_diags d;
    /* a <- b <- c <- e, d <- c; x independent */
    lc_catalog *c = catalog(M("a", "", 2) M("b", "a", 2) M("c", "b, d", 2) M("d", "", 2)
                                M("e", "c", 2) M("x", "", 2),
                            &d);
    bool waived[6] = {0};
    waived[idx(c, "a")] = true;
    waived[idx(c, "x")] = true;
    lc_request req[] = {{idx(c, "e"), "f1"}, {idx(c, "x"), "fx"}, {idx(c, "x"), "fa"}};
    lc_plan *p = build(c, req, 3, NULL, waived, LC_STAGE_NONE);
    assert_null(find(p, "a"));
    assert_null(find(p, "x"));
    assert_int_equal(p->n, 4);                /* b, c, d, e */
    assert_int_equal(find(p, "b")->phase, 1); /* laid out as if a were satisfied */
    char buf[128];
    assert_string_equal(blocked(p, find(p, "b"), buf, sizeof buf), "a");
    assert_string_equal(blocked(p, find(p, "c"), buf, sizeof buf), "a"); /* through b */
    assert_string_equal(blocked(p, find(p, "e"), buf, sizeof buf), "a"); /* through c */
    assert_string_equal(blocked(p, find(p, "d"), buf, sizeof buf), "");
    assert_int_equal(p->n_waivers, 2);
    const lc_plan_waiver *wa = &p->waivers[0], *wx = &p->waivers[1]; /* by id */
    assert_string_equal(c->m[wa->measure].id, "a");
    assert_string_equal(ids(p, wa->needed_by, wa->n_needed_by, buf, sizeof buf), "b,c,e");
    assert_int_equal(wa->n_because, 0);
    assert_string_equal(c->m[wx->measure].id, "x");
    assert_int_equal(wx->n_needed_by, 0);
    assert_int_equal(wx->n_because, 2);
    assert_string_equal(wx->because[0], "fa");
    assert_string_equal(wx->because[1], "fx");
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void a_waived_measure_in_place_blocks_nothing(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    bool in_place[4] = {0}, waived[4] = {0};
    in_place[idx(c, "a")] = waived[idx(c, "a")] = true;
    lc_request req[] = {{idx(c, "b"), "f1"}};
    lc_plan *p = build(c, req, 1, in_place, waived, LC_STAGE_NONE);
    assert_int_equal(p->n, 1);
    assert_int_equal(find(p, "b")->n_blocked_by_waiver, 0);
    assert_int_equal(p->n_waivers, 1);
    assert_true(p->waivers[0].in_place);
    assert_int_equal(p->waivers[0].n_needed_by, 0);
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void measures_ahead_of_the_country_are_deferred(void **state) {
    (void)state;
    lc_diags d;
    /* t (transition) and i (innovation) have no prerequisites; u needs t;
     * deep needs a chain of three catch_up measures, so its phase already
     * exceeds what its stage asks for */
    lc_catalog *c = catalog(
        MS("k", "", "catch_up") MS("t", "", "transition") MS("i", "", "innovation")
            MS("u", "t", "catch_up") MS("c1", "", "catch_up") MS("c2", "c1", "catch_up")
                MS("c3", "c2", "catch_up") MS("deep", "c3", "innovation") M("nostage", "", 2),
        &d);
    assert_non_null(c);
    const char *asked[] = {"k", "t", "i", "u", "deep", "nostage"};
    lc_request req[6];
    for (size_t r = 0; r < 6; r++)
        req[r] = (lc_request){idx(c, asked[r]), "f"};
    lc_plan *p = build(c, req, 6, NULL, NULL, LC_STAGE_CATCH_UP);
    assert_int_equal(find(p, "k")->phase, 1);
    assert_string_equal(lc_planned_stage_fit(find(p, "k")), "fits");
    assert_false(find(p, "k")->deferred_for_stage);
    assert_int_equal(find(p, "t")->phase, 2);
    assert_string_equal(lc_planned_stage_fit(find(p, "t")), "ahead");
    assert_true(find(p, "t")->deferred_for_stage);
    assert_int_equal(find(p, "i")->phase, 3);
    assert_string_equal(lc_planned_stage_fit(find(p, "i")), "far_ahead");
    assert_true(find(p, "i")->deferred_for_stage);
    assert_int_equal(find(p, "u")->phase, 3); /* after its deferred prerequisite */
    assert_false(find(p, "u")->deferred_for_stage);
    assert_int_equal(find(p, "deep")->phase, 4);
    assert_false(find(p, "deep")->deferred_for_stage);
    assert_string_equal(lc_planned_stage_fit(find(p, "deep")), "far_ahead");
    assert_int_equal(find(p, "nostage")->phase, 1);
    assert_string_equal(lc_planned_stage_fit(find(p, "nostage")), "unknown");
    lc_plan_free(p);
    /* a transition country: only the innovation measure waits */
    p = build(c, req, 6, NULL, NULL, LC_STAGE_TRANSITION);
    assert_int_equal(find(p, "t")->phase, 1);
    assert_int_equal(find(p, "i")->phase, 2);
    assert_string_equal(lc_planned_stage_fit(find(p, "i")), "ahead");
    lc_plan_free(p);
    /* stage not assessed: nothing is deferred, the fit is unknown */
    p = build(c, req, 6, NULL, NULL, LC_STAGE_NONE);
    assert_int_equal(find(p, "i")->phase, 1);
    assert_false(find(p, "i")->deferred_for_stage);
    assert_string_equal(lc_planned_stage_fit(find(p, "i")), "unknown");
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void nothing_asked_gives_an_empty_plan(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    lc_plan *p = build(c, NULL, 0, NULL, NULL, LC_STAGE_CATCH_UP);
    assert_int_equal(p->n, 0);
    assert_int_equal(p->n_phases, 0);
    assert_int_equal(p->n_waivers, 0);
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

/* --- properties over generated catalogues -------------------------------- */

/* N measures named in a shuffled order; prerequisites point only to
 * measures generated earlier, so the graph is acyclic by construction. */
static lc_catalog *generated(prng *r, size_t n, lc_diags *d) {
    static const char *const stages[] = {"catch_up", "transition", "innovation"};
    size_t *name = malloc(n * sizeof(size_t));
    for (size_t i = 0; i < n; i++)
        name[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = prng_below(r, i), t = name[i - 1];
        name[i - 1] = name[j], name[j] = t;
    }
    lc_buf text;
    lc_buf_init(&text);
    lc_buf_puts(&text, "format: latecomer.measures/1\nmeasures:\n");
    for (size_t i = 0; i < n; i++) {
        lc_buf_printf(&text, "  - {id: m%03zu, title: t, priority: %zu", name[i],
                      1 + prng_below(r, 3));
        if (prng_below(r, 4)) lc_buf_printf(&text, ", stage: %s", stages[prng_below(r, 3)]);
        lc_buf_puts(&text, ", prerequisites: [");
        size_t k = i ? prng_below(r, 4) : 0;
        bool *used = calloc(n + 1, 1);
        for (size_t q = 0, first = 1; q < k; q++) {
            size_t j = prng_below(r, i);
            if (used[j]) continue;
            used[j] = true;
            lc_buf_printf(&text, "%sm%03zu", first ? "" : ", ", name[j]);
            first = 0;
        }
        free(used);
        lc_buf_puts(&text, "]}\n");
    }
    lc_diags_init(d);
    lc_catalog *c = lc_catalog_load("gen.yaml", text.data, text.len, NULL, d);
    lc_buf_free(&text);
    free(name);
    return c;
}

/* Everything the result shows of a plan, as text: two plans are the same
 * output exactly when these are equal. */
static char *describe(const lc_plan *p) {
    lc_buf b;
    lc_buf_init(&b);
    for (size_t k = 0; k < p->n; k++) {
        const lc_planned *it = &p->items[k];
        lc_buf_printf(&b, "%d %s %d %s %d|", it->phase, it->m->id, it->added_as_prerequisite,
                      lc_planned_stage_fit(it), it->deferred_for_stage);
        for (size_t i = 0; i < it->n_because; i++)
            lc_buf_printf(&b, "%s,", it->because[i]);
        lc_buf_putc(&b, '|');
        for (size_t i = 0; i < it->n_requires; i++)
            lc_buf_printf(&b, "%s,", p->items[it->requires[i]].m->id);
        lc_buf_putc(&b, '|');
        for (size_t i = 0; i < it->n_prerequisite_for; i++)
            lc_buf_printf(&b, "%s,", p->items[it->prerequisite_for[i]].m->id);
        lc_buf_putc(&b, '|');
        for (size_t i = 0; i < it->n_blocked_by_waiver; i++)
            lc_buf_printf(&b, "%s,", p->catalog->m[it->blocked_by_waiver[i]].id);
        lc_buf_putc(&b, '\n');
    }
    for (size_t w = 0; w < p->n_waivers; w++) {
        lc_buf_printf(&b, "waived %s:", p->catalog->m[p->waivers[w].measure].id);
        for (size_t i = 0; i < p->waivers[w].n_needed_by; i++)
            lc_buf_printf(&b, "%s,", p->items[p->waivers[w].needed_by[i]].m->id);
        lc_buf_putc(&b, '\n');
    }
    return lc_buf_steal(&b);
}

/* a before b in output order: phase, then priority, then id. */
static bool cmp_order_violated(const lc_planned *a, const lc_planned *b) {
    if (a->phase != b->phase) return a->phase > b->phase;
    if (a->m->priority != b->m->priority) return a->m->priority > b->m->priority;
    return strcmp(a->m->id, b->m->id) >= 0;
}

/* The invariants of one plan, given what went in. */
static void check_plan(const lc_catalog *c, const lc_plan *p, const lc_plan_input *in) {
    size_t *slot = malloc((c->n + 1) * sizeof(size_t));
    for (size_t i = 0; i < c->n; i++)
        slot[i] = (size_t)-1;
    for (size_t k = 0; k < p->n; k++) {
        size_t i = (size_t)(p->items[k].m - c->m);
        if (slot[i] != (size_t)-1) fail_msg("%s appears twice", c->m[i].id);
        slot[i] = k;
        if (in->in_place[i]) fail_msg("%s is in place but planned", c->m[i].id);
        if (in->waived[i]) fail_msg("%s is waived but planned", c->m[i].id);
    }
    for (size_t k = 0; k < p->n; k++) {
        const lc_planned *it = &p->items[k];
        if (k && cmp_order_violated(&p->items[k - 1], it))
            fail_msg("%s and %s are out of order", p->items[k - 1].m->id, it->m->id);
        int deepest = 0;
        size_t planned_prereqs = 0;
        for (size_t q = 0; q < it->m->n_prereqs; q++) {
            size_t j = it->m->prereqs[q];
            if (in->in_place[j] || in->waived[j]) continue;
            if (slot[j] == (size_t)-1)
                fail_msg("%s needs %s, which is neither planned, in place nor waived", it->m->id,
                         c->m[j].id);
            const lc_planned *pre = &p->items[slot[j]];
            if (pre->phase >= it->phase)
                fail_msg("%s (phase %d) is not before %s (phase %d)", pre->m->id, pre->phase,
                         it->m->id, it->phase);
            if (pre->phase > deepest) deepest = pre->phase;
            planned_prereqs++;
        }
        assert_int_equal(it->n_requires, planned_prereqs);
        int gap = in->country_stage == LC_STAGE_NONE || it->m->stage_rank == LC_STAGE_NONE
                      ? 0
                      : it->m->stage_rank - in->country_stage;
        int earliest = deepest + 1 > gap + 1 ? deepest + 1 : gap + 1;
        if (it->phase != earliest)
            fail_msg("%s sits in phase %d; the earliest allowed is %d", it->m->id, it->phase,
                     earliest);
        assert_int_equal(it->deferred_for_stage, gap + 1 > deepest + 1);
        /* prerequisite_for is the inverse of requires */
        for (size_t q = 0; q < it->n_prerequisite_for; q++) {
            const lc_planned *dep = &p->items[it->prerequisite_for[q]];
            bool listed = false;
            for (size_t r = 0; r < dep->n_requires; r++)
            listed |= dep->requires[r] == k;
            assert_true(listed);
        }
        for (size_t q = 0; q < it->m->n_prereqs; q++)
            if (in->waived[it->m->prereqs[q]] && !in->in_place[it->m->prereqs[q]]) {
                bool flagged = false;
                for (size_t w = 0; w < it->n_blocked_by_waiver; w++)
                    flagged |= it->blocked_by_waiver[w] == it->m->prereqs[q];
                if (!flagged)
                    fail_msg("%s needs waived %s but is not flagged", it->m->id,
                             c->m[it->m->prereqs[q]].id);
            }
    }
    /* asked-for measures are planned unless in place or waived; what was
     * added was needed */
    bool *asked = calloc(c->n + 1, 1);
    for (size_t r = 0; r < in->n_requests; r++) {
        size_t i = in->requests[r].measure;
        asked[i] = true;
        if (!in->in_place[i] && !in->waived[i] && slot[i] == (size_t)-1)
            fail_msg("asked-for %s is missing", c->m[i].id);
    }
    for (size_t k = 0; k < p->n; k++) {
        const lc_planned *it = &p->items[k];
        size_t i = (size_t)(it->m - c->m);
        assert_int_equal(it->added_as_prerequisite, !asked[i]);
        if (it->added_as_prerequisite && it->n_prerequisite_for == 0)
            fail_msg("%s was added but nothing needs it", it->m->id);
    }
    free(asked);
    free(slot);
}

static void generated_plans_keep_every_invariant(void **state) {
    (void)state;
    prng r = {0x9E3779B97F4A7C15ULL};
    for (int round = 0; round < 300; round++) {
        size_t n = 1 + prng_below(&r, 60);
        lc_diags d;
        lc_catalog *c = generated(&r, n, &d);
        if (!c) lc_diags_print(&d, stderr);
        assert_non_null(c);
        bool *in_place = calloc(n + 1, 1), *waived = calloc(n + 1, 1);
        for (size_t i = 0; i < n; i++) {
            in_place[i] = prng_below(&r, 8) == 0;
            waived[i] = prng_below(&r, 10) == 0;
        }
        size_t n_req = prng_below(&r, 2 * n + 1);
        lc_request *req = calloc(n_req + 1, sizeof(lc_request));
        static const char *const findings[] = {"f_a", "f_b", "f_c", "f_d"};
        for (size_t q = 0; q < n_req; q++)
            req[q] = (lc_request){prng_below(&r, n), findings[prng_below(&r, 4)]};
        int stage = (int)prng_below(&r, 4) - 1; /* LC_STAGE_NONE .. innovation */
        lc_plan_input in = {req, n_req, in_place, waived, stage};
        lc_plan *p = lc_plan_build(c, &in);
        assert_non_null(p);
        check_plan(c, p, &in);
        /* the same input, asked in reverse order: the same output */
        for (size_t q = 0; q < n_req / 2; q++) {
            lc_request t = req[q];
            req[q] = req[n_req - 1 - q], req[n_req - 1 - q] = t;
        }
        lc_plan *again = lc_plan_build(c, &in);
        assert_non_null(again);
        char *a = describe(p), *b = describe(again);
        if (strcmp(a, b))
            fail_msg("round %d: the output changed with the request order:\n%s\n---\n%s", round, a,
                     b);
        free(a);
        free(b);
        lc_plan_free(again);
        lc_plan_free(p);
        free(req);
        free(in_place);
        free(waived);
        lc_catalog_free(c);
        lc_diags_free(&d);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chain_is_layered_by_longest_path),
        cmocka_unit_test(diamond_shares_its_root_once),
        cmocka_unit_test(in_place_measures_satisfy_prerequisites),
        cmocka_unit_test(waived_measures_are_left_out_and_what_needed_them_is_flagged),
        cmocka_unit_test(a_waived_measure_in_place_blocks_nothing),
        cmocka_unit_test(measures_ahead_of_the_country_are_deferred),
        cmocka_unit_test(nothing_asked_gives_an_empty_plan),
        cmocka_unit_test(generated_plans_keep_every_invariant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Unit tests: the plan stage through the public API, with the test rule
 * pack in tests/unit/data/plan-pack (a small catalogue and one rule that
 * asks for most of it): measures in place from evident facts and
 * policies_in_place, waivers with their reasons and flags, stage deferral
 * from the stage indicator, the sequence and waivers parts of the result
 * document, and profile errors for unknown measure ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../support/fixture.h"
#include "plan/sequence.h"
#include "render/render.h"

static lc_engine *engine;

static int setup(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/tests/unit/data/plan-pack"};
    engine = fixture_open(rules, 1, LC_SOURCE_DIR "/plugins");
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_engine_close(engine);
    return 0;
}

#define HEAD "format: latecomer.profile/1\ncountry: {iso3: XAB, name: Test, year: 2020}\n"

static lc_result *evaluate(const char *text) {
    lc_result *r = fixture_evaluate(engine, "mem.yaml", text, NULL);
    assert_int_equal(lc_result_error_count(r), 0);
    return r;
}

/* "id@phase" for every planned measure, in output order. */
static char *layout(const lc_result *r) {
    static char out[512];
    out[0] = '\0';
    for (size_t k = 0; k < r->plan->n; k++)
        snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s@%d", k ? " " : "",
                 r->plan->items[k].m->id, r->plan->items[k].phase);
    return out;
}

static const cJSON *planned_json(const cJSON *doc, const char *id) {
    const cJSON *phase, *m;
    cJSON_ArrayForEach(phase, cJSON_GetObjectItemCaseSensitive(doc, "sequence")) {
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(phase, "measures")) {
            const cJSON *mid = cJSON_GetObjectItemCaseSensitive(m, "id");
            if (cJSON_IsString(mid) && !strcmp(mid->valuestring, id)) return m;
        }
    }
    return NULL;
}

static char *compact(const cJSON *j) {
    return cJSON_PrintUnformatted(j);
}

static void catch_up_country_gets_deferred_and_flagged_measures(void **state) {
    (void)state;
    lc_result *r = evaluate(HEAD "technology: {capability_stage: operational}\n"
                                 "institutions: {sme_agency: {present: true}}\n"
                                 "regions: [{name: North, has_ric: false}]\n"
                                 "waivers:\n"
                                 "  - {measure: fund, reason: a state bank already guarantees}\n"
                                 "  - {measure: frontier, reason: not before 2035}\n");
    /* agency is in place: programme needs only it, law is not added for it;
     * fund is waived, so law is added for nothing but tech_fund still lists
     * fund; upgrade (transition) waits a phase, cluster (transition) after
     * centres (transition, not in place: no region has a RIC) */
    assert_string_equal(layout(r), "programme@1 centres@2 tech_fund@2 upgrade@2 cluster@3");
    cJSON *doc = lc_result_document(r);
    char *s = compact(planned_json(doc, "tech_fund"));
    assert_string_equal(s, "{\"id\":\"tech_fund\",\"title\":\"Technology guarantees\","
                           "\"horizon\":\"medium\",\"because\":[\"support_gap\"],\"requires\":[],"
                           "\"prerequisite_for\":[],\"added_as_prerequisite\":false,\"priority\":2,"
                           "\"stage\":\"transition\",\"stage_fit\":\"ahead\","
                           "\"deferred_for_stage\":true,\"blocked_by_waiver\":[\"fund\"]}");
    free(s);
    s = compact(planned_json(doc, "upgrade"));
    assert_non_null(strstr(s, "\"because\":[\"cluster_gap\",\"support_gap\"],"
                              "\"requires\":[\"programme\"]"));
    assert_non_null(strstr(s, "\"deferred_for_stage\":false")); /* programme already puts it at 2 */
    free(s);
    s = compact(planned_json(doc, "centres"));
    assert_non_null(strstr(s, "\"prerequisite_for\":[\"cluster\"],\"added_as_prerequisite\":true"));
    free(s);
    s = compact(cJSON_GetObjectItemCaseSensitive(doc, "waivers"));
    assert_string_equal(s, "[{\"measure\":\"fund\",\"title\":\"Guarantee fund\",\"reason\":\"a "
                           "state bank already guarantees\",\"in_place\":false,\"because\":[],"
                           "\"needed_by\":[\"tech_fund\"]},{\"measure\":\"frontier\",\"title\":"
                           "\"Frontier research\",\"reason\":\"not before 2035\",\"in_place\":"
                           "false,\"because\":[\"cluster_gap\"],\"needed_by\":[]}]");
    free(s);
    cJSON_Delete(doc);
    lc_result_free(r);
}

static void evident_facts_and_policies_in_place_satisfy_prerequisites(void **state) {
    (void)state;
    lc_result *r = evaluate(HEAD "technology: {capability_stage: innovative}\n"
                                 "institutions: {sme_agency: {present: false}}\n"
                                 "regions: [{name: North, has_ric: false}, {name: South, has_ric: "
                                 "true}]\n"
                                 "policies_in_place: [fund]\n");
    /* an innovation-stage country: nothing is ahead of it */
    assert_string_equal(layout(r),
                        "law@1 tech_fund@1 cluster@1 frontier@1 agency@2 programme@3 upgrade@4");
    lc_result_free(r);
}

static void layout_is_sorted_by_phase_then_priority_then_id(void **state) {
    (void)state;
    lc_result *r = evaluate(HEAD "technology: {capability_stage: innovative}\n"
                                 "regions: [{name: South, has_ric: true}]\n"
                                 "policies_in_place: [fund]\n");
    for (size_t k = 1; k < r->plan->n; k++) {
        const lc_planned *a = &r->plan->items[k - 1], *b = &r->plan->items[k];
        assert_true(a->phase < b->phase ||
                    (a->phase == b->phase &&
                     (a->m->priority < b->m->priority ||
                      (a->m->priority == b->m->priority && strcmp(a->m->id, b->m->id) < 0))));
    }
    lc_result_free(r);
}

static void an_unassessed_stage_defers_nothing(void **state) {
    (void)state;
    lc_result *r = evaluate(HEAD "institutions: {sme_agency: {present: true}}\n");
    assert_string_equal(layout(r), "law@1 centres@1 programme@1 frontier@1 fund@2 upgrade@2 "
                                   "cluster@2 tech_fund@3");
    cJSON *doc = lc_result_document(r);
    char *s = compact(planned_json(doc, "frontier"));
    assert_non_null(strstr(s, "\"stage_fit\":\"unknown\",\"deferred_for_stage\":false"));
    free(s);
    cJSON_Delete(doc);
    lc_result_free(r);
}

/* The profile is rejected with an error at LINE:COL holding WANT. */
static void rejected(const char *text, int line, int col, const char *want) {
    lc_diags d;
    lc_diags_init(&d);
    lc_profile *p = NULL;
    lc_status st = lc_profile_load_buffer(engine, "mem.yaml", text, strlen(text), &p, &d);
    bool found = false;
    for (size_t i = 0; i < d.n; i++)
        found |= d.items[i].line == line && d.items[i].col == col &&
                 strstr(d.items[i].message, want) != NULL;
    if (!found) {
        fprintf(stderr, "wanted an error at %d:%d holding \"%s\"; got:\n", line, col, want);
        lc_diags_print(&d, stderr);
    }
    assert_int_equal(st, LC_EINPUT);
    assert_null(p);
    assert_true(found);
    lc_diags_free(&d);
}

static void unknown_measure_ids_are_profile_errors(void **state) {
    (void)state;
    rejected(HEAD "waivers:\n  - {measure: tech_fnd, reason: r}\n", 4, 15,
             "waivers.1.measure: unknown measure 'tech_fnd' (expected a measure id of ");
    rejected(HEAD "waivers:\n  - {measure: tech_fund_scheme, reason: r}\n", 4, 15,
             "did you mean 'tech_fund'?");
    rejected(HEAD "policies_in_place: [law, regional_centre]\n", 3, 26,
             "policies_in_place.2: unknown measure 'regional_centre'");
    rejected(HEAD "waivers:\n  - {measure: law, reason: r}\n  - {measure: law, reason: again}\n", 5,
             15, "is used twice");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(catch_up_country_gets_deferred_and_flagged_measures),
        cmocka_unit_test(evident_facts_and_policies_in_place_satisfy_prerequisites),
        cmocka_unit_test(layout_is_sorted_by_phase_then_priority_then_id),
        cmocka_unit_test(an_unassessed_stage_defers_nothing),
        cmocka_unit_test(unknown_measure_ids_are_profile_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

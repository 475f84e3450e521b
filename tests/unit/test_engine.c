/* Unit tests: the whole pipeline through the public API, on the bundled
 * rule pack and a profile held in memory. */
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

static lc_engine *engine;

static int setup(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/rules"};
    engine = fixture_open(rules, 1, LC_SOURCE_DIR "/plugins");
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_engine_close(engine);
    return 0;
}

static const char *profile_text = "format: latecomer.profile/1\n"
                                  "country: {iso3: XAB, name: Test, year: 2020}\n"
                                  "finance: {collateral_value_pct_loan: 250}\n"
                                  "technology: {capability_stage: adaptive}\n"
                                  "institutions: {credit_guarantee_fund: {present: false}}\n";

static lc_result *evaluate(const char *text) {
    /* one rule, so the assertions hold as the bundled pack grows */
    lc_eval_options o = {.only = "sme_credit_guarantee_first"};
    return fixture_evaluate(engine, "mem.yaml", text, &o);
}

static void finding_sequence_and_stage(void **state) {
    (void)state;
    lc_result *r = evaluate(profile_text);
    assert_int_equal(r->n_findings, 1);
    assert_string_equal(r->findings[0].rule, "sme_credit_guarantee_first");
    assert_int_equal(r->findings[0].severity, LC_SEV_WARNING);
    assert_string_equal(r->as_of, "2020-12-31");
    char *json = lc_result_json(r, false);
    assert_non_null(strstr(json, "\"stage\":{\"id\":\"transition\",\"capability\":\"adaptive\""));
    /* the framework act is not in place, so it is added before the fund */
    assert_non_null(
        strstr(json, "{\"phase\":1,\"measures\":[{\"id\":\"sme_framework_act_definition\""));
    assert_non_null(strstr(json, "\"at\":\"mem.yaml:3:38\""));
    free(json);
    lc_result_free(r);
}

static void output_is_byte_identical_run_to_run(void **state) {
    (void)state;
    lc_result *a = evaluate(profile_text), *b = evaluate(profile_text);
    char *ja = lc_result_json(a, true), *jb = lc_result_json(b, true);
    assert_string_equal(ja, jb);
    free(ja);
    free(jb);
    lc_result_free(a);
    lc_result_free(b);
}

/* The gap for FIELD, or NULL. */
static const lc_gap *gap_for(const lc_result *r, const char *field) {
    for (size_t i = 0; i < r->n_gaps; i++)
        if (!strcmp(r->gaps[i].field, field)) return &r->gaps[i];
    return NULL;
}

static void missing_data_is_a_gap_not_a_zero(void **state) {
    (void)state;
    lc_result *r = evaluate("format: latecomer.profile/1\n"
                            "country: {iso3: XAB, name: Test, year: 2020}\n");
    /* the bundled pack grows: check the gaps that matter, not their count */
    assert_int_equal(r->n_findings, 0);
    const lc_gap *g = gap_for(r, "institutions.credit_guarantee_fund.present");
    assert_non_null(g);
    assert_string_equal(g->needed_by[0], "sme_credit_guarantee_first");
    /* the stage needs the capability stage or, failing that, R&D intensity */
    assert_non_null(g = gap_for(r, "technology.capability_stage"));
    assert_string_equal(g->needed_by[0], "stage");
    assert_non_null(g = gap_for(r, "technology.rd_pct_gdp"));
    assert_string_equal(g->needed_by[0], "stage");
    for (size_t i = 1; i < r->n_gaps; i++) /* sorted by field, each once */
        assert_true(strcmp(r->gaps[i - 1].field, r->gaps[i].field) < 0);
    lc_result_free(r);
}

/* --stats: each stage's time and the sandboxed calls, only when asked. */
static void stats_only_when_asked(void **state) {
    (void)state;
    lc_result *r = evaluate(profile_text);
    assert_null(r->stats);
    lc_result_free(r);
    lc_eval_options opts = {.stats = true};
    r = fixture_evaluate(engine, "mem.yaml", profile_text, &opts);
    assert_non_null(r->stats);
    const cJSON *stages = cJSON_GetObjectItemCaseSensitive(r->stats, "stages_us");
    static const char *const names[] = {"view", "derive", "rules", "plan", "classify"};
    double sum = 0;
    for (size_t i = 0; i < 5; i++) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(stages, names[i]);
        assert_true(cJSON_IsNumber(t) && t->valuedouble >= 0);
        sum += t->valuedouble;
    }
    const cJSON *total = cJSON_GetObjectItemCaseSensitive(r->stats, "total_us");
    assert_true(cJSON_IsNumber(total) && total->valuedouble >= sum - 5); /* each rounded */
    /* the stage indicator and every rule of the pack ran in the sandbox */
    const cJSON *calls = cJSON_GetObjectItemCaseSensitive(r->stats, "sandbox_calls");
    assert_true(cJSON_IsNumber(calls) && calls->valuedouble > 1);
    char *json = lc_result_json(r, false);
    assert_non_null(strstr(json, ",\"stats\":{\"stages_us\":{\"view\":"));
    free(json);
    lc_result_free(r);
}

/* The result's gaps stay one per field, each naming every rule that
 * needed it, however many are recorded (the index that finds a field
 * grows as they come) and in whatever order. */
static void gaps_merge_by_field(void **state) {
    (void)state;
    lc_result *r = lc_result_new();
    assert_non_null(r);
    enum { FIELDS = 300 };
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < FIELDS; i++) {
            char field[48];
            snprintf(field, sizeof field, "macro.field_%03d", (i * 7) % FIELDS);
            assert_true(lc_result_add_gap(r, field, pass == 1 ? "rule_a" : "rule_b", "why"));
        }
    lc_result_sort(r);
    assert_true(lc_result_add_gap(r, "macro.field_000", "rule_c", "why")); /* after sorting */
    assert_int_equal(r->n_gaps, FIELDS);
    for (size_t i = 0; i < r->n_gaps; i++) {
        char field[48];
        snprintf(field, sizeof field, "macro.field_%03zu", i);
        assert_string_equal(r->gaps[i].field, field);
        assert_int_equal(r->gaps[i].n_needed_by, i == 0 ? 3 : 2);
        assert_string_equal(r->gaps[i].needed_by[0], "rule_a");
        assert_string_equal(r->gaps[i].needed_by[1], "rule_b");
    }
    lc_result_free(r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finding_sequence_and_stage),
        cmocka_unit_test(output_is_byte_identical_run_to_run),
        cmocka_unit_test(missing_data_is_a_gap_not_a_zero),
        cmocka_unit_test(stats_only_when_asked),
        cmocka_unit_test(gaps_merge_by_field),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

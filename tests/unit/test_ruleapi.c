/* Unit tests: the rule API helpers (ctx:check, ctx:need, ctx:trend,
 * ctx:series, ctx:keys, ctx:sorted, three-valued logic, ctx:evidence,
 * ctx:note) through whole evaluations of tests/unit/data/helpers-pack.
 * The pack's rules assert the helpers' Lua-side behaviour themselves; a
 * failed assertion is a rule error, which these tests reject. */
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
#include "engine/result.h"
#include "latecomer/latecomer.h"
#include "util/diag.h"

static const char *profile_text = "format: latecomer.profile/1\n"
                                  "country: {iso3: XAB, name: Test, year: 2024}\n"
                                  "macro: {inflation_pct: 7.8}\n"
                                  "finance: {collateral_value_pct_loan: 210}\n"
                                  "technology: {capability_stage: operational}\n"
                                  "institutions:\n"
                                  "  sme_agency: {present: false}\n"
                                  "  credit_guarantee_fund: {present: false}\n"
                                  "  sme_framework_law: {present: true}\n"
                                  "history:\n"
                                  "  2010: {macro: {inflation_pct: 21.0}}\n"
                                  "  2016: {macro: {inflation_pct: 15.8}}\n";

static lc_engine *engine;

static int setup(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/tests/unit/data/helpers-pack"};
    engine = fixture_open(rules, 1, NULL);
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_engine_close(engine);
    return 0;
}

static lc_result *evaluate(lc_explain explain) {
    lc_eval_options o = {.explain = explain};
    lc_result *r = fixture_evaluate(engine, "mem.yaml", profile_text, &o);
    for (size_t i = 0; i < r->n_errors; i++)
        fprintf(stderr, "rule error: %s: %s:%d: %s\n", r->errors[i].rule,
                r->errors[i].file ? r->errors[i].file : "?", r->errors[i].line,
                r->errors[i].message);
    assert_int_equal(r->n_errors, 0);
    return r;
}

static const lc_finding *finding(const lc_result *r, const char *id) {
    for (size_t i = 0; i < r->n_findings; i++)
        if (!strcmp(r->findings[i].id, id)) return &r->findings[i];
    fail_msg("finding %s not emitted", id);
    return NULL;
}

static const cJSON *trace_entry(const lc_result *r, const char *rule) {
    const cJSON *t;
    cJSON_ArrayForEach(t, r->trace) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(t, "rule");
        if (cJSON_IsString(id) && !strcmp(id->valuestring, rule)) return t;
    }
    fail_msg("no trace entry for %s", rule);
    return NULL;
}

static const char *status_of(const lc_result *r, const char *rule) {
    return cJSON_GetObjectItemCaseSensitive(trace_entry(r, rule), "status")->valuestring;
}

static void checks_produce_evidence_and_gaps(void **state) {
    (void)state;
    lc_result *r = evaluate(LC_EXPLAIN_FULL);
    const lc_finding *f = finding(r, "collateral_high");
    char *ev = cJSON_PrintUnformatted(f->evidence);
    /* the evidence carries the comparison, the unit and the profile position */
    assert_non_null(strstr(ev, "{\"field\":\"finance.collateral_value_pct_loan\",\"value\":210,"
                               "\"op\":\">\",\"threshold\":150,\"unit\":\"% of loan value\","
                               "\"at\":\"mem.yaml:4:38\"}"));
    assert_non_null(strstr(ev, "\"field\":\"technology.capability_stage\",\"value\":"
                               "\"operational\",\"op\":\"in\",\"threshold\":[\"operational\","
                               "\"duplicative\"]"));
    free(ev);
    /* the unknown field is a data gap of the rules that needed it */
    const lc_gap *gap = NULL;
    for (size_t i = 0; i < r->n_gaps; i++)
        if (!strcmp(r->gaps[i].field, "macro.exports_pct_gdp")) gap = &r->gaps[i];
    assert_non_null(gap);
    assert_int_equal(gap->n_needed_by, 2);
    assert_string_equal(gap->needed_by[0], "check_rule");
    assert_string_equal(gap->needed_by[1], "gap_rule");
    assert_string_equal(status_of(r, "check_rule"), "fired");
    /* a rule that could not judge its only condition is skipped, not "did not fire" */
    assert_string_equal(status_of(r, "gap_rule"), "skipped_missing_data");
    lc_result_free(r);
}

static void checks_are_recorded_for_explain(void **state) {
    (void)state;
    lc_result *r = evaluate(LC_EXPLAIN_FULL);
    const cJSON *t = trace_entry(r, "check_rule");
    char *json = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(t, "checks"));
    assert_non_null(strstr(json, "{\"field\":\"finance.collateral_value_pct_loan\",\"op\":\">\","
                                 "\"expected\":150,\"actual\":210,\"outcome\":\"held\","
                                 "\"config\":\"collateral_trigger\",\"line\":8}"));
    assert_non_null(strstr(json, "{\"field\":\"macro.inflation_pct\",\"op\":\">\",\"expected\":10,"
                                 "\"actual\":7.8,\"outcome\":\"not_held\","
                                 "\"config\":\"inflation_high_pct\""));
    assert_non_null(strstr(json, "{\"field\":\"macro.exports_pct_gdp\",\"op\":\">=\","
                                 "\"expected\":20,\"actual\":null,\"outcome\":\"missing\""));
    assert_non_null(strstr(json, "\"actual\":false,\"outcome\":\"not_held\","
                                 "\"fallback\":\"institutions.sme_agency.present\""));
    free(json);
    json = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(t, "notes"));
    assert_string_equal(json, "[\"checked collateral and inflation\"]");
    free(json);
    lc_result_free(r);
    /* without --explain nothing is recorded */
    r = evaluate(LC_EXPLAIN_OFF);
    assert_null(r->trace);
    lc_result_free(r);
}

static void trends_cite_both_years(void **state) {
    (void)state;
    lc_result *r = evaluate(LC_EXPLAIN_OFF);
    const lc_finding *f = finding(r, "inflation_fell");
    char *ev = cJSON_PrintUnformatted(f->evidence);
    assert_string_equal(ev, "[{\"field\":\"macro.inflation_pct\",\"value\":-8,\"op\":\"<=\","
                            "\"threshold\":-5,\"note\":\"change from 15.8 (2016) to 7.8 (2024)\","
                            "\"at\":\"mem.yaml:3:24\"}]");
    free(ev);
    /* the gap for the earlier year names the year that was looked for */
    bool found = false;
    for (size_t i = 0; i < r->n_gaps; i++)
        found |= !strcmp(r->gaps[i].field, "history.2000.macro.inflation_pct");
    assert_true(found);
    lc_result_free(r);
}

static void iteration_is_sorted(void **state) {
    (void)state;
    lc_result *r = evaluate(LC_EXPLAIN_OFF);
    assert_string_equal(finding(r, "ordered")->message, "x,y,z");
    lc_result_free(r);
}

static bool in_trace(const lc_result *r, const char *rule) {
    const cJSON *t;
    cJSON_ArrayForEach(t, r->trace) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(t, "rule");
        if (cJSON_IsString(id) && !strcmp(id->valuestring, rule)) return true;
    }
    return false;
}

static int outcomes(const lc_result *r, const char *rule, const char *outcome) {
    int n = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(trace_entry(r, rule), "checks")) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(c, "outcome");
        n += cJSON_IsString(o) && !strcmp(o->valuestring, outcome);
    }
    return n;
}

static void explain_levels(void **state) {
    (void)state;
    /* fails: what fired or was skipped, with the checks that held or lacked data */
    lc_result *r = evaluate(LC_EXPLAIN_FAILS);
    assert_true(in_trace(r, "check_rule") && in_trace(r, "gap_rule"));
    assert_false(in_trace(r, "quiet_rule") || in_trace(r, "silent_rule"));
    assert_int_equal(outcomes(r, "check_rule", "held"), 2);
    assert_int_equal(outcomes(r, "check_rule", "missing"), 1);
    assert_int_equal(outcomes(r, "check_rule", "not_held"), 0);
    assert_null(cJSON_GetObjectItemCaseSensitive(trace_entry(r, "check_rule"), "notes"));
    lc_result_free(r);
    /* notes: plus rules that checked or noted something, every check, the notes */
    r = evaluate(LC_EXPLAIN_NOTES);
    assert_true(in_trace(r, "quiet_rule"));
    assert_false(in_trace(r, "silent_rule"));
    assert_string_equal(status_of(r, "quiet_rule"), "not_fired");
    assert_int_equal(outcomes(r, "check_rule", "not_held"), 2);
    assert_non_null(cJSON_GetObjectItemCaseSensitive(trace_entry(r, "quiet_rule"), "notes"));
    lc_result_free(r);
    /* full: every call */
    r = evaluate(LC_EXPLAIN_FULL);
    assert_true(in_trace(r, "silent_rule"));
    lc_result_free(r);
}

/* Indicators run after the indicators whose output they require; a
 * dependency cycle is an error naming the chain. */
static void indicators_run_in_dependency_order(void **state) {
    (void)state;
    lc_engine *e = fixture_open(NULL, 0, LC_SOURCE_DIR "/tests/unit/data/order-plugins");
    assert_non_null(e);
    lc_eval_options o = {.explain = LC_EXPLAIN_FULL};
    lc_result *r = fixture_evaluate(e, "mem.yaml", profile_text, &o);
    char *trace = cJSON_PrintUnformatted(r->trace);
    const char *b = strstr(trace, "\"rule\":\"b_base\""),
               *a = strstr(trace, "\"rule\":\"a_uses_b\"");
    assert_true(a && b && b < a);
    assert_null(strstr(trace, "c_cycle\",\"stage\":\"derive\",\"status\":\"fired"));
    free(trace);
    assert_int_equal(r->n_errors, 2);
    assert_string_equal(r->errors[0].rule, "c_cycle");
    assert_string_equal(r->errors[0].message, "indicator dependency cycle: c_cycle -> d_cycle -> "
                                              "c_cycle (via requires derived.*)");
    assert_string_equal(r->errors[1].rule, "d_cycle");
    lc_result_free(r);
    lc_engine_close(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(checks_produce_evidence_and_gaps),
        cmocka_unit_test(checks_are_recorded_for_explain),
        cmocka_unit_test(trends_cite_both_years),
        cmocka_unit_test(iteration_is_sorted),
        cmocka_unit_test(explain_levels),
        cmocka_unit_test(indicators_run_in_dependency_order),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

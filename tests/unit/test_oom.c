/* Out-of-memory tests: the sandbox allocator refuses Lua allocation N, for
 * N = 1, 2, 3 ... until a run completes without reaching N, first while the
 * engine opens (state creation, safe globals, rule pack and plugin load),
 * then while a profile is evaluated. Every run must end in a clean status
 * (never a crash or an abort from an unprotected Lua error), leak nothing
 * (ASan/LSan in scripts/test-all.sh) and leave the engine as good as new.
 * Two fault shapes: every request from N on fails (the system is out of
 * memory), or only request N fails (Lua's emergency collection retries). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "latecomer/latecomer.h"
#include "util/diag.h"

static const char *const rule_dirs[] = {LC_SOURCE_DIR "/tests/unit/data/oom-pack"};
static const char *const plugin_dirs[] = {LC_SOURCE_DIR "/plugins"};

static const char *profile_text = "format: latecomer.profile/1\n"
                                  "country: {iso3: XAB, name: Test, year: 2024}\n"
                                  "finance: {collateral_value_pct_loan: 210}\n"
                                  "technology: {capability_stage: adaptive}\n"
                                  "institutions: {sme_agency: {present: false}}\n"
                                  "history: {2019: {finance: {collateral_value_pct_loan: 180}}}\n";

static lc_engine_config config(void) {
    return (lc_engine_config){rule_dirs, 1, plugin_dirs, 1, lc_limits_default()};
}

static void open_fails_cleanly(uint64_t count) {
    lc_engine_config cfg = config();
    uint64_t n = 1, failed = 0;
    for (;; n++) {
        lc_alloc_fault fault = {n, count};
        lc_diags d;
        lc_diags_init(&d);
        lc_engine *e = NULL;
        lc_status st = lc_engine_open_faulty(&cfg, &fault, &e, &d);
        bool fired = false;
        if (st == LC_OK) {
            fired = e->sb->refused > 0;
            /* an engine that opened despite a refused request has lost nothing */
            assert_int_equal(e->rules.n, 2);
            assert_int_equal(e->rules.n_failed, 0);
        } else {
            failed++;
            assert_null(e);
            assert_true(st == LC_ENOMEM || st == LC_ERULES);
            if (st == LC_ERULES) assert_true(d.errors > 0);
        }
        lc_engine_close(e);
        lc_diags_free(&d);
        if (st == LC_OK && !fired) break; /* N is past the last allocation */
        assert_true(n < 1000000);
    }
    fprintf(stderr, "engine open: %llu allocation points, %llu failed cleanly (fault count %llu)\n",
            (unsigned long long)n, (unsigned long long)failed, (unsigned long long)count);
    /* the loop must really have hit the engine: a persistent fault fails it */
    /* every point but the last (the final collection) fails the evaluation */
    if (count == 0) assert_true(failed + 2 >= n);
}

static void open_persistent(void **state) {
    (void)state;
    open_fails_cleanly(0);
}

static void open_transient(void **state) {
    (void)state;
    open_fails_cleanly(1);
}

static char *evaluate_json(lc_engine *e, const lc_profile *p, lc_status *st) {
    lc_eval_options o = {.explain = LC_EXPLAIN_FULL};
    lc_result *r = NULL;
    *st = lc_engine_evaluate(e, p, &o, &r);
    char *json = r ? lc_result_json(r, false) : NULL;
    lc_result_free(r);
    return json;
}

static void evaluate_fails_cleanly(uint64_t count) {
    lc_engine_config cfg = config();
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    assert_int_equal(lc_engine_open(&cfg, &e, &d), LC_OK);
    lc_profile *p = NULL;
    assert_int_equal(
        lc_profile_load_buffer(e, "mem.yaml", profile_text, strlen(profile_text), &p, &d), LC_OK);
    lc_diags_free(&d);
    lc_status st;
    char *baseline = evaluate_json(e, p, &st);
    assert_int_equal(st, LC_OK);
    assert_non_null(strstr(baseline, "\"collateral_high\""));
    uint64_t n = 1, failed = 0;
    for (;; n++) {
        uint64_t refused = e->sb->refused;
        lc_sandbox_set_fault(e->sb, (lc_alloc_fault){n, count});
        char *json = evaluate_json(e, p, &st);
        lc_sandbox_set_fault(e->sb, (lc_alloc_fault){0, 0});
        bool fired = e->sb->refused > refused;
        if (st == LC_OK) {
            /* a refusal Lua absorbed (its emergency collection) changes nothing */
            assert_non_null(json);
            assert_string_equal(json, baseline);
        } else {
            failed++;
            assert_int_equal(st, LC_ENOMEM);
        }
        free(json);
        /* and the engine is as good as new */
        json = evaluate_json(e, p, &st);
        assert_int_equal(st, LC_OK);
        assert_string_equal(json, baseline);
        free(json);
        if (!fired) break;
        assert_true(n < 1000000);
    }
    fprintf(stderr, "evaluate: %llu allocation points, %llu failed cleanly (fault count %llu)\n",
            (unsigned long long)n, (unsigned long long)failed, (unsigned long long)count);
    /* every point but the last (the final collection) fails the evaluation */
    if (count == 0) assert_true(failed + 2 >= n);
    free(baseline);
    lc_profile_free(p);
    lc_engine_close(e);
}

static void evaluate_persistent(void **state) {
    (void)state;
    evaluate_fails_cleanly(0);
}

static void evaluate_transient(void **state) {
    (void)state;
    evaluate_fails_cleanly(1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(open_persistent),
        cmocka_unit_test(open_transient),
        cmocka_unit_test(evaluate_persistent),
        cmocka_unit_test(evaluate_transient),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Rules share one sealed instance per engine (core/evaluate/shared.c). The
 * pack in data/shared_pack keeps state every way a rule can: upvalues,
 * module-level tables, globals, module tables and upvalues, modules
 * required late, metatables, raw reads, a write whose error it swallows.
 * Each rule reports what it saw; every evaluation, of the same engine and
 * of another, must see exactly what a fresh instance sees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../support/fixture.h"
#include <stdlib.h>

#define PACK LC_SOURCE_DIR "/tests/unit/data/shared_pack"

static const char profile[] = "format: latecomer.profile/1\n"
                              "country: {iso3: XAA, name: Shared, year: 2025}\n";

/* What a fresh instance of each rule reports (the engine before sharing
 * gave these on every evaluation). */
static const struct {
    const char *rule, *message;
} fresh[] = {
    {"env_pairs", "2"},        {"global_counter", "1"},  {"list_append", "1"},
    {"local_env", "1"},        {"metamethod_swap", "1"}, {"module_lazy", "1"},
    {"module_rerequire", "1"}, {"module_table", "1"},    {"module_upvalue", "1"},
    {"object_method", "1"},    {"pcall_write", "2"},     {"raw_read", "1"},
    {"setmeta_module", "1"},   {"table_counter", "1"},   {"upvalue_counter", "1"},
};
#define N_RULES (sizeof fresh / sizeof fresh[0])

static void sees_what_a_fresh_instance_sees(const lc_result *r) {
    assert_int_equal(r->n_errors, 0);
    assert_int_equal(r->n_findings, N_RULES);
    for (size_t i = 0; i < N_RULES; i++) {
        const lc_finding *f = NULL;
        for (size_t k = 0; k < r->n_findings && !f; k++)
            if (!strcmp(r->findings[k].rule, fresh[i].rule)) f = &r->findings[k];
        if (!f) fail_msg("no finding from %s", fresh[i].rule);
        if (strcmp(f->message, fresh[i].message) != 0)
            fail_msg("%s saw %s (a fresh instance sees %s)", fresh[i].rule, f->message,
                     fresh[i].message);
    }
}

static char *evaluate_json(lc_engine *e) {
    lc_result *r = fixture_evaluate(e, "shared.yaml", profile, NULL);
    sees_what_a_fresh_instance_sees(r);
    char *json = lc_result_json(r, false);
    assert_non_null(json);
    lc_result_free(r);
    return json;
}

static void no_state_survives_a_call(void **state) {
    (void)state;
    const char *rules[] = {PACK};
    lc_engine *e = fixture_open(rules, 1, NULL);
    assert_non_null(e);
    char *first = evaluate_json(e);
    for (int round = 0; round < 4; round++) { /* the same engine, again and again */
        char *again = evaluate_json(e);
        assert_string_equal(again, first);
        free(again);
    }
    lc_engine *other = fixture_open(rules, 1, NULL); /* another worker's engine */
    assert_non_null(other);
    char *elsewhere = evaluate_json(other);
    assert_string_equal(elsewhere, first);
    free(elsewhere);
    free(first);
    lc_engine_close(other);
    lc_engine_close(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_state_survives_a_call),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

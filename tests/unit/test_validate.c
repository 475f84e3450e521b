/* Unit tests: schema compilation and validation against the built-in
 * schema. The jq-style message tests live in tests/profiles/ (issue 3). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "validate/validate.h"

static lc_schema *schema;

static int setup(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    schema = lc_schema_builtin(&d);
    lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    return schema ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_schema_free(schema);
    return 0;
}

/* Validates TEXT; returns the diagnostics (caller frees). */
static lc_doc *check(const char *text, lc_diags *d) {
    lc_diags_init(d);
    lc_doc *doc = lc_yaml_load("p.yaml", text, strlen(text), NULL, d);
    if (doc) lc_validate(schema, doc, d);
    lc_diags_sort(d);
    return doc;
}

#define MINIMAL "format: latecomer.profile/1\ncountry: {iso3: XAA, name: X, year: 2024}\n"

static void minimal_profile_is_valid(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check(MINIMAL, &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void schema_lookup_follows_paths(void **state) {
    (void)state;
    const lc_field *f = lc_schema_lookup(schema, "country.income_group");
    assert_non_null(f);
    assert_int_equal(f->type, LC_T_ENUM);
    f = lc_schema_lookup(schema, "institutions.credit_guarantee_fund.present");
    assert_non_null(f);
    assert_int_equal(f->type, LC_T_BOOL);
    f = lc_schema_lookup(schema, "history.1980.macro.inflation_pct");
    assert_non_null(f);
    assert_int_equal(f->type, LC_T_NUM);
    assert_null(lc_schema_lookup(schema, "country.nope"));
}

static void provenance_is_unwrapped_and_kept(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check(MINIMAL "macro:\n  exports_pct_gdp: {value: 31.2, year: 2023, source: WDI, "
                                "code: NE.EXP.GNFS.ZS}\n",
                        &d);
    assert_int_equal(d.errors, 0);
    const lc_node *v = lc_node_at(doc->root, "macro.exports_pct_gdp");
    assert_non_null(v);
    assert_int_equal(v->kind, LC_NODE_FLOAT);
    assert_non_null(v->prov);
    assert_string_equal(lc_node_get(v->prov, "code")->text, "NE.EXP.GNFS.ZS");
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void every_problem_is_reported_in_order(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check("format: latecomer.profile/1\n"
                        "country: {iso3: XAA, year: 1900.5}\n"
                        "macro: {exports_pct_gdp: 131, inflation_pct: '7'}\n"
                        "institutions: {credit_guarantee_fund: {present: on}}\n",
                        &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 5);
    assert_int_equal(d.items[0].line, 2); /* missing name, at the country map */
    assert_non_null(strstr(d.items[0].message, "missing required field 'name'"));
    assert_non_null(strstr(d.items[1].message, "not an integer"));
    assert_non_null(strstr(d.items[2].message, "out of range (expected 0 to"));
    assert_non_null(strstr(d.items[3].message, "not a number"));
    assert_non_null(strstr(d.items[4].message, "write true"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void unknown_keys_warn_with_suggestion(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check(MINIMAL "macro: {inflaton_pct: 3}\ncapability_stage: adaptive\n", &d);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 2);
    assert_non_null(strstr(d.items[0].message, "did you mean 'inflation_pct'"));
    assert_non_null(strstr(d.items[1].message, "technology.capability_stage"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void history_entries_are_partial_profiles(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check(MINIMAL "history:\n  1980: {macro: {inflation_pct: 25.6}}\n"
                                "  nineteen: {macro: {inflation_pct: x}}\n",
                        &d);
    assert_int_equal(d.errors, 2);
    assert_non_null(strstr(d.items[0].message, "not a year"));
    assert_non_null(strstr(d.items[1].message, "not a number"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(minimal_profile_is_valid),
        cmocka_unit_test(schema_lookup_follows_paths),
        cmocka_unit_test(provenance_is_unwrapped_and_kept),
        cmocka_unit_test(every_problem_is_reported_in_order),
        cmocka_unit_test(unknown_keys_warn_with_suggestion),
        cmocka_unit_test(history_entries_are_partial_profiles),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

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
#include "validate/iso3.h"
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

static void iso3_codes(void **state) {
    (void)state;
    assert_int_equal(lc_iso3_classify("KOR", NULL), LC_ISO3_ASSIGNED);
    assert_int_equal(lc_iso3_classify("ZWE", NULL), LC_ISO3_ASSIGNED);
    assert_int_equal(lc_iso3_classify("ABW", NULL), LC_ISO3_ASSIGNED);
    /* the user-assigned ranges, at their edges */
    const char *user[] = {"AAA", "AAZ", "QMA", "QZZ", "XAA", "XKX", "XZZ", "ZZA", "ZZZ"};
    for (size_t i = 0; i < sizeof(user) / sizeof(user[0]); i++)
        assert_int_equal(lc_iso3_classify(user[i], NULL), LC_ISO3_USER_ASSIGNED);
    /* just outside them */
    assert_int_equal(lc_iso3_classify("ABA", NULL), LC_ISO3_UNKNOWN);
    assert_int_equal(lc_iso3_classify("QLZ", NULL), LC_ISO3_UNKNOWN);
    assert_int_equal(lc_iso3_classify("ZYZ", NULL), LC_ISO3_UNKNOWN);
    assert_int_equal(lc_iso3_classify("QAT", NULL), LC_ISO3_ASSIGNED); /* Qatar */
    const lc_iso3_withdrawn *old = NULL;
    assert_int_equal(lc_iso3_classify("SUN", &old), LC_ISO3_WITHDRAWN);
    assert_non_null(old);
    assert_int_equal(old->year, 1992);
    assert_int_equal(lc_iso3_classify("kor", NULL), LC_ISO3_MALFORMED);
    assert_int_equal(lc_iso3_classify("KO", NULL), LC_ISO3_MALFORMED);
    assert_int_equal(lc_iso3_classify("KORE", NULL), LC_ISO3_MALFORMED);
    assert_int_equal(lc_iso3_classify("", NULL), LC_ISO3_MALFORMED);
}

static void defaults_are_filled_in(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc =
        check(MINIMAL "subsidy_programs: [{id: P1, instrument: grant}, "
                      "{id: P2, instrument: loan, product_scope: agricultural}]\n"
                      "history: {2010: {subsidy_programs: [{id: P1, instrument: grant}]}}\n",
              &d);
    assert_int_equal(d.errors, 0);
    const lc_node *as_of = lc_node_at(doc->root, "country.as_of");
    assert_non_null(as_of);
    assert_string_equal(as_of->text, "2024-12-31");
    assert_true(as_of->defaulted);
    const lc_node *scope = lc_node_at(doc->root, "subsidy_programs.1.product_scope");
    assert_non_null(scope);
    assert_string_equal(scope->text, "industrial");
    assert_true(scope->defaulted);
    assert_string_equal(lc_node_at(doc->root, "subsidy_programs.2.product_scope")->text,
                        "agricultural");
    /* history entries are partial observations: no defaults there */
    const lc_node *old = lc_node_at(doc->root, "history.2010.subsidy_programs.1");
    assert_non_null(old);
    assert_null(lc_node_get(old, "product_scope"));
    lc_doc_free(doc);
    lc_diags_free(&d);
    /* a given as_of stays, and an invalid profile gets no defaults */
    doc = check("format: latecomer.profile/1\ncountry: {iso3: XAA, name: X, year: 2024, "
                "as_of: 2025-06-30}\n",
                &d);
    assert_string_equal(lc_node_at(doc->root, "country.as_of")->text, "2025-06-30");
    assert_false(lc_node_at(doc->root, "country.as_of")->defaulted);
    lc_doc_free(doc);
    lc_diags_free(&d);
    doc = check("format: latecomer.profile/1\ncountry: {iso3: XAA, year: 2024}\n", &d);
    assert_int_equal(d.errors, 1);
    assert_null(lc_node_at(doc->root, "country.as_of"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void history_entries_cannot_hold_identity(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = check(MINIMAL "history:\n  1990:\n    format: latecomer.profile/1\n"
                                "    country: {iso3: XAA, income_group: low}\n"
                                "    waivers: []\n",
                        &d);
    assert_int_equal(d.errors, 3);
    for (size_t i = 0; i < 3; i++)
        assert_non_null(strstr(d.items[i].message, "not allowed in a history entry"));
    assert_non_null(strstr(d.items[1].message, "history.1990.country.iso3"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

typedef struct walk_count {
    size_t fields, wdi, institutions;
    bool saw_nested_list_field;
} walk_count;

static bool count_fields(const lc_field *f, const char *path, unsigned depth, void *ctx) {
    walk_count *c = ctx;
    c->fields++;
    if (f->wdi) c->wdi++;
    if (depth == 1 && !strncmp(path, "institutions.", 13)) c->institutions++;
    if (!strcmp(path, "sectors.world_export_share.share_pct")) c->saw_nested_list_field = true;
    /* every visited path is one lc_schema_lookup resolves to the same field */
    assert_ptr_equal(lc_schema_lookup(schema, path), f);
    return true;
}

static void walk_visits_every_field_with_its_path(void **state) {
    (void)state;
    walk_count c = {0};
    lc_schema_walk(schema, count_fields, &c);
    assert_int_equal(c.institutions, 28);
    assert_true(c.saw_nested_list_field);
    assert_true(c.wdi >= 25); /* the 25 WDI codes profile.md gives */
    assert_true(c.fields >= 300);
}

/* Compiles TEXT as a schema and returns the first diagnostic, or NULL. */
static char *schema_error(const char *text) {
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *s = lc_schema_load("s.yaml", text, strlen(text), &d);
    char *msg = d.n ? strdup(d.items[0].message) : NULL;
    assert_true((s == NULL) == (d.errors > 0));
    lc_schema_free(s);
    lc_diags_free(&d);
    return msg;
}

static void schema_mistakes_are_caught(void **state) {
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"format: latecomer.schema/1\nfields: {a: {type: int, requird: true}}\n",
         "unknown schema attribute 'requird'"},
        {"format: latecomer.schema/1\nfields: {a: {type: integer}}\n", "unknown or missing type"},
        {"format: latecomer.schema/1\nfields: {a: {type: enum, values: [x, x]}}\n", "listed twice"},
        {"format: latecomer.schema/1\nfields: {a: {type: enum, values: [x], default: y}}\n",
         "default of 'a'"},
        {"format: latecomer.schema/1\nfields: {a: {type: int, min: 5, max: 1}}\n", "min above max"},
        {"format: latecomer.schema/1\nfields: {a: {type: list, unique: id, item: {type: str}}}\n",
         "unique: 'id'"},
        {"format: latecomer.schema/1\nfields: {a: {shape: nowhere}}\n", "unknown shape"},
        {"format: latecomer.schema/1\nfields: {a: {type: str, check: iso2}}\n", "unknown check"},
        {"format: latecomer.schema/1\nfields: {a: {type: str, required: yes}}\n",
         "must be true or false"},
        {"format: latecomer.schema/1\nfeilds: {}\n", "unknown schema section"},
        {"format: other\nfields: {}\n", "latecomer.schema/1"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *msg = schema_error(cases[i].text);
        if (!msg || !strstr(msg, cases[i].want))
            fail_msg("schema %zu: expected '%s', got '%s'", i, cases[i].want, msg ? msg : "(none)");
        free(msg);
    }
    assert_null(schema_error("format: latecomer.schema/1\nfields: {a: {type: int}}\n"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(minimal_profile_is_valid),
        cmocka_unit_test(schema_lookup_follows_paths),
        cmocka_unit_test(provenance_is_unwrapped_and_kept),
        cmocka_unit_test(every_problem_is_reported_in_order),
        cmocka_unit_test(unknown_keys_warn_with_suggestion),
        cmocka_unit_test(history_entries_are_partial_profiles),
        cmocka_unit_test(iso3_codes),
        cmocka_unit_test(defaults_are_filled_in),
        cmocka_unit_test(history_entries_cannot_hold_identity),
        cmocka_unit_test(walk_visits_every_field_with_its_path),
        cmocka_unit_test(schema_mistakes_are_caught),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

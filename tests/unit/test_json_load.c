/* Unit tests: the JSON loader (NDJSON input): typing, positions, strictness,
 * limits, and that a JSON profile gives the same tree as its YAML twin. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/json_load.h"
#include "load/load.h"
#include "validate/schema.h"
#include "validate/validate.h"

static lc_doc *load_at(const char *text, unsigned line, lc_diags *d) {
    lc_diags_init(d);
    return lc_json_load("in.ndjson", text, strlen(text), line, NULL, d);
}

static void values_get_json_types_and_positions(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load_at(
        "{\"a\": 12, \"b\": -3.5e1, \"c\": true, \"d\": null, \"e\": \"12\", \"f\": [1, \"x\"], "
        "\"g\": {\"1980\": false, \"x1\": 0}, \"h\": 0.5}",
        7, &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0);
    lc_node *r = doc->root;
    assert_int_equal(r->kind, LC_NODE_MAP);
    assert_int_equal(r->line, 7);
    assert_int_equal(r->col, 1);
    lc_node *a = lc_node_get(r, "a");
    assert_int_equal(a->kind, LC_NODE_INT);
    assert_int_equal(a->v.i, 12);
    assert_int_equal(a->line, 7);
    assert_int_equal(a->col, 7);
    assert_string_equal(a->text, "12");
    assert_int_equal(lc_node_get(r, "b")->kind, LC_NODE_FLOAT);
    assert_true(lc_node_get(r, "b")->v.f == -35.0);
    assert_int_equal(lc_node_get(r, "c")->kind, LC_NODE_BOOL);
    assert_true(lc_node_get(r, "c")->v.b);
    assert_int_equal(lc_node_get(r, "d")->kind, LC_NODE_NULL);
    lc_node *e = lc_node_get(r, "e");
    assert_int_equal(e->kind, LC_NODE_STR); /* a JSON string is never typed */
    assert_true(e->quoted);
    lc_node *x = lc_node_at(r, "f.2");
    assert_non_null(x);
    assert_string_equal(x->text, "x");
    /* integer-looking keys become integer keys, as in YAML (history years) */
    lc_node *g = lc_node_get(r, "g");
    assert_int_equal(g->pairs[0].key->kind, LC_NODE_INT);
    assert_int_equal(g->pairs[0].key->v.i, 1980);
    assert_int_equal(g->pairs[1].key->kind, LC_NODE_STR);
    assert_non_null(lc_node_at(r, "g.1980"));
    assert_true(lc_node_get(r, "h")->v.f == 0.5);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void multi_line_json_and_unicode_keep_columns(void **state) {
    (void)state;
    lc_diags d;
    /* é is two bytes, one column; the escapes decode to UTF-8 */
    lc_doc *doc = load_at(
        "\xEF\xBB\xBF{\n  \"n\": \"\xC3\xA9\",  \"m\": 1,\n \"u\": \"\\u00e9\\ud83d\\ude00\\n\"}",
        1, &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0);
    lc_node *m = lc_node_get(doc->root, "m");
    assert_int_equal(m->line, 2);
    assert_int_equal(m->col, 19);
    lc_node *u = lc_node_get(doc->root, "u");
    assert_int_equal(u->line, 3);
    assert_int_equal(u->col, 7);
    assert_string_equal(u->text, "\xC3\xA9\xF0\x9F\x98\x80\n");
    assert_int_equal(u->text_len, 7);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

typedef struct bad_case {
    const char *text;
    int col;
    const char *says;
} bad_case;

static void malformed_json_names_line_and_column(void **state) {
    (void)state;
    static const bad_case cases[] = {
        {"{\"a\": 1,}", 9, "trailing comma"},
        {"{\"a\": [1, 2,]}", 13, "trailing comma"},
        {"{\"a\": \"open}", 7, "unterminated string"},
        {"{\"a\": 01}", 7, "leading zeros"},
        {"{\"a\": 1.}", 7, "digits after '.'"},
        {"{\"a\": -}", 7, "malformed number"},
        {"{\"a\": 1e}", 7, "exponent"},
        {"{\"a\": NaN}", 7, "NaN and Infinity are not JSON"},
        {"{\"a\": Infinity}", 7, "NaN and Infinity are not JSON"},
        {"{\"a\": tru}", 7, "expected a JSON value"},
        {"{\"a\": 1} x", 10, "after the profile"},
        {"{\"a\": 1}{}", 9, "after the profile"},
        {"{a: 1}", 2, "key in double quotes"},
        {"{\"a\" 1}", 6, "expected ':'"},
        {"{\"a\": 1 \"b\": 2}", 9, "expected ',' or '}'"},
        {"{\"a\": \"x\ty\"}", 9, "control character"},
        {"{\"a\": \"\xC3\x28\"}", 8, "invalid UTF-8"},
        {"{\"a\": \"\xED\xA0\x80\"}", 8, "invalid UTF-8"}, /* encoded surrogate */
        {"{\"a\": \"\xC0\xAF\"}", 8, "invalid UTF-8"},     /* overlong */
        {"{\"a\": \"\\ud800x\"}", 8, "without its low half"},
        {"{\"a\": \"\\udc00\"}", 8, "lone low surrogate"},
        {"{\"a\": \"\\u0000\"}", 8, "NUL"},
        {"{\"a\": \"\\x41\"}", 9, "unknown escape"},
        {"{\"a\": \"\\u12G4\"}", 12, "four hexadecimal digits"},
        {"  ", 3, "expected a JSON profile"},
        {"", 1, "expected a JSON profile"},
        {"{\"a\": [1, 2", 12, "expected ',' or ']'"},
        {"// comment\n{}", 1, "expected a JSON value"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        lc_diags d;
        lc_doc *doc = load_at(cases[i].text, 3, &d);
        if (doc || d.errors != 1 || d.items[0].line != 3 || d.items[0].col != cases[i].col ||
            !strstr(d.items[0].message, cases[i].says) || !strstr(d.items[0].message, "expected"))
            fail_msg("case %zu %s: got %s at %d:%d: %s", i, cases[i].text,
                     doc ? "a document" : "NULL", d.n ? d.items[0].line : 0,
                     d.n ? d.items[0].col : 0, d.n ? d.items[0].message : "no diagnostic");
        lc_doc_free(doc);
        lc_diags_free(&d);
    }
}

static void duplicate_keys_and_ranges_are_reported_but_not_fatal(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load_at("{\"a\": 1, \"b\": 2, \"a\": 3, \"a\": 4, \"big\": 99999999999999999999, "
                          "\"huge\": 1e999}",
                          1, &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 4);
    lc_diags_sort(&d);
    assert_int_equal(d.items[0].col, 18);
    assert_non_null(strstr(d.items[0].message, "duplicate key 'a'"));
    assert_non_null(strstr(d.items[0].message, "first at line 1, column 2"));
    assert_int_equal(d.items[1].col, 26);
    assert_non_null(strstr(d.items[2].message, "out of range"));
    assert_int_equal(doc->root->n, 4);
    assert_int_equal(lc_node_get(doc->root, "a")->v.i, 1); /* the first value wins */
    assert_int_equal(lc_node_get(doc->root, "big")->kind, LC_NODE_NULL);
    assert_int_equal(lc_node_get(doc->root, "huge")->kind, LC_NODE_NULL);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void limits_fail_fast(void **state) {
    (void)state;
    lc_load_limits lim = lc_load_limits_default();
    lim.max_depth = 3;
    lim.max_string_len = 4;
    lim.max_expanded_nodes = 9;
    lim.max_bytes = 64;
    const char *cases[][2] = {
        {"{\"a\": {\"b\": {\"c\": {}}}}", "nesting deeper than 3"},
        {"{\"a\": \"12345\"}", "longer than 4 bytes"},
        {"[1, 2, 3, 4, 5, 6, 7, 8, 9]", "more than 9 values"},
        {"[\"                                                                  \"]",
         "input is 70 bytes"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        lc_diags d;
        lc_diags_init(&d);
        lc_doc *doc = lc_json_load("t.json", cases[i][0], strlen(cases[i][0]), 1, &lim, &d);
        assert_null(doc);
        assert_int_equal(d.errors, 1);
        if (!strstr(d.items[0].message, cases[i][1]))
            fail_msg("case %zu: %s", i, d.items[0].message);
        lc_diags_free(&d);
    }
    /* deep nesting under the default limit never overflows the C stack */
    char deep[4096];
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = '\0';
    lc_diags d;
    assert_null(load_at(deep, 1, &d));
    assert_non_null(strstr(d.items[0].message, "nesting deeper than 64"));
    lc_diags_free(&d);
}

/* Same kinds, values and keys, positions aside. */
static void assert_same_tree(const lc_node *a, const lc_node *b, const char *path) {
    if (a->kind != b->kind || a->n != b->n)
        fail_msg("%s: %s/%zu vs %s/%zu", path, lc_node_kind_name(a->kind), a->n,
                 lc_node_kind_name(b->kind), b->n);
    char sub[256];
    switch (a->kind) {
    case LC_NODE_INT: assert_int_equal(a->v.i, b->v.i); break;
    case LC_NODE_FLOAT: assert_true(a->v.f == b->v.f); break;
    case LC_NODE_BOOL: assert_int_equal(a->v.b, b->v.b); break;
    case LC_NODE_STR: assert_string_equal(a->text, b->text); break;
    case LC_NODE_NULL: break;
    case LC_NODE_SEQ:
        for (size_t i = 0; i < a->n; i++) {
            snprintf(sub, sizeof sub, "%s.%zu", path, i + 1);
            assert_same_tree(a->items[i], b->items[i], sub);
        }
        break;
    case LC_NODE_MAP:
        for (size_t i = 0; i < a->n; i++) {
            snprintf(sub, sizeof sub, "%s.%s", path, a->pairs[i].key->text);
            assert_int_equal(a->pairs[i].key->kind, b->pairs[i].key->kind);
            assert_string_equal(a->pairs[i].key->text, b->pairs[i].key->text);
            assert_same_tree(a->pairs[i].value, b->pairs[i].value, sub);
        }
        break;
    }
}

static const char twin_yaml[] =
    "format: latecomer.profile/1\n"
    "country:\n"
    "  iso3: XAA\n"
    "  name: Xandaria\n"
    "  year: 2024\n"
    "  as_of: 2025-06-30\n"
    "macro:\n"
    "  exports_pct_gdp: {value: 24.5, year: 2024, source: WDI, code: NE.EXP.GNFS.ZS}\n"
    "  inflation_pct: -1.5\n"
    "institutions:\n"
    "  credit_guarantee_fund: {present: false}\n"
    "history:\n"
    "  1980: {macro: {inflation_pct: 20}}\n"
    "policies_in_place: [a, b]\n";

static const char twin_json[] =
    "{\"format\": \"latecomer.profile/1\", \"country\": {\"iso3\": \"XAA\", \"name\": "
    "\"Xandaria\", \"year\": 2024, \"as_of\": \"2025-06-30\"}, \"macro\": {\"exports_pct_gdp\": "
    "{\"value\": 24.5, \"year\": 2024, \"source\": \"WDI\", \"code\": \"NE.EXP.GNFS.ZS\"}, "
    "\"inflation_pct\": -1.5}, \"institutions\": {\"credit_guarantee_fund\": {\"present\": "
    "false}}, \"history\": {\"1980\": {\"macro\": {\"inflation_pct\": 20}}}, "
    "\"policies_in_place\": [\"a\", \"b\"]}";

static void json_profile_validates_like_its_yaml_twin(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *schema = lc_schema_builtin(&d);
    assert_non_null(schema);
    lc_doc *y = lc_yaml_load("t.yaml", twin_yaml, strlen(twin_yaml), NULL, &d);
    lc_doc *j = lc_json_load("t.ndjson", twin_json, strlen(twin_json), 1, NULL, &d);
    assert_non_null(y);
    assert_non_null(j);
    assert_int_equal(lc_validate(schema, y, &d), 0);
    assert_int_equal(lc_validate(schema, j, &d), 0);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    assert_same_tree(y->root, j->root, "");
    /* provenance was unwrapped the same way */
    const lc_node *v = lc_node_at(j->root, "macro.exports_pct_gdp");
    assert_int_equal(v->kind, LC_NODE_FLOAT);
    assert_non_null(v->prov);
    lc_doc_free(y);
    lc_doc_free(j);

    /* and a bad JSON profile gets the validator's positioned messages */
    const char *bad =
        "{\"format\": \"latecomer.profile/1\", \"country\": {\"iso3\": \"XAA\", "
        "\"name\": \"X\", \"year\": \"2024\"}, \"macro\": {\"exports_pct_gdp\": 140}}";
    j = lc_json_load("b.ndjson", bad, strlen(bad), 5, NULL, &d);
    assert_non_null(j);
    assert_int_equal(lc_validate(schema, j, &d), 2);
    lc_diags_sort(&d);
    assert_int_equal(d.items[0].line, 5);
    assert_int_equal(d.items[0].col, 83);
    assert_int_equal(d.items[1].col, 121);
    assert_non_null(strstr(d.items[0].message, "not an integer"));
    assert_non_null(strstr(d.items[1].message, "out of range"));
    lc_doc_free(j);
    lc_schema_free(schema);
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_get_json_types_and_positions),
        cmocka_unit_test(multi_line_json_and_unicode_keep_columns),
        cmocka_unit_test(malformed_json_names_line_and_column),
        cmocka_unit_test(duplicate_keys_and_ranges_are_reported_but_not_fatal),
        cmocka_unit_test(limits_fail_fast),
        cmocka_unit_test(json_profile_validates_like_its_yaml_twin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

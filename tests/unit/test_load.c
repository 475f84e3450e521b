/* Unit tests: the YAML loader (typing, positions, duplicates, limits). */
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

static lc_doc *load(const char *text, lc_diags *d) {
    lc_diags_init(d);
    return lc_yaml_load("t.yaml", text, strlen(text), NULL, d);
}

static void scalars_get_core_schema_types(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("a: 12\nb: -3.5\nc: true\nd: ~\ne: yes\nf: '12'\ng: 0x1F\nh: 1e3\n"
                       "i: 2025-06-30\nj: False\n",
                       &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0);
    lc_node *r = doc->root;
    assert_int_equal(lc_node_get(r, "a")->kind, LC_NODE_INT);
    assert_int_equal(lc_node_get(r, "a")->v.i, 12);
    assert_int_equal(lc_node_get(r, "b")->kind, LC_NODE_FLOAT);
    assert_true(lc_node_get(r, "b")->v.f == -3.5);
    assert_int_equal(lc_node_get(r, "c")->kind, LC_NODE_BOOL);
    assert_int_equal(lc_node_get(r, "d")->kind, LC_NODE_NULL);
    assert_int_equal(lc_node_get(r, "e")->kind, LC_NODE_STR); /* YAML 1.2: yes is text */
    assert_int_equal(lc_node_get(r, "f")->kind, LC_NODE_STR);
    assert_true(lc_node_get(r, "f")->quoted);
    assert_int_equal(lc_node_get(r, "g")->v.i, 31);
    assert_int_equal(lc_node_get(r, "h")->kind, LC_NODE_FLOAT);
    assert_int_equal(lc_node_get(r, "i")->kind, LC_NODE_STR); /* dates stay text */
    /* booleans are true/false only: the core schema's False stays text so
     * the validator can name the fix */
    assert_int_equal(lc_node_get(r, "j")->kind, LC_NODE_STR);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void positions_are_one_based_line_and_column(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("top:\n  inner:\n    leaf: 7\n  list: [a, b]\n", &d);
    assert_non_null(doc);
    lc_node *leaf = lc_node_at(doc->root, "top.inner.leaf");
    assert_non_null(leaf);
    assert_int_equal(leaf->line, 3);
    assert_int_equal(leaf->col, 11);
    lc_node *b = lc_node_at(doc->root, "top.list.2");
    assert_non_null(b);
    assert_string_equal(b->text, "b");
    assert_int_equal(b->line, 4);
    assert_int_equal(b->col, 13);
    assert_null(lc_node_at(doc->root, "top.list.3"));
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void duplicate_keys_are_errors_with_both_positions(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("a: 1\nb: 2\na: 3\n", &d);
    assert_non_null(doc); /* not fatal: validation still reports the rest */
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, 3);
    assert_non_null(strstr(d.items[0].message, "duplicate key 'a'"));
    assert_non_null(strstr(d.items[0].message, "line 1"));
    assert_int_equal(lc_node_get(doc->root, "a")->v.i, 1); /* the first wins */
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void syntax_errors_name_line_and_column(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("a: [1, 2\nb: 3\n", &d);
    assert_null(doc);
    assert_true(d.errors >= 1);
    assert_true(d.items[0].line >= 1);
    assert_non_null(strstr(d.items[0].message, "expected valid YAML"));
    lc_diags_free(&d);
}

static void alias_bomb_fails_fast(void **state) {
    (void)state;
    /* each level multiplies by 9: 9^9 nodes if expanded */
    const char *bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
                       "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                       "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                       "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                       "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                       "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
    lc_diags d;
    lc_doc *doc = load(bomb, &d);
    assert_null(doc);
    assert_non_null(strstr(d.items[0].message, "nodes"));
    lc_diags_free(&d);
}

static void depth_and_string_limits(void **state) {
    (void)state;
    char deep[400] = "";
    for (int i = 0; i < 70; i++)
        strcat(deep, "[");
    for (int i = 0; i < 70; i++)
        strcat(deep, "]");
    lc_diags d;
    lc_doc *doc = load(deep, &d);
    assert_null(doc);
    assert_non_null(strstr(d.items[0].message, "nesting deeper than 64"));
    lc_diags_free(&d);

    lc_load_limits lim = lc_load_limits_default();
    lim.max_string_len = 8;
    lc_diags_init(&d);
    doc = lc_yaml_load("t.yaml", "a: 123456789\n", 13, &lim, &d);
    assert_null(doc);
    assert_non_null(strstr(d.items[0].message, "too long"));
    lc_diags_free(&d);
}

static void empty_and_multi_document_input(void **state) {
    (void)state;
    lc_diags d;
    assert_null(load("", &d));
    assert_non_null(strstr(d.items[0].message, "empty"));
    lc_diags_free(&d);
    assert_null(load("a: 1\n---\nb: 2\n", &d));
    assert_non_null(strstr(d.items[0].message, "second YAML document"));
    assert_int_equal(d.items[0].line, 2);
    lc_diags_free(&d);
}

static void invalid_utf8_is_rejected(void **state) {
    (void)state;
    lc_diags d;
    assert_null(load("a: \xff\xfe\n", &d));
    assert_non_null(strstr(d.items[0].message, "UTF-8"));
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scalars_get_core_schema_types),
        cmocka_unit_test(positions_are_one_based_line_and_column),
        cmocka_unit_test(duplicate_keys_are_errors_with_both_positions),
        cmocka_unit_test(syntax_errors_name_line_and_column),
        cmocka_unit_test(alias_bomb_fails_fast),
        cmocka_unit_test(depth_and_string_limits),
        cmocka_unit_test(empty_and_multi_document_input),
        cmocka_unit_test(invalid_utf8_is_rejected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

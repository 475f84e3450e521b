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
#include <unistd.h>

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
    assert_non_null(strstr(d.items[0].message, "aliases expand the document"));
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

static void reader_errors_have_line_and_column(void **state) {
    (void)state;
    lc_diags d;
    /* the byte 0xFF is the 6th character of line 2 */
    assert_null(load("a: 1\nb: \"x\xffy\"\n", &d));
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].col, 6);
    assert_non_null(strstr(d.items[0].message, "byte 0xFF at offset 10"));
    lc_diags_free(&d);
    /* columns count characters, not bytes: two-byte e-acute before it */
    assert_null(load("n: \xc3\xa9\x07\n", &d));
    assert_int_equal(d.items[0].line, 1);
    assert_int_equal(d.items[0].col, 5);
    assert_non_null(strstr(d.items[0].message, "U+0007"));
    lc_diags_free(&d);
    /* CRLF ends a line once */
    assert_null(load("a: 1\r\nb: 2\r\nc: \xfe\n", &d));
    assert_int_equal(d.items[0].line, 3);
    assert_int_equal(d.items[0].col, 4);
    lc_diags_free(&d);
}

static void byte_order_marks(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("\xef\xbb\xbf"
                       "a: 1\n",
                       &d);
    assert_non_null(doc); /* UTF-8 BOM: fine */
    assert_int_equal(lc_node_get(doc->root, "a")->v.i, 1);
    assert_int_equal(lc_node_get(doc->root, "a")->line, 1);
    lc_doc_free(doc);
    lc_diags_free(&d);
    lc_diags_init(&d);
    assert_null(lc_yaml_load("t.yaml",
                             "\xff\xfe"
                             "a\0:\0",
                             6, NULL, &d));
    assert_non_null(strstr(d.items[0].message, "UTF-16"));
    lc_diags_free(&d);
}

static void merge_keys_are_rejected(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("b: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n", &d);
    assert_non_null(doc); /* the tree is sound: validation may go on */
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, 3);
    assert_non_null(strstr(d.items[0].message, "merge key"));
    const lc_node *c = lc_node_get(doc->root, "c");
    assert_int_equal(c->n, 1); /* only y: the merge did not happen silently */
    lc_doc_free(doc);
    lc_diags_free(&d);
}

static void aliases_count_towards_depth(void **state) {
    (void)state;
    lc_load_limits lim = lc_load_limits_default();
    lim.max_depth = 4;
    lc_diags d;
    lc_diags_init(&d);
    /* the anchor is 3 deep where it is defined; the alias puts it at 3 more */
    const char *text = "a: &a [[[x]]]\nb: [[*a]]\n";
    assert_null(lc_yaml_load("t.yaml", text, strlen(text), &lim, &d));
    assert_non_null(strstr(d.items[0].message, "alias *a nests deeper than 4"));
    lc_diags_free(&d);
    lc_diags_init(&d);
    const char *fits = "a: &a [[x]]\nb: [*a]\n";
    lc_doc *doc = lc_yaml_load("t.yaml", fits, strlen(fits), &lim, &d);
    assert_non_null(doc);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

/* With the node bound lifted, a 2^40-value doubling bomb still loads in
 * memory proportional to its source: aliases share their target. */
static void aliases_are_shared_not_copied(void **state) {
    (void)state;
    char text[4096] = "l0: &l0 [x, x]\n";
    for (int i = 1; i <= 40; i++) {
        char line[64];
        snprintf(line, sizeof line, "l%d: &l%d [*l%d, *l%d]\n", i, i, i - 1, i - 1);
        strcat(text, line);
    }
    lc_load_limits lim = lc_load_limits_default();
    lim.max_expanded_nodes = (size_t)1 << 62;
    lim.max_aliases = 100;
    lc_diags d;
    lc_diags_init(&d);
    lc_doc *doc = lc_yaml_load("t.yaml", text, strlen(text), &lim, &d);
    assert_non_null(doc);
    assert_true(doc->arena.used_total < 64 * 1024);
    const lc_node *l40 = lc_node_get(doc->root, "l40");
    assert_ptr_equal(l40->items[0], l40->items[1]);
    lc_doc_free(doc);
    lc_diags_free(&d);
    /* and with the default bounds it stops early */
    lim = lc_load_limits_default();
    lim.max_aliases = 100;
    lc_diags_init(&d);
    assert_null(lc_yaml_load("t.yaml", text, strlen(text), &lim, &d));
    assert_non_null(strstr(d.items[0].message, "more than 200000 values"));
    lc_diags_free(&d);
}

static void alias_count_and_unknown_aliases(void **state) {
    (void)state;
    lc_load_limits lim = lc_load_limits_default();
    lim.max_aliases = 2;
    lc_diags d;
    lc_diags_init(&d);
    const char *text = "a: &a 1\nb: [*a, *a, *a]\n";
    assert_null(lc_yaml_load("t.yaml", text, strlen(text), &lim, &d));
    assert_non_null(strstr(d.items[0].message, "this is alias 3 (expected at most 2"));
    lc_diags_free(&d);
    assert_null(load("a: *nowhere\n", &d));
    assert_non_null(strstr(d.items[0].message, "unknown alias *nowhere"));
    lc_diags_free(&d);
}

static void file_size_limit_and_missing_files(void **state) {
    (void)state;
    char path[] = "/tmp/lc-test-load-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "a: 1\nb: 2\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    lc_load_limits lim = lc_load_limits_default();
    lim.max_bytes = strlen(text);
    lc_diags d;
    lc_diags_init(&d);
    lc_doc *doc = lc_yaml_load_file(path, &lim, &d);
    assert_non_null(doc); /* exactly at the limit */
    lc_doc_free(doc);
    lim.max_bytes = strlen(text) - 1;
    assert_null(lc_yaml_load_file(path, &lim, &d));
    assert_non_null(strstr(d.items[0].message, "file is 10 bytes (expected at most 9 bytes)"));
    unlink(path);
    lc_diags_free(&d);
    lc_diags_init(&d);
    assert_null(lc_yaml_load_file(path, NULL, &d));
    assert_non_null(strstr(d.items[0].message, "no such file"));
    lc_diags_free(&d);
}

static void unrepresentable_numbers_stay_text(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("a: .inf\nb: -.Inf\nc: .nan\nd: 99999999999999999999\ne: 1e999\n"
                       "f: TRUE\ng: 0o17\n",
                       &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0); /* the validator decides, knowing the field */
    const char *keys[] = {"a", "b", "c", "d", "e", "f"};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(lc_node_get(doc->root, keys[i])->kind, LC_NODE_STR);
    assert_int_equal(lc_node_get(doc->root, "g")->v.i, 15);
    lc_doc_free(doc);
    lc_diags_free(&d);
}

/* Found by fuzzing: anchors declared inside an anchored collection grew
 * the anchor array and left the collection's frame pointing at freed
 * memory. (tests/fuzz/regressions/anchor-array-moved*.yaml) */
static void many_anchors_inside_an_anchored_collection(void **state) {
    (void)state;
    lc_diags d;
    lc_doc *doc = load("a: &a [&b1 x, &b2 x, &b3 x, &b4 x, &b5 x, &b6 x, &b7 x, &b8 x, &b9 x]\n"
                       "c: *a\n",
                       &d);
    assert_non_null(doc);
    assert_int_equal(d.errors, 0);
    assert_ptr_equal(lc_node_get(doc->root, "c"), lc_node_get(doc->root, "a"));
    lc_doc_free(doc);
    lc_diags_free(&d);
    doc = load("&a [[&a,&L,&a,&a,&o],&L,&a,&o]", &d); /* the minimized crash */
    assert_non_null(doc);
    lc_doc_free(doc);
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
        cmocka_unit_test(reader_errors_have_line_and_column),
        cmocka_unit_test(byte_order_marks),
        cmocka_unit_test(merge_keys_are_rejected),
        cmocka_unit_test(aliases_count_towards_depth),
        cmocka_unit_test(aliases_are_shared_not_copied),
        cmocka_unit_test(alias_count_and_unknown_aliases),
        cmocka_unit_test(file_size_limit_and_missing_files),
        cmocka_unit_test(unrepresentable_numbers_stay_text),
        cmocka_unit_test(many_anchors_inside_an_anchored_collection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

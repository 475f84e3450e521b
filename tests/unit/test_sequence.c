/* Unit tests: catalogue validation and the sequencer on small catalogues
 * with known answers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/catalog.h"
#include "plan/sequence.h"

static lc_catalog *catalog(const char *measures, lc_diags *d) {
    char text[4096];
    snprintf(text, sizeof text, "format: latecomer.measures/1\nmeasures:\n%s", measures);
    lc_diags_init(d);
    return lc_catalog_load("m.yaml", text, strlen(text), d);
}

#define M(id, pre, pri)                                                                            \
    "  - {id: " id ", title: " id ", priority: " #pri ", prerequisites: [" pre "]}\n"

/* a <- b <- c, and d <- c (diamond-free chain plus a side branch) */
static const char *chain = M("a", "", 2) M("b", "a", 2) M("c", "b, d", 2) M("d", "", 1);

static size_t idx(const lc_catalog *c, const char *id) {
    return lc_catalog_index(c, id);
}

static const lc_planned *find(const lc_plan *p, const char *id) {
    for (size_t k = 0; k < p->n; k++)
        if (!strcmp(p->items[k].m->id, id)) return &p->items[k];
    return NULL;
}

static void chain_is_layered_by_longest_path(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    assert_non_null(c);
    lc_request req[] = {{idx(c, "c"), "f1"}};
    lc_plan *p = lc_plan_build(c, req, 1, NULL, NULL);
    assert_non_null(p);
    assert_int_equal(p->n, 4);
    assert_int_equal(find(p, "a")->phase, 1);
    assert_int_equal(find(p, "d")->phase, 1);
    assert_int_equal(find(p, "b")->phase, 2);
    assert_int_equal(find(p, "c")->phase, 3);
    assert_true(find(p, "a")->added_as_prerequisite);
    assert_false(find(p, "c")->added_as_prerequisite);
    assert_string_equal(find(p, "c")->because[0], "f1");
    /* inside phase 1: priority 1 (d) before priority 2 (a) */
    assert_string_equal(p->items[0].m->id, "d");
    assert_string_equal(p->items[1].m->id, "a");
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void in_place_measures_satisfy_prerequisites(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(chain, &d);
    bool in_place[4] = {0};
    in_place[idx(c, "b")] = true;
    lc_request req[] = {{idx(c, "c"), "f1"}, {idx(c, "b"), "f2"}};
    lc_plan *p = lc_plan_build(c, req, 2, in_place, NULL);
    assert_int_equal(p->n, 2); /* c and d; b is in place, so a is not needed */
    assert_null(find(p, "b"));
    assert_null(find(p, "a"));
    assert_int_equal(find(p, "c")->phase, 2);
    lc_plan_free(p);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void cycles_are_rejected_with_the_chain(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(M("a", "c", 2) M("b", "a", 2) M("c", "b", 2), &d);
    assert_null(c);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(d.items[0].message, "a -> c -> b -> a"));
    lc_diags_free(&d);
}

static void unknown_prerequisites_are_rejected(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = catalog(M("a", "zz", 2), &d);
    assert_null(c);
    assert_non_null(strstr(d.items[0].message, "unknown measure 'zz'"));
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chain_is_layered_by_longest_path),
        cmocka_unit_test(in_place_measures_satisfy_prerequisites),
        cmocka_unit_test(cycles_are_rejected_with_the_chain),
        cmocka_unit_test(unknown_prerequisites_are_rejected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

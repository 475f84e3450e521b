/* fixture.h: the steps the library-level cmocka tests share, so each test
 * says only what it checks: open an engine on rule packs, evaluate a
 * profile held in memory. Failures print the diagnostics that explain
 * them. Include after <cmocka.h>. */
#ifndef LC_TEST_FIXTURE_H
#define LC_TEST_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "engine/result.h"
#include "latecomer/latecomer.h"
#include "util/diag.h"

/* An engine on the N rule packs RULES and the plugin directory PLUGINS (or
 * NULL for none), with the default limits; NULL when it does not open. */
static inline lc_engine *fixture_open(const char *const *rules, size_t n, const char *plugins) {
    const char *plugin_dirs[] = {plugins};
    lc_engine_config cfg = {rules, n, plugin_dirs, plugins ? 1 : 0, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    if (lc_engine_open(&cfg, &e, &d) != LC_OK) lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    return e;
}

/* TEXT, a YAML profile named NAME, loaded and evaluated with OPTS (may be
 * NULL); the test fails when it does not load or evaluate. */
static inline lc_result *fixture_evaluate(lc_engine *e, const char *name, const char *text,
                                          const lc_eval_options *opts) {
    lc_diags d;
    lc_diags_init(&d);
    lc_profile *p = NULL;
    lc_status st = lc_profile_load_buffer(e, name, text, strlen(text), &p, &d);
    if (st != LC_OK) lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    assert_int_equal(st, LC_OK);
    lc_result *r = NULL;
    assert_int_equal(lc_engine_evaluate(e, p, opts, &r), LC_OK);
    lc_profile_free(p);
    return r;
}

#endif

/* The hostile-rule suite: tests/hostile/pack holds one rule per attack
 * (plus a benign rule before and after them), tests/hostile/plugins one
 * benign and two hostile plugins. Each file says what it must produce:
 *
 *   -- expect: KIND [TEXT]     an error of KIND whose message contains TEXT
 *   -- expect: ok              no error at all
 *   ... --!                    the line the error must name (none: no line)
 *
 * A file that does not start with "-- expect:" (bytecode.lua) must fail to
 * load. The suite checks every file's outcome, that nothing else failed, that
 * the benign findings come out intact, that the output is byte-identical
 * from run to run, and that the engine survives to evaluate again. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/result.h"
#include "latecomer/latecomer.h"
#include "util/diag.h"
#include "util/fileio.h"

#define HOSTILE LC_SOURCE_DIR "/tests/hostile"

typedef struct expectation {
    char file[1024];
    char kind[32]; /* "ok" or a failure kind */
    char text[128];
    int line;
} expectation;

static lc_engine *engine;
static lc_profile *profile;

/* Limits small enough to keep the suite fast, large enough for benign rules. */
static lc_limits limits(void) {
    return (lc_limits){.max_instructions = 5000000, .max_memory = 32u << 20, .timeout_ms = 1000};
}

static int setup(void **state) {
    (void)state;
    const char *rules[] = {HOSTILE "/pack"};
    const char *plugins[] = {HOSTILE "/plugins"};
    lc_engine_config cfg = {rules, 1, plugins, 1, limits()};
    lc_diags d;
    lc_diags_init(&d);
    /* rules and plugins that fail to load are reported; the engine opens */
    lc_status st = lc_engine_open(&cfg, &engine, &d);
    if (st == LC_OK) st = lc_profile_load_file(engine, HOSTILE "/profile.yaml", &profile, &d);
    if (st != LC_OK) lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    return st == LC_OK ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_profile_free(profile);
    lc_engine_close(engine);
    return 0;
}

static bool read_expectation(const char *path, expectation *x) {
    char *text;
    size_t len;
    if (lc_read_file(path, 0, &text, &len) != LC_READ_OK) return false;
    memset(x, 0, sizeof(*x));
    snprintf(x->file, sizeof x->file, "%s", path);
    if (strncmp(text, "-- expect: ", 11) != 0) {
        snprintf(x->kind, sizeof x->kind, "load"); /* bytecode and other non-text */
    } else {
        const char *p = text + 11;
        size_t k = strcspn(p, " \n");
        snprintf(x->kind, sizeof x->kind, "%.*s", (int)k, p);
        p += k;
        if (*p == ' ') {
            p++;
            snprintf(x->text, sizeof x->text, "%.*s", (int)strcspn(p, "\n"), p);
        }
        int line = 1;
        for (const char *c = text; c < text + len; c++) {
            if (*c == '\n') line++;
            if (!strncmp(c, "--!", 3)) {
                x->line = line;
                break;
            }
        }
    }
    free(text);
    return true;
}

static size_t read_dir(const char *dir, expectation *out, size_t cap) {
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < cap) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".lua") != 0) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        assert_true(read_expectation(path, &out[n]));
        n++;
    }
    closedir(d);
    return n;
}

static lc_result *evaluate(void) {
    lc_eval_options o = {.explain = LC_EXPLAIN_FULL};
    lc_result *r = NULL;
    assert_int_equal(lc_engine_evaluate(engine, profile, &o, &r), LC_OK);
    return r;
}

static const lc_finding *finding(const lc_result *r, const char *id) {
    for (size_t i = 0; i < r->n_findings; i++)
        if (!strcmp(r->findings[i].id, id)) return &r->findings[i];
    return NULL;
}

static void every_attack_fails_as_expected(void **state) {
    (void)state;
    static expectation xs[128];
    size_t n = read_dir(HOSTILE "/pack", xs, 128);
    n += read_dir(HOSTILE "/plugins", xs + n, 128 - n);
    assert_true(n > 50);
    lc_result *r = evaluate();
    bool *matched = calloc(r->n_errors + 1, sizeof(bool));
    size_t problems = 0, expected_errors = 0;
    for (size_t i = 0; i < n; i++) {
        const expectation *x = &xs[i];
        bool ok = !strcmp(x->kind, "ok");
        expected_errors += !ok;
        const lc_rule_error *found = NULL;
        for (size_t k = 0; k < r->n_errors; k++) {
            if (r->errors[k].file && !strcmp(r->errors[k].file, x->file) && !matched[k]) {
                found = &r->errors[k];
                matched[k] = true;
                break;
            }
        }
        const char *why = NULL;
        if (ok && found)
            why = "an error, expected none";
        else if (!ok && !found)
            why = "no error";
        else if (found && strcmp(lc_fail_kind_name(found->kind), x->kind) != 0)
            why = "wrong kind";
        else if (found && x->text[0] && !strstr(found->message, x->text))
            why = "wrong message";
        else if (found && found->line != x->line)
            why = "wrong line";
        if (why) {
            problems++;
            fprintf(stderr, "%s: %s (expected %s%s%s at line %d; got %s at line %d: %s)\n", x->file,
                    why, x->kind, x->text[0] ? " " : "", x->text, x->line,
                    found ? lc_fail_kind_name(found->kind) : "nothing", found ? found->line : 0,
                    found ? found->message : "");
        }
    }
    for (size_t k = 0; k < r->n_errors; k++) {
        if (matched[k]) continue;
        problems++;
        fprintf(stderr, "unexpected error: %s %s:%d: %s\n", r->errors[k].rule,
                r->errors[k].file ? r->errors[k].file : "?", r->errors[k].line,
                r->errors[k].message);
    }
    free(matched);
    assert_int_equal(problems, 0);
    assert_int_equal(r->n_errors, expected_errors);
    lc_result_free(r);
}

static void benign_findings_come_out_intact(void **state) {
    (void)state;
    lc_result *r = evaluate();
    const lc_finding *first = finding(r, "benign_first");
    assert_non_null(first);
    assert_string_equal(first->message, "Collateral averages 210% of the loan value.");
    char *ev = cJSON_PrintUnformatted(first->evidence);
    assert_string_equal(ev, "[{\"field\":\"finance.collateral_value_pct_loan\",\"value\":210,"
                            "\"op\":\">\",\"threshold\":150,\"at\":\"" HOSTILE
                            "/profile.yaml:4:38\"}]");
    free(ev);
    const lc_finding *last = finding(r, "benign_last");
    assert_non_null(last);
    assert_string_equal(last->message, "Profile, libraries and globals intact; finance keys: "
                                       "collateral_value_pct_loan, "
                                       "firms_finance_major_constraint_pct.");
    assert_non_null(finding(r, "stash_isolated"));
    /* the benign rules and nothing else produced findings */
    assert_int_equal(r->n_findings, 3);
    lc_result_free(r);
}

static void output_is_byte_identical_and_engine_survives(void **state) {
    (void)state;
    lc_result *a = evaluate(), *b = evaluate();
    char *ja = lc_result_json(a, true), *jb = lc_result_json(b, true);
    assert_string_equal(ja, jb);
    free(ja);
    free(jb);
    lc_result_free(a);
    lc_result_free(b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_attack_fails_as_expected),
        cmocka_unit_test(benign_findings_come_out_intact),
        cmocka_unit_test(output_is_byte_identical_and_engine_survives),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

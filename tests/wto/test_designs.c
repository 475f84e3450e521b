/* test_designs: recommended measures stay legal. On a small catalogue
 * (tests/wto/designs) with the shipped classifier, each planned measure that
 * is a subsidy instrument carries the classification of its compliant design
 * for this country at as_of; design_note says what Korea's design would be
 * (prohibited and replaced, or open only under S&DT until a date), and no
 * design classified prohibited is ever recommended. */
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

#include "../support/fixture.h"
#include "plan/catalog.h"
#include "plan/sequence.h"
#include "util/buf.h"
#include "util/diag.h"

static lc_engine *engine;

static int setup(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/tests/wto/designs", LC_SOURCE_DIR "/rules"};
    engine = fixture_open(rules, 2, NULL);
    return engine ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    lc_engine_close(engine);
    return 0;
}

/* Evaluates a profile with WTO section WTO at AS_OF, running rules ONLY. */
static lc_result *evaluate(const char *wto, const char *as_of, const char *only) {
    char text[1024];
    snprintf(text, sizeof text,
             "format: latecomer.profile/1\n"
             "country: {iso3: XAA, name: Designs, year: %.4s, as_of: %s}\n"
             "wto: %s\n",
             as_of, as_of, wto);
    lc_eval_options o = {.only = only};
    return fixture_evaluate(engine, "designs.yaml", text, &o);
}

static const lc_planned *planned(const lc_result *r, const char *id) {
    for (size_t k = 0; r->plan && k < r->plan->n; k++)
        if (!strcmp(r->plan->items[k].m->id, id)) return &r->plan->items[k];
    fail_msg("measure %s is not in the plan", id);
    return NULL;
}

static const char *wto_text(const lc_planned *it, const char *key) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(it->wto, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool cites(const lc_planned *it, const char *article) {
    const cJSON *a;
    cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(it->wto, "articles")) {
        if (cJSON_IsString(a) && !strcmp(a->valuestring, article)) return true;
    }
    return false;
}

static void assert_note_has(const lc_planned *it, const char *text) {
    const char *note = wto_text(it, "design_note");
    if (!note || !strstr(note, text))
        fail_msg("%s: design_note lacks \"%s\": %s", it->m->id, text, note ? note : "(none)");
}

/* The guarantee, whatever the country: a recommended design is never
 * prohibited; a prohibited classification only ever comes with the refusal. */
static void assert_nothing_prohibited_recommended(const lc_result *r) {
    for (size_t k = 0; r->plan && k < r->plan->n; k++) {
        const lc_planned *it = &r->plan->items[k];
        const char *cls = it->wto ? wto_text(it, "classification") : NULL;
        if (cls && !strcmp(cls, "prohibited")) assert_note_has(it, "Not recommended");
    }
}

static void korean_design_refused_for_a_developing_member(void **state) {
    (void)state;
    lc_result *r =
        evaluate("{member: true, dev_status: developing}", "2025-06-30", "wto_design_probe");
    assert_int_equal(r->n_errors, 0);
    const lc_planned *ex = planned(r, "export_incentive");
    assert_string_equal(wto_text(ex, "classification"), "non_specific");
    assert_true(cites(ex, "2.1(b)"));
    assert_false(cites(ex, "3.1(a)"));
    assert_note_has(ex, "Korea's design, cash payments per dollar exported");
    assert_note_has(ex, "3.1(a), Annex I(a)");
    assert_note_has(ex, "would be prohibited for this country at 2025-06-30; the compliant design "
                        "is recommended instead: market-entry grants");

    const lc_planned *dd = planned(r, "input_duty_drawback");
    assert_string_equal(wto_text(dd, "classification"), "not_a_subsidy");
    assert_true(cites(dd, "Annex I(i)"));
    assert_note_has(dd, "wastage allowances");
    assert_note_has(dd, "would be prohibited");

    const lc_planned *ml = planned(r, "machinery_localization");
    assert_string_equal(wto_text(ml, "classification"), "formerly_non_actionable_art8");
    assert_true(cites(ml, "8.2(a)"));
    assert_note_has(ml, "3.1(b)");

    /* Korea's design is lawful but specific: the catalogue's design is still
     * the recommendation */
    const lc_planned *pf = planned(r, "plant_finance");
    assert_string_equal(wto_text(pf, "classification"), "not_a_subsidy");
    assert_note_has(pf, "(actionable_specific; ");
    assert_note_has(pf, "would also be open to this country; recommended, the catalogue's "
                        "design: long-term development-bank loans");

    /* added as a prerequisite, still classified; no Korean design to weigh */
    const lc_planned *cg = planned(r, "credit_guarantee");
    assert_true(cg->added_as_prerequisite);
    assert_string_equal(wto_text(cg, "classification"), "non_specific");
    assert_note_has(cg, "Recommended design: guarantees for any SME");
    assert_null(strstr(wto_text(cg, "design_note"), "Korea"));

    assert_null(planned(r, "evaluation_unit")->wto); /* not a subsidy instrument */
    assert_nothing_prohibited_recommended(r);

    /* rendered after added_as_prerequisite, in contract order */
    char *json = lc_result_json(r, false);
    assert_non_null(strstr(json, "\"added_as_prerequisite\":false,\"wto\":{\"classification\":"
                                 "\"non_specific\",\"articles\":["));
    free(json);
    lc_result_free(r);
}

static void korean_design_open_to_an_ldc_only_under_sdt(void **state) {
    (void)state;
    lc_result *r = evaluate("{member: true, dev_status: ldc, un_ldc: true, "
                            "ldc_graduation_date: 2029-11-24}",
                            "2025-06-30", "wto_design_probe");
    assert_int_equal(r->n_errors, 0);
    const lc_planned *ex = planned(r, "export_incentive");
    assert_string_equal(wto_text(ex, "classification"), "non_specific");
    assert_note_has(ex, "would be open to this country only under special and differential "
                        "treatment (27.2(a), Annex VII(a)) until 2029-11-24; recommended, the "
                        "compliant design that needs no exemption: market-entry grants");
    /* Annex VII gives nothing against Art 3.1(b) after 2002 */
    const lc_planned *ml = planned(r, "machinery_localization");
    assert_string_equal(wto_text(ml, "classification"), "formerly_non_actionable_art8");
    assert_note_has(ml, "would be prohibited for this country");
    assert_nothing_prohibited_recommended(r);
    lc_result_free(r);
}

static void local_content_open_during_the_art_27_3_transition(void **state) {
    (void)state;
    lc_result *r =
        evaluate("{member: true, dev_status: ldc, un_ldc: true}", "2001-06-30", "wto_design_probe");
    const lc_planned *ml = planned(r, "machinery_localization");
    assert_string_equal(wto_text(ml, "classification"), "formerly_non_actionable_art8");
    assert_note_has(ml, "3.1(b), 27.3");
    assert_note_has(ml, "only under special and differential treatment (27.3) until 2002-12-31");
    lc_result_free(r);
}

static void non_member_gets_the_compliant_design_hypothetically(void **state) {
    (void)state;
    lc_result *r =
        evaluate("{member: false, dev_status: developing}", "2025-06-30", "wto_design_probe");
    const lc_planned *ex = planned(r, "export_incentive");
    assert_string_equal(wto_text(ex, "classification"), "non_specific");
    assert_note_has(ex, "would be prohibited for this country");
    assert_note_has(ex, "Hypothetical: the WTO Agreements do not bind the country");
    assert_nothing_prohibited_recommended(r);
    lc_result_free(r);
}

static void a_measure_without_a_permitted_design_is_refused(void **state) {
    (void)state;
    lc_result *r =
        evaluate("{member: true, dev_status: developed}", "2025-06-30", "wto_design_probe_broken");
    const lc_planned *b = planned(r, "broken_export_grant");
    assert_string_equal(wto_text(b, "classification"), "prohibited");
    assert_note_has(b, "Not recommended as a subsidy: its catalogued design, preferential export "
                       "credit (prohibited; ");
    bool reported = false;
    for (size_t i = 0; i < r->n_errors; i++)
        if (!strcmp(r->errors[i].rule, "classify.measures") &&
            strstr(r->errors[i].message, "broken_export_grant"))
            reported = true;
    assert_true(reported);
    assert_nothing_prohibited_recommended(r);
    lc_result_free(r);
}

static void the_profile_programmes_are_classified_alongside(void **state) {
    (void)state;
    lc_result *r = evaluate("{member: true, dev_status: developing}\n"
                            "subsidy_programs:\n"
                            "  - {id: P1, name: Export bonus, instrument: grant,"
                            " contingency: {export_in_law: true}}\n"
                            "  - {id: P2, instrument: tax_rate_change_general}",
                            "2025-06-30", "wto_design_probe");
    assert_int_equal(cJSON_GetArraySize(r->subsidies), 2);
    char *json = cJSON_PrintUnformatted(r->subsidies);
    assert_non_null(strstr(json, "{\"id\":\"P1\",\"name\":\"Export bonus\",\"classification\":"
                                 "\"prohibited\",\"articles\":["));
    assert_non_null(strstr(json, "\"sdt\":{\"applies\":false,\"basis\":null,\"ends\":null},"
                                 "\"binding\":true,\"flags\":[\"notify_art25\"],"
                                 "\"confidence\":\"high\",\"notes\":"));
    assert_non_null(strstr(json, "{\"id\":\"P2\",\"name\":null,\"classification\":"
                                 "\"non_specific\""));
    free(json);
    lc_result_free(r);
}

/* A classifier that misbehaves: every failure is reported against it, with
 * the programme named, and the other programmes are still classified. */
static void a_broken_classifier_fails_loudly_and_alone(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/tests/wto/broken"};
    lc_limits limits = lc_limits_default();
    limits.max_instructions = 100000; /* the looping case trips it quickly */
    lc_engine_config cfg = {rules, 1, NULL, 0, limits};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *broken = NULL;
    assert_int_equal(lc_engine_open(&cfg, &broken, &d), LC_OK);
    lc_diags_free(&d);
    static const char *const ids[] = {"unknown_label",
                                      "articles_not_list",
                                      "binding_not_bool",
                                      "confidence_bad",
                                      "sdt_bad",
                                      "not_table",
                                      "raises",
                                      "loops",
                                      NULL};
    lc_buf text;
    lc_buf_init(&text);
    lc_buf_puts(&text, "format: latecomer.profile/1\n"
                       "country: {iso3: XAA, name: Broken, year: 2025}\n"
                       "subsidy_programs:\n  - {id: good, instrument: grant}\n");
    for (const char *const *id = ids; *id; id++)
        lc_buf_printf(&text, "  - {id: %s, instrument: grant}\n", *id);
    lc_buf_puts(&text, "  - {id: good2, instrument: grant}\n");
    lc_result *r = fixture_evaluate(broken, "broken.yaml", text.data, NULL);
    lc_buf_free(&text);
    /* the two sound programmes, in profile order */
    assert_int_equal(cJSON_GetArraySize(r->subsidies), 2);
    assert_string_equal(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(r->subsidies, 1), "id")->valuestring,
        "good2");
    static const struct {
        const char *id, *says;
        lc_fail_kind kind;
    } expected[] = {
        {"unknown_label", "classification must be one of", LC_FAIL_RUNTIME},
        {"articles_not_list", "articles must be a list of strings", LC_FAIL_RUNTIME},
        {"binding_not_bool", "binding must be true or false", LC_FAIL_RUNTIME},
        {"confidence_bad", "confidence must be one of high, medium, low", LC_FAIL_RUNTIME},
        {"sdt_bad", "sdt must be", LC_FAIL_RUNTIME},
        {"not_table", "classify must return a table", LC_FAIL_RUNTIME},
        {"raises", "the law is unclear", LC_FAIL_RUNTIME},
        {"loops", "", LC_FAIL_INSTRUCTIONS},
    };
    assert_int_equal(r->n_errors, sizeof expected / sizeof expected[0]);
    for (size_t k = 0; k < sizeof expected / sizeof expected[0]; k++) {
        bool found = false;
        for (size_t i = 0; i < r->n_errors; i++) {
            const lc_rule_error *e = &r->errors[i];
            char subject[64];
            snprintf(subject, sizeof subject, "subsidy programme %s ", expected[k].id);
            if (strstr(e->message, subject) && strstr(e->message, expected[k].says) &&
                e->kind == expected[k].kind && !strcmp(e->rule, "bad.scm"))
                found = true;
        }
        if (!found) fail_msg("no %s error for %s", expected[k].says, expected[k].id);
    }
    lc_result_free(r);
    lc_engine_close(broken);
}

/* An engine on the test pack DIR (no plugins) and a profile with three
 * subsidy programmes P1, P2, P3 evaluated on it. */
static lc_engine *pack_engine(const char *dir) {
    const char *rules[] = {dir};
    lc_engine *e = fixture_open(rules, 1, NULL);
    assert_non_null(e);
    return e;
}

static lc_result *three_programmes(lc_engine *e) {
    static const char text[] = "format: latecomer.profile/1\n"
                               "country: {iso3: XAA, name: Three, year: 2025}\n"
                               "subsidy_programs:\n"
                               "  - {id: P1, instrument: grant}\n"
                               "  - {id: P2, instrument: grant}\n"
                               "  - {id: P3, instrument: grant}\n";
    return fixture_evaluate(e, "three.yaml", text, NULL);
}

/* The classifier module is instantiated once per evaluation: one
 * profile's programmes share the instance, the next evaluation gets a
 * fresh one (nothing of one profile reaches another). */
static void the_classifier_lives_for_one_evaluation(void **state) {
    (void)state;
    lc_engine *e = pack_engine(LC_SOURCE_DIR "/tests/wto/stateful");
    for (int round = 0; round < 2; round++) {
        lc_result *r = three_programmes(e);
        assert_int_equal(r->n_errors, 0);
        assert_int_equal(cJSON_GetArraySize(r->subsidies), 3);
        for (int i = 0; i < 3; i++) {
            char want[16];
            snprintf(want, sizeof want, "call %d", i + 1);
            const cJSON *notes =
                cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(r->subsidies, i), "notes");
            assert_string_equal(notes->valuestring, want);
        }
        lc_result_free(r);
    }
    lc_engine_close(e);
}

/* The catalogue's designs are pushed to Lua once per engine and shared by
 * every evaluation: a classifier that tries to change the design it is
 * given (assignment, a new key, rawset, setmetatable, table.insert) fails
 * each time, and the next evaluation sees the design as written. */
static void shared_designs_cannot_be_changed(void **state) {
    (void)state;
    lc_engine *e = pack_engine(LC_SOURCE_DIR "/tests/wto/tamper");
    static const char text[] = "format: latecomer.profile/1\n"
                               "country: {iso3: XAA, name: Tamper, year: 2025}\n";
    for (int round = 0; round < 3; round++) {
        lc_result *r = fixture_evaluate(e, "tamper.yaml", text, NULL);
        assert_int_equal(r->n_errors, 0);
        const cJSON *articles =
            cJSON_GetObjectItemCaseSensitive(planned(r, "shared_design_grant")->wto, "articles");
        assert_int_equal(cJSON_GetArraySize(articles), 1);
        assert_string_equal(cJSON_GetArrayItem(articles, 0)->valuestring, "intact");
        lc_result_free(r);
    }
    lc_engine_close(e);
}

/* A classifier module that cannot be loaded fails every programme, each
 * error naming the programme. */
static void an_unloadable_classifier_fails_each_programme(void **state) {
    (void)state;
    lc_engine *e = pack_engine(LC_SOURCE_DIR "/tests/wto/unloadable");
    lc_result *r = three_programmes(e);
    assert_int_equal(cJSON_GetArraySize(r->subsidies), 0);
    assert_int_equal(r->n_errors, 3);
    for (size_t i = 0; i < 3; i++) {
        char subject[64];
        snprintf(subject, sizeof subject, "subsidy programme P%zu ", i + 1);
        assert_string_equal(r->errors[i].rule, "absent.scm");
        assert_non_null(strstr(r->errors[i].message, subject));
        assert_non_null(strstr(r->errors[i].message, "module 'absent.scm' not found"));
    }
    lc_result_free(r);
    lc_engine_close(e);
}

/* The shipped catalogue: every subsidy instrument's compliant design stays
 * recommendable for very different countries. A probe rule, written for the
 * test from the catalogue itself, recommends every measure. */
static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void every_shipped_design_is_recommendable(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    lc_catalog *cat = lc_catalog_load_file(LC_SOURCE_DIR "/rules/measures.yaml", NULL, &d);
    lc_diags_free(&d);
    assert_non_null(cat);
    char dir[] = "/tmp/latecomer-probe-XXXXXX";
    assert_non_null(mkdtemp(dir));
    lc_buf probe, path;
    lc_buf_init(&probe);
    lc_buf_init(&path);
    lc_buf_puts(&probe, "local all = {");
    size_t instruments = 0;
    for (size_t i = 0; i < cat->n; i++) {
        lc_buf_printf(&probe, "%s\"%s\"", i ? ", " : "", cat->m[i].id);
        instruments += cat->m[i].design != NULL;
    }
    lc_buf_puts(&probe, "}\nreturn {id = \"probe_all\", title = \"every measure\",\n"
                        "  source = {chapter = 0, section = \"test\", quote = \"test\", "
                        "lines = \"L1\"}, measures = all,\n"
                        "  evaluate = function(p, ctx) ctx:finding{id = \"all\", severity = "
                        "\"info\", title = \"all\", message = \"all\", evidence = {{field = "
                        "\"country.iso3\"}}, measures = all} end}\n");
    lc_buf_printf(&path, "%s/probe.lua", dir);
    write_file(path.data, probe.data);
    lc_buf_reset(&path);
    lc_buf_printf(&path, "%s/config.yaml", dir);
    write_file(path.data, "format: latecomer.config/1\n");
    lc_catalog_free(cat);
    const char *rules[] = {LC_SOURCE_DIR "/rules", dir};
    lc_engine *e = fixture_open(rules, 2, NULL);
    assert_non_null(e);
    static const char *const contexts[][2] = {
        {"{member: true, dev_status: developed}", "2025-06-30"},
        {"{member: true, dev_status: developing}", "2025-06-30"},
        {"{member: true, dev_status: ldc, un_ldc: true, ldc_graduation_date: 2026-12-01}",
         "2025-06-30"},
        {"{member: true, dev_status: developing, annex_vii_b_listed: true}", "2010-06-30"},
        {"{member: false, dev_status: developing}", "1975-06-30"},
        {"{dev_status: developing}", "1998-06-30"},
    };
    for (size_t k = 0; k < sizeof contexts / sizeof contexts[0]; k++) {
        lc_engine *saved = engine;
        engine = e;
        lc_result *r = evaluate(contexts[k][0], contexts[k][1], "probe_all");
        engine = saved;
        for (size_t i = 0; i < r->n_errors; i++)
            fail_msg("%s at %s: %s: %s", contexts[k][0], contexts[k][1], r->errors[i].rule,
                     r->errors[i].message);
        size_t classified = 0;
        for (size_t i = 0; i < r->plan->n; i++) {
            const lc_planned *it = &r->plan->items[i];
            if (!it->wto) continue;
            classified++;
            if (!strcmp(wto_text(it, "classification"), "prohibited"))
                fail_msg("%s at %s: %s is prohibited: %s", contexts[k][0], contexts[k][1],
                         it->m->id, wto_text(it, "design_note"));
        }
        assert_int_equal(classified, instruments);
        lc_result_free(r);
    }
    lc_engine_close(e);
    unlink(path.data);
    lc_buf_reset(&path);
    lc_buf_printf(&path, "%s/probe.lua", dir);
    unlink(path.data);
    rmdir(dir);
    lc_buf_free(&probe);
    lc_buf_free(&path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(korean_design_refused_for_a_developing_member),
        cmocka_unit_test(korean_design_open_to_an_ldc_only_under_sdt),
        cmocka_unit_test(local_content_open_during_the_art_27_3_transition),
        cmocka_unit_test(non_member_gets_the_compliant_design_hypothetically),
        cmocka_unit_test(a_measure_without_a_permitted_design_is_refused),
        cmocka_unit_test(the_profile_programmes_are_classified_alongside),
        cmocka_unit_test(a_broken_classifier_fails_loudly_and_alone),
        cmocka_unit_test(the_classifier_lives_for_one_evaluation),
        cmocka_unit_test(shared_designs_cannot_be_changed),
        cmocka_unit_test(an_unloadable_classifier_fails_each_programme),
        cmocka_unit_test(every_shipped_design_is_recommendable),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

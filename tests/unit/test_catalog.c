/* Unit tests: the measures catalogue. Validation of small catalogues (every
 * error names the line and says what was expected), evident_from facts
 * against a profile schema and a profile, and the shipped catalogue itself
 * (rules/measures.yaml) against the built-in schema and the depths of the
 * catalogue specification (tests/unit/data/measure-depths.txt). */
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
#include "plan/catalog.h"
#include "plan/graph.h"
#include "util/buf.h"
#include "validate/validate.h"

/* A profile schema with one field of each kind evident_from and designs
 * are checked against. */
static const char test_schema[] =
    "format: latecomer.schema/1\n"
    "shapes:\n"
    "  institution: {type: map, fields: {present: {type: bool}}}\n"
    "fields:\n"
    "  format: {type: str, required: true, const: latecomer.profile/1}\n"
    "  institutions: {type: map, fields: {agency: {shape: institution}}}\n"
    "  macro:\n"
    "    type: map\n"
    "    fields:\n"
    "      regime: {type: enum, values: [fixed, crawling, float]}\n"
    "      ratio_pct: {type: pct}\n"
    "      note: {type: str}\n"
    "  regions:\n"
    "    type: list\n"
    "    item: {type: map, fields: {name: {type: str, required: true}, has_ric: {type: bool}}}\n"
    "  subsidy_programs:\n"
    "    type: list\n"
    "    item:\n"
    "      type: map\n"
    "      fields:\n"
    "        id: {type: str, required: true}\n"
    "        instrument: {type: enum, required: true, values: [grant, loan, duty_drawback]}\n"
    "        drawback_or_remission_excess: {type: bool}\n"
    "        contingency:\n"
    "          type: map\n"
    "          fields: {export_in_law: {type: bool}, export_in_fact: {type: bool},\n"
    "                   local_content: {type: bool}}\n"
    "        art8_profile:\n"
    "          type: map\n"
    "          fields:\n"
    "            kind: {type: enum, values: [industrial_research, precompetitive_development, "
    "both]}\n"
    "            aid_intensity_pct: {type: pct}\n";

static lc_schema *schema_of(const char *text) {
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *s = lc_schema_load("schema.yaml", text, strlen(text), &d);
    lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    assert_non_null(s);
    return s;
}

/* MEASURES is the body of the measures: list, two-space indented. */
static lc_catalog *load(const char *measures, const lc_schema *schema, lc_diags *d) {
    lc_buf text;
    lc_buf_init(&text);
    lc_buf_printf(&text, "format: latecomer.measures/1\nmeasures:\n%s", measures);
    lc_diags_init(d);
    lc_catalog *c = lc_catalog_load("m.yaml", text.data, text.len, schema, d);
    lc_buf_free(&text);
    return c;
}

/* The catalogue is rejected with an error at LINE whose message holds
 * WANT and says what was expected. */
static void rejected(const char *measures, const lc_schema *schema, int line, const char *want) {
    lc_diags d;
    lc_catalog *c = load(measures, schema, &d);
    bool found = false;
    for (size_t i = 0; i < d.n; i++)
        if (strstr(d.items[i].message, want) && d.items[i].line == line &&
            d.items[i].level == LC_DIAG_ERROR && strstr(d.items[i].message, "expected"))
            found = true;
    if (!found || c) {
        fprintf(stderr, "wanted an error at line %d holding \"%s\"; got:\n", line, want);
        lc_diags_print(&d, stderr);
    }
    assert_null(c);
    assert_true(found);
    lc_diags_free(&d);
}

#define OK_DESIGN                                                                                  \
    "      design: {instrument: grant, contingency: {export_in_law: false, export_in_fact: "       \
    "false, local_content: false}"

static void catalogue_fields_are_read(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = load("  - id: b\n"
                         "    title: B\n"
                         "    horizon: long\n"
                         "    stage: innovation\n"
                         "    priority: 3\n"
                         "    prerequisites: [a]\n"
                         "    lessons: [3, 63]\n"
                         "    evident_from: [institutions.agency.present, {path: macro.regime, in: "
                         "[crawling, float]}, {path: macro.ratio_pct, above: 0}]\n"
                         "    wto:\n"
                         "      note: n\n"
                         "      subsidy_instrument: true\n" OK_DESIGN "}\n"
                         "  - {id: a, title: A}\n",
                         NULL, &d);
    assert_non_null(c);
    assert_int_equal(d.errors + d.warnings, 0);
    assert_int_equal(c->n, 2);
    const lc_measure *a = lc_catalog_find(c, "a"), *b = lc_catalog_find(c, "b");
    assert_string_equal(c->m[0].id, "a"); /* sorted by id */
    assert_int_equal(a->priority, 2);     /* the default */
    assert_int_equal(a->stage_rank, LC_STAGE_NONE);
    assert_int_equal(a->depth, 0);
    assert_int_equal(b->depth, 1);
    assert_int_equal(b->priority, 3);
    assert_int_equal(b->stage_rank, LC_STAGE_INNOVATION);
    assert_string_equal(b->horizon, "long");
    assert_int_equal(b->n_evident, 3);
    assert_int_equal(b->evident[0].kind, LC_EVIDENT_TRUE);
    assert_int_equal(b->evident[1].kind, LC_EVIDENT_IN);
    assert_int_equal(b->evident[2].kind, LC_EVIDENT_ABOVE);
    assert_true(b->subsidy_instrument);
    assert_non_null(b->design);
    assert_int_equal(b->lessons->n, 2);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void bad_fields_are_errors_that_say_what_was_expected(void **state) {
    (void)state;
    rejected("  - {id: a, title: A, horizon: soon}\n", NULL, 3,
             "horizon 'soon' is not allowed (expected one of: short, medium, long)");
    rejected("  - {id: a, title: A, stage: takeoff}\n", NULL, 3,
             "stage 'takeoff' is not allowed (expected one of: catch_up, transition, innovation)");
    rejected("  - {id: a, title: A, priority: 4}\n", NULL, 3,
             "priority '4' is out of range (expected an integer 1 to 3)");
    rejected("  - {id: a, title: A, priority: high}\n", NULL, 3, "priority 'high' is out of range");
    rejected("  - {id: a, title: A, horizn: short}\n", NULL, 3, "unknown key 'horizn'");
    rejected("  - {id: A-1, title: A}\n", NULL, 3, "measure id 'A-1' is not allowed");
    rejected("  - {id: a}\n", NULL, 3, "a measure needs 'id' and 'title'");
    rejected("  - {id: a, title: A, lessons: [three]}\n", NULL, 3, "lesson 'three'");
    rejected("  - {id: a, title: A}\n  - {id: b, title: B, prerequisites: [a, a]}\n", NULL, 4,
             "prerequisite 'a' is listed twice");
    rejected("  - {id: a, title: A}\n  - {id: a, title: A2}\n", NULL, 4,
             "measure 'a' is defined twice (expected unique ids; first at line 3)");
    rejected("  - {id: a, title: A, wto: {note: n, colour: red}}\n", NULL, 3,
             "wto: unknown key 'colour'");
    rejected("  - {id: a, title: A, evident_from: [{path: macro.regime}]}\n", NULL, 3,
             "evident_from entry needs a path and exactly one of in, above");
    rejected("  - {id: a, title: A, evident_from: [{path: macro.regime, in: []}]}\n", NULL, 3,
             "in must be a non-empty list");
    rejected("  - {id: a, title: A}\ncolour: red\n", NULL, 4,
             "catalogue: unknown key 'colour' (expected one of: format, version, measures)");
}

static void cycles_and_unknown_prerequisites_are_rejected(void **state) {
    (void)state;
    rejected("  - {id: a, title: A, prerequisites: [c]}\n"
             "  - {id: b, title: B, prerequisites: [a]}\n"
             "  - {id: c, title: C, prerequisites: [b]}\n",
             NULL, 3, "prerequisite cycle: a -> c -> b -> a");
    rejected("  - {id: a, title: A, prerequisites: [a]}\n", NULL, 3, "prerequisite cycle: a -> a");
    rejected("  - {id: a, title: A, prerequisites: [zz]}\n", NULL, 3,
             "measure 'a' requires unknown measure 'zz'");
}

static void designs_that_could_not_be_recommended_are_rejected(void **state) {
    (void)state;
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n"
             "      design: {instrument: grant, contingency: {export_in_law: true, "
             "export_in_fact: false, local_content: false}}\n",
             NULL, 7, "must not be contingent on exports or local content");
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n"
             "      design: {instrument: loan}\n",
             NULL, 7, "local_content: false}; export_in_law is missing");
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n"
             "      design: {instrument: duty_drawback}\n",
             NULL, 7, "expected drawback_or_remission_excess: false");
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n" OK_DESIGN
             ", art8_profile: {kind: precompetitive_development, aid_intensity_pct: 60}}\n",
             NULL, 7, "aid intensity 60% is above the former Art 8.2(a) benchmark");
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n" OK_DESIGN
             ", art8_profile: {kind: both, aid_intensity_pct: 70}}\n",
             NULL, 7, "(expected at most 62.5)");
    rejected("  - id: a\n    title: A\n    wto: {subsidy_instrument: true}\n", NULL, 5,
             "a subsidy instrument needs the design to recommend");
    rejected("  - id: a\n    title: A\n    wto:\n" OK_DESIGN "}\n", NULL, 6,
             "not marked as a subsidy instrument (expected subsidy_instrument: true)");
    /* within the benchmark and not contingent: accepted */
    lc_diags d;
    lc_catalog *c =
        load("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n" OK_DESIGN
             ", art8_profile: {kind: industrial_research, aid_intensity_pct: 75}}\n"
             "  - id: b\n    title: B\n    wto:\n      subsidy_instrument: true\n"
             "      design: {instrument: duty_drawback, drawback_or_remission_excess: "
             "false}\n",
             NULL, &d);
    assert_non_null(c);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

static void evident_paths_and_designs_are_checked_against_the_schema(void **state) {
    (void)state;
    lc_schema *s = schema_of(test_schema);
    rejected("  - {id: a, title: A, evident_from: [institutions.agnecy.present]}\n", s, 3,
             "evident_from path 'institutions.agnecy.present' is not a profile field");
    rejected("  - {id: a, title: A, evident_from: [macro.regime]}\n", s, 3,
             "is a enum field (expected a bool field;");
    rejected("  - {id: a, title: A, evident_from: [{path: macro.regime, in: [crawlin]}]}\n", s, 3,
             "'crawlin' is not a value of macro.regime");
    rejected("  - {id: a, title: A, evident_from: [{path: macro.note, above: 0}]}\n", s, 3,
             "(expected a number for above)");
    rejected("  - {id: a, title: A, evident_from: [{path: macro.ratio_pct, in: [x]}]}\n", s, 3,
             "(expected an enum, text or bool field for in)");
    /* designs are subsidy_programs items: unknown fields are errors here */
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n" OK_DESIGN
             ", size_base: true}\n",
             s, 7, "unknown field 'size_base'");
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n"
             "      design: {instrument: grnt, contingency: {export_in_law: false, "
             "export_in_fact: false, local_content: false}}\n",
             s, 7, "is not allowed (expected one of: grant, loan, duty_drawback");
    /* Korea's own design may be one the engine could not recommend; only its
     * fields are checked */
    rejected("  - id: a\n    title: A\n    wto:\n      subsidy_instrument: true\n" OK_DESIGN "}\n"
             "      korean_design: {instrument: grant, contingency: {export_in_lw: true}}\n",
             s, 8, "a.wto.korean_design.contingency: unknown field 'export_in_lw'");
    lc_diags d;
    lc_catalog *c = load("  - id: a\n    title: A\n    evident_from: [institutions.agency.present, "
                         "regions.has_ric, {path: macro.regime, in: [crawling]}]\n"
                         "    wto:\n      subsidy_instrument: true\n" OK_DESIGN "}\n"
                         "      korean_design: {instrument: grant, contingency: {export_in_law: "
                         "true}}\n",
                         s, &d);
    assert_non_null(c);
    assert_int_equal(d.errors + d.warnings, 0);
    lc_catalog_free(c);
    lc_diags_free(&d);
    lc_schema_free(s);
}

static void evident_facts_are_read_from_the_profile(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c = load("  - id: a\n    title: A\n    evident_from: [institutions.agency.present, "
                         "regions.has_ric, {path: macro.regime, in: [crawling, float]}, {path: "
                         "macro.ratio_pct, above: 10}]\n",
                         NULL, &d);
    assert_non_null(c);
    const lc_measure *a = lc_catalog_find(c, "a");
    static const struct {
        const char *profile;
        bool holds[4];
    } cases[] = {
        {"institutions: {agency: {present: true}}", {true, false, false, false}},
        {"institutions: {agency: {present: false}}", {false, false, false, false}},
        {"regions: [{name: n, has_ric: false}, {name: s, has_ric: true}]",
         {false, true, false, false}},
        {"regions: [{name: n, has_ric: false}]", {false, false, false, false}},
        {"macro: {regime: float, ratio_pct: 10}", {false, false, true, false}},
        {"macro: {regime: fixed, ratio_pct: 10.5}", {false, false, false, true}},
        {"macro: {regime: null, ratio_pct: null}", {false, false, false, false}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        lc_diags pd;
        lc_diags_init(&pd);
        lc_doc *doc = lc_yaml_load("p.yaml", cases[i].profile, strlen(cases[i].profile), NULL, &pd);
        assert_non_null(doc);
        for (size_t k = 0; k < 4; k++)
            if (lc_evident_holds(&a->evident[k], doc->root) != cases[i].holds[k])
                fail_msg("%s: fact %zu (%s) should %s", cases[i].profile, k, a->evident[k].path,
                         cases[i].holds[k] ? "hold" : "not hold");
        lc_doc_free(doc);
        lc_diags_free(&pd);
    }
    lc_catalog_free(c);
    lc_diags_free(&d);
}

/* --- the shipped catalogue ------------------------------------------------ */

static void shipped_catalogue_is_complete_and_valid(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *s = lc_schema_builtin(&d);
    assert_non_null(s);
    lc_catalog *c = lc_catalog_load_file(LC_SOURCE_DIR "/rules/measures.yaml", s, &d);
    lc_diags_print(&d, stderr);
    assert_non_null(c);
    assert_int_equal(d.errors + d.warnings, 0);
    assert_int_equal(c->n, 136);
    size_t designs = 0, evident = 0;
    for (size_t i = 0; i < c->n; i++) {
        const lc_measure *m = &c->m[i];
        if (!m->horizon || m->stage_rank == LC_STAGE_NONE || !m->description || !m->area ||
            !m->wto_note || !m->lessons || !lc_node_get(m->at, "priority"))
            fail_msg("%s lacks horizon, stage, description, area, wto.note, lessons or priority",
                     m->id);
        designs += m->subsidy_instrument;
        evident += m->n_evident > 0;
    }
    assert_true(designs >= 40);
    assert_true(evident >= 25);
    /* every institutions.*.present fact names one of the 28 profile keys */
    size_t institution_facts = 0;
    for (size_t i = 0; i < c->n; i++)
        for (size_t k = 0; k < c->m[i].n_evident; k++)
            institution_facts += !strncmp(c->m[i].evident[k].path, "institutions.", 13);
    assert_int_equal(institution_facts, 22); /* of the 28 keys; docs/sequencing.md */
    /* depths and horizons as in the catalogue specification */
    FILE *f = fopen(LC_SOURCE_DIR "/tests/unit/data/measure-depths.txt", "r");
    assert_non_null(f);
    char line[256], id[128], horizon[16];
    int depth;
    size_t rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        assert_int_equal(sscanf(line, "%127s %d %15s", id, &depth, horizon), 3);
        const lc_measure *m = lc_catalog_find(c, id);
        if (!m) fail_msg("%s is missing from rules/measures.yaml", id);
        if (m->depth != depth)
            fail_msg("%s: depth %d, the specification says %d", id, m->depth, depth);
        assert_string_equal(m->horizon, horizon);
        rows++;
    }
    fclose(f);
    assert_int_equal(rows, 136);
    lc_catalog_free(c);
    lc_schema_free(s);
    lc_diags_free(&d);
}

/* Areas and titles are free text: in dot they are quoted and escaped, so
 * a quote in an area cannot end the cluster's name early. */
static void dot_quotes_free_text(void **state) {
    (void)state;
    lc_diags d;
    lc_catalog *c =
        load("  - {id: a, title: 'say \"a\"', area: 'R&D \"frontier\" \\ lab'}\n", NULL, &d);
    assert_non_null(c);
    lc_buf out;
    lc_buf_init(&out);
    assert_true(lc_catalog_render(c, LC_CATALOG_DOT, &out));
    assert_non_null(strstr(out.data, "  subgraph \"cluster_R&D \\\"frontier\\\" \\\\ lab\" {\n"
                                     "    label=\"R&D \\\"frontier\\\" \\\\ lab\";"));
    assert_non_null(strstr(out.data, "tooltip=\"say \\\"a\\\"\"]"));
    lc_buf_free(&out);
    lc_catalog_free(c);
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(catalogue_fields_are_read),
        cmocka_unit_test(bad_fields_are_errors_that_say_what_was_expected),
        cmocka_unit_test(cycles_and_unknown_prerequisites_are_rejected),
        cmocka_unit_test(designs_that_could_not_be_recommended_are_rejected),
        cmocka_unit_test(evident_paths_and_designs_are_checked_against_the_schema),
        cmocka_unit_test(evident_facts_are_read_from_the_profile),
        cmocka_unit_test(shipped_catalogue_is_complete_and_valid),
        cmocka_unit_test(dot_quotes_free_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

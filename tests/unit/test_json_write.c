/* Unit tests: the JSON writer (core/render/jsonw.h). Its text must be the
 * bytes cJSON prints for the same tree (compact, and indented with its tabs
 * as two spaces), on generated trees with every kind of string and number;
 * and the result document written straight as text must equal the tree
 * built for renderers, printed. The generator's PRNG state lives in the
 * test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../support/fixture.h"
#include "../support/prng.h"
#include "render/jsonw.h"
#include "render/render.h"

/* What the engine printed before the writer: cJSON's printer, its tab
 * indentation turned into two spaces ("key":\tvalue into "key": value). */
static char *cjson_text(const cJSON *j, bool pretty) {
    char *s = pretty ? cJSON_Print(j) : cJSON_PrintUnformatted(j);
    assert_non_null(s);
    if (!pretty) return s;
    lc_buf b;
    lc_buf_init(&b);
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\t' && i > 0 && s[i - 1] == ':')
            lc_buf_putc(&b, ' ');
        else if (s[i] == '\t')
            lc_buf_puts(&b, "  ");
        else
            lc_buf_putc(&b, s[i]);
    }
    free(s);
    return lc_buf_steal(&b);
}

static void same_text(const cJSON *j) {
    for (int pretty = 0; pretty < 2; pretty++) {
        char *want = cjson_text(j, pretty);
        char *got = lc_json_print(j, pretty);
        assert_non_null(got);
        if (strcmp(want, got)) fail_msg("cJSON printed\n%s\nthe writer\n%s", want, got);
        free(want);
        free(got);
    }
}

static void numbers_are_printed_as_cjson_prints_them(void **state) {
    (void)state;
    static const double numbers[] = {0,
                                     -0.0,
                                     1,
                                     -1,
                                     42,
                                     1995,
                                     0.5,
                                     7.7,
                                     19.999999999999996,
                                     0.1 + 0.2,
                                     1.0 / 3,
                                     -2.5e-7,
                                     1e-300,
                                     1e300,
                                     123456789012345678.0,
                                     (double)INT_MAX,
                                     (double)INT_MAX + 1,
                                     (double)INT_MIN,
                                     (double)INT_MIN - 1,
                                     9007199254740993.0,
                                     2147483647.5,
                                     -2147483648.5,
                                     62.5,
                                     33554432,
                                     999999999999999.0,
                                     -999999999999999.0,
                                     1e15,
                                     -1e15,
                                     1e16};
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(numbers[i]));
    same_text(a);
    cJSON_Delete(a);
}

static void strings_are_escaped_as_cjson_escapes_them(void **state) {
    (void)state;
    cJSON *o = cJSON_CreateObject();
    char all[256];
    for (int i = 1; i < 256; i++)
        all[i - 1] = (char)i;
    all[255] = '\0';
    cJSON_AddStringToObject(o, "every byte", all);
    cJSON_AddStringToObject(o, "quote\"and\\slash", "tab\tline\nreturn\rbell\a");
    cJSON_AddStringToObject(o, "", "");
    cJSON_AddStringToObject(o, "utf8", "Korea 한국 — 1962 “quoted”");
    /* the writer tests 8 bytes at a time: an escape at every offset of a
     * word, and a string ending just after one */
    for (int at = 0; at < 20; at++) {
        char text[40], key[8];
        memset(text, 'a', 39);
        text[39] = '\0';
        text[at] = "\"\\\n\x1f"[at % 4];
        snprintf(key, sizeof key, "at%d", at);
        cJSON_AddStringToObject(o, key, text);
        text[at + 1] = '\0';
        snprintf(key, sizeof key, "end%d", at);
        cJSON_AddStringToObject(o, key, text);
    }
    same_text(o);
    cJSON_Delete(o);
}

static cJSON *random_value(prng *r, int depth) {
    static const char *const words[] = {"", "a", "sme", "x\ty", "quote\"d", "ünï", "\x01\x1f"};
    unsigned kind = (unsigned)(prng_next(r) % (depth < 5 ? 8 : 5));
    switch (kind) {
    case 0: return cJSON_CreateNull();
    case 1: return cJSON_CreateBool(prng_next(r) & 1);
    case 2: return cJSON_CreateNumber((double)(int64_t)(prng_next(r) % 200000) - 100000);
    case 3: {
        double v = (double)(int64_t)prng_next(r) / (double)(1 + prng_next(r) % 1000000);
        return cJSON_CreateNumber(prng_next(r) & 1 ? v : v * 1e-12);
    }
    case 4: return cJSON_CreateString(words[prng_next(r) % 7]);
    case 5:
    case 6: {
        cJSON *a = cJSON_CreateArray();
        for (unsigned n = (unsigned)(prng_next(r) % 4); n > 0; n--)
            cJSON_AddItemToArray(a, random_value(r, depth + 1));
        return a;
    }
    default: {
        cJSON *o = cJSON_CreateObject();
        for (unsigned n = (unsigned)(prng_next(r) % 5); n > 0; n--) {
            char key[16];
            snprintf(key, sizeof key, "k%u", (unsigned)(prng_next(r) % 100));
            cJSON_AddItemToObject(o, key, random_value(r, depth + 1));
        }
        return o;
    }
    }
}

static void generated_trees_print_as_cjson_prints_them(void **state) {
    (void)state;
    prng r = {0x2545F4914F6CDD1DULL};
    for (int round = 0; round < 500; round++) {
        cJSON *j = random_value(&r, 0);
        same_text(j);
        cJSON_Delete(j);
    }
}

/* The two destinations of one description: a tree, and the text. */
static void written_tree_and_text_agree(void **state) {
    (void)state;
    lc_buf text;
    lc_buf_init(&text);
    lc_json_writer w;
    for (int dest = 0; dest < 2; dest++) {
        if (dest == 0)
            lc_jw_text(&w, &text, true);
        else
            lc_jw_tree(&w);
        lc_jw_object(&w, NULL);
        lc_jw_string(&w, "name", "Korea");
        lc_jw_string(&w, "missing", NULL);
        lc_jw_number(&w, "year", 1962);
        lc_jw_number(&w, "share", 7.7);
        lc_jw_bool(&w, "member", false);
        lc_jw_object(&w, "empty");
        lc_jw_end(&w);
        lc_jw_array(&w, "none");
        lc_jw_end(&w);
        lc_jw_array(&w, "list");
        lc_jw_number(&w, NULL, 1);
        lc_jw_object(&w, NULL);
        lc_jw_null(&w, "x");
        lc_jw_end(&w);
        lc_jw_end(&w);
        lc_jw_end(&w);
        assert_true(lc_jw_ok(&w));
    }
    cJSON *tree = lc_jw_tree_take(&w);
    assert_non_null(tree);
    char *printed = lc_json_print(tree, true);
    assert_string_equal(text.data, printed);
    assert_string_equal(text.data, "{\n"
                                   "  \"name\": \"Korea\",\n"
                                   "  \"missing\": null,\n"
                                   "  \"year\": 1962,\n"
                                   "  \"share\": 7.7,\n"
                                   "  \"member\": false,\n"
                                   "  \"empty\": {\n"
                                   "  },\n"
                                   "  \"none\": [],\n"
                                   "  \"list\": [1, {\n"
                                   "      \"x\": null\n"
                                   "    }]\n"
                                   "}");
    free(printed);
    cJSON_Delete(tree);
    lc_buf_free(&text);
}

static void unbalanced_writes_fail(void **state) {
    (void)state;
    lc_json_writer w;
    lc_jw_tree(&w);
    lc_jw_object(&w, NULL);
    assert_null(lc_jw_tree_take(&w)); /* never closed */
    lc_jw_tree(&w);
    lc_jw_end(&w); /* nothing to close */
    assert_false(lc_jw_ok(&w));
    lc_buf b;
    lc_buf_init(&b);
    lc_jw_text(&w, &b, false);
    for (int i = 0; i <= LC_JSON_MAX_DEPTH; i++)
        lc_jw_array(&w, NULL);
    assert_false(lc_jw_ok(&w)); /* deeper than the writer keeps */
    lc_buf_free(&b);
}

/* Every bundled profile, with the fullest trace: the result written as
 * text equals the result document built as a tree and printed. */
static void result_text_equals_the_printed_document(void **state) {
    (void)state;
    static const char *const profiles[] = {"kor-1962", "kor-1972", "kor-1979",
                                           "kor-1985", "kor-1996", "kor-2001",
                                           "xaa-2024", "xab-2024", "xac-2024"};
    const char *rules[] = {LC_SOURCE_DIR "/rules"};
    lc_engine *e = fixture_open(rules, 1, LC_SOURCE_DIR "/plugins");
    assert_non_null(e);
    lc_eval_options opts = {.explain = LC_EXPLAIN_FULL};
    for (size_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/profiles/%s.yaml", LC_SOURCE_DIR, profiles[i]);
        lc_diags d;
        lc_diags_init(&d);
        lc_profile *p = NULL;
        assert_int_equal(lc_profile_load_file(e, path, &p, &d), LC_OK);
        lc_diags_free(&d);
        lc_result *r = NULL;
        assert_int_equal(lc_engine_evaluate(e, p, &opts, &r), LC_OK);
        cJSON *doc = lc_result_document(r);
        assert_non_null(doc);
        for (int pretty = 0; pretty < 2; pretty++) {
            char *direct = lc_result_json(r, pretty);
            char *printed = cjson_text(doc, pretty);
            if (strcmp(direct, printed)) fail_msg("%s: the written text differs", profiles[i]);
            free(direct);
            free(printed);
        }
        cJSON_Delete(doc);
        lc_result_free(r);
        lc_profile_free(p);
    }
    lc_engine_close(e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(numbers_are_printed_as_cjson_prints_them),
        cmocka_unit_test(strings_are_escaped_as_cjson_escapes_them),
        cmocka_unit_test(generated_trees_print_as_cjson_prints_them),
        cmocka_unit_test(written_tree_and_text_agree),
        cmocka_unit_test(unbalanced_writes_fail),
        cmocka_unit_test(result_text_equals_the_printed_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

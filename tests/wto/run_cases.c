/* run_cases: the WTO subsidy classification cases (the YAML files of tests/wto/).
 *
 * Each case is a member context (the profile's `wto` section), an `as_of`
 * date, one programme (a `subsidy_programs[]` item) and what its
 * `subsidies[]` entry must be. The case becomes a profile (wto.member
 * defaults to true, as the public cases say), which is validated and
 * evaluated by the library with the shipped rule pack, like any profile.
 *
 * expect keys (all optional except classification):
 *   classification            exactly
 *   articles                  the exact list, in order
 *   articles_include, articles_exclude
 *   flags                     the exact set; flags_include, flags_exclude
 *   sdt_applies, sdt_basis, sdt_ends (null allowed), binding, confidence
 *   path_include              docs/wto.md nodes the classifier must take
 *   gaps_include              data gaps the result must report
 *   notes_include             substrings of notes
 *
 * Then every node of docs/wto.md must be taken by some case, and every node
 * taken must be in docs/wto.md: the procedure and its tests cannot drift.
 *
 * usage: run_cases SOURCE_DIR CASES.yaml...   (exit 0 = all pass) */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/result.h"
#include "latecomer/latecomer.h"
#include "load/load.h"
#include "render/jsonw.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fileio.h"

/* --- small sets of strings -------------------------------------------- */

typedef struct strset {
    char **s;
    size_t n, cap;
} strset;

static bool set_has(const strset *set, const char *s) {
    for (size_t i = 0; i < set->n; i++)
        if (!strcmp(set->s[i], s)) return true;
    return false;
}

static void set_add(strset *set, const char *s) {
    if (set_has(set, s)) return;
    if (set->n == set->cap) {
        set->cap = set->cap ? set->cap * 2 : 64;
        set->s = realloc(set->s, set->cap * sizeof(char *));
        if (!set->s) abort();
    }
    if (!(set->s[set->n++] = strdup(s))) abort();
}

static void set_free(strset *set) {
    for (size_t i = 0; i < set->n; i++)
        free(set->s[i]);
    free(set->s);
}

/* --- a case as a profile ---------------------------------------------- */

static cJSON *node_json(const lc_node *n) {
    lc_json_writer w;
    lc_jw_tree(&w);
    lc_jw_node(&w, NULL, n);
    return lc_jw_tree_take(&w);
}

/* The case's profile as JSON text (JSON is YAML, so the loader reads it). */
static char *case_profile(const lc_node *c, const char *as_of) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "format", "latecomer.profile/1");
    cJSON *country = cJSON_AddObjectToObject(p, "country");
    cJSON_AddStringToObject(country, "iso3", "XAA");
    const lc_node *id = lc_node_get(c, "id");
    cJSON_AddStringToObject(country, "name", id && id->text ? id->text : "case");
    cJSON_AddNumberToObject(country, "year", atoi(as_of));
    cJSON_AddStringToObject(country, "as_of", as_of);
    const lc_node *w = lc_node_get(c, "wto");
    cJSON *wto = w ? node_json(w) : cJSON_CreateObject();
    if (!cJSON_GetObjectItemCaseSensitive(wto, "member"))
        cJSON_AddTrueToObject(wto, "member");
    else if (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(wto, "member")))
        cJSON_DeleteItemFromObjectCaseSensitive(wto, "member"); /* member: null = unknown */
    cJSON_AddItemToObject(p, "wto", wto);
    cJSON *programs = cJSON_AddArrayToObject(p, "subsidy_programs");
    cJSON_AddItemToArray(programs, node_json(lc_node_get(c, "program")));
    char *text = cJSON_Print(p);
    cJSON_Delete(p);
    return text;
}

/* --- comparing ---------------------------------------------------------- */

static const char *str(const cJSON *o, const char *key) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void list_text(lc_buf *b, const cJSON *a) {
    const cJSON *x;
    int k = 0;
    lc_buf_puts(b, "[");
    cJSON_ArrayForEach(x, a) {
        lc_buf_printf(b, "%s%s", k++ ? ", " : "", cJSON_IsString(x) ? x->valuestring : "?");
    }
    lc_buf_puts(b, "]");
}

static bool in_list(const cJSON *a, const char *s) {
    const cJSON *x;
    cJSON_ArrayForEach(x, a) {
        if (cJSON_IsString(x) && !strcmp(x->valuestring, s)) return true;
    }
    return false;
}

/* ACTUAL must hold every string of NODE (include) or none (exclude). */
static bool check_members(const lc_node *node, const cJSON *actual, bool want, const char *what,
                          lc_buf *why) {
    bool ok = true;
    for (size_t i = 0; node && node->kind == LC_NODE_SEQ && i < node->n; i++) {
        const char *s = node->items[i]->text;
        if (s && in_list(actual, s) != want) {
            lc_buf_printf(why, "    %s: %s %s, actual ", what, s, want ? "missing" : "present");
            list_text(why, actual);
            lc_buf_puts(why, "\n");
            ok = false;
        }
    }
    return ok;
}

static bool check_exact_list(const lc_node *node, const cJSON *actual, bool ordered,
                             const char *what, lc_buf *why) {
    if (!node) return true;
    bool ok = (size_t)cJSON_GetArraySize(actual) == node->n;
    for (size_t i = 0; ok && i < node->n; i++) {
        const char *s = node->items[i]->text;
        const cJSON *a = cJSON_GetArrayItem(actual, (int)i);
        ok = s && (ordered ? cJSON_IsString(a) && !strcmp(a->valuestring, s) : in_list(actual, s));
    }
    if (!ok) {
        lc_buf_printf(why, "    %s: expected [", what);
        for (size_t i = 0; i < node->n; i++)
            lc_buf_printf(why, "%s%s", i ? ", " : "", node->items[i]->text);
        lc_buf_puts(why, "], actual ");
        list_text(why, actual);
        lc_buf_puts(why, "\n");
    }
    return ok;
}

static bool check_scalar(const lc_node *want, const cJSON *actual, const char *what, lc_buf *why) {
    if (!want) return true;
    bool ok;
    if (want->kind == LC_NODE_BOOL)
        ok = cJSON_IsBool(actual) && cJSON_IsTrue(actual) == want->v.b;
    else if (want->kind == LC_NODE_NULL)
        ok = !actual || cJSON_IsNull(actual);
    else
        ok = cJSON_IsString(actual) && want->text && !strcmp(actual->valuestring, want->text);
    if (!ok) {
        char *a = actual ? cJSON_PrintUnformatted(actual) : NULL;
        lc_buf_printf(why, "    %s: expected %s, actual %s\n", what,
                      want->kind == LC_NODE_NULL   ? "null"
                      : want->kind == LC_NODE_BOOL ? (want->v.b ? "true" : "false")
                                                   : want->text,
                      a ? a : "absent");
        free(a);
    }
    return ok;
}

static const cJSON *classify_path(const lc_result *r) {
    const cJSON *t;
    cJSON_ArrayForEach(t, r->trace) {
        const char *stage = str(t, "stage"), *subject = str(t, "subject");
        if (stage && !strcmp(stage, "classify") && subject &&
            !strncmp(subject, "subsidy programme", 17))
            return cJSON_GetObjectItemCaseSensitive(t, "path");
    }
    return NULL;
}

static cJSON *gap_fields(const lc_result *r) {
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < r->n_gaps; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(r->gaps[i].field));
    return a;
}

static bool compare(const lc_node *expect, const lc_result *r, lc_buf *why) {
    bool ok = true;
    for (size_t i = 0; i < r->n_errors; i++) {
        lc_buf_printf(why, "    error: %s: %s\n", r->errors[i].rule, r->errors[i].message);
        ok = false;
    }
    const cJSON *entry = cJSON_GetArrayItem(r->subsidies, 0);
    if (!entry) {
        lc_buf_puts(why, "    no subsidies[] entry\n");
        return false;
    }
    const cJSON *articles = cJSON_GetObjectItemCaseSensitive(entry, "articles");
    const cJSON *flags = cJSON_GetObjectItemCaseSensitive(entry, "flags");
    const cJSON *sdt = cJSON_GetObjectItemCaseSensitive(entry, "sdt");
    if (!lc_node_get(expect, "classification")) {
        lc_buf_puts(why, "    the case has no expect.classification\n");
        ok = false;
    }
    ok &= check_scalar(lc_node_get(expect, "classification"),
                       cJSON_GetObjectItemCaseSensitive(entry, "classification"), "classification",
                       why);
    ok &= check_exact_list(lc_node_get(expect, "articles"), articles, true, "articles", why);
    ok &= check_members(lc_node_get(expect, "articles_include"), articles, true, "articles", why);
    ok &= check_members(lc_node_get(expect, "articles_exclude"), articles, false, "articles", why);
    ok &= check_exact_list(lc_node_get(expect, "flags"), flags, false, "flags", why);
    ok &= check_members(lc_node_get(expect, "flags_include"), flags, true, "flags", why);
    ok &= check_members(lc_node_get(expect, "flags_exclude"), flags, false, "flags", why);
    ok &= check_scalar(lc_node_get(expect, "sdt_applies"),
                       cJSON_GetObjectItemCaseSensitive(sdt, "applies"), "sdt.applies", why);
    ok &= check_scalar(lc_node_get(expect, "sdt_basis"),
                       cJSON_GetObjectItemCaseSensitive(sdt, "basis"), "sdt.basis", why);
    ok &= check_scalar(lc_node_get(expect, "sdt_ends"),
                       cJSON_GetObjectItemCaseSensitive(sdt, "ends"), "sdt.ends", why);
    ok &= check_scalar(lc_node_get(expect, "binding"),
                       cJSON_GetObjectItemCaseSensitive(entry, "binding"), "binding", why);
    ok &= check_scalar(lc_node_get(expect, "confidence"),
                       cJSON_GetObjectItemCaseSensitive(entry, "confidence"), "confidence", why);
    ok &= check_members(lc_node_get(expect, "path_include"), classify_path(r), true, "path", why);
    cJSON *gaps = gap_fields(r);
    ok &= check_members(lc_node_get(expect, "gaps_include"), gaps, true, "data gaps", why);
    cJSON_Delete(gaps);
    const lc_node *notes = lc_node_get(expect, "notes_include");
    const char *actual_notes = str(entry, "notes");
    for (size_t i = 0; notes && notes->kind == LC_NODE_SEQ && i < notes->n; i++) {
        if (!actual_notes || !strstr(actual_notes, notes->items[i]->text)) {
            lc_buf_printf(why, "    notes lack \"%s\": %s\n", notes->items[i]->text,
                          actual_notes ? actual_notes : "(none)");
            ok = false;
        }
    }
    return ok;
}

/* --- one file ------------------------------------------------------------ */

typedef struct tally {
    size_t cases, failed;
    strset taken; /* docs/wto.md nodes some case took */
} tally;

static void run_case(lc_engine *e, const char *file, const lc_node *c, tally *t) {
    const lc_node *id = lc_node_get(c, "id"), *as_of = lc_node_get(c, "as_of");
    const char *name = id && id->text ? id->text : "?";
    lc_buf why;
    lc_buf_init(&why);
    t->cases++;
    bool ok = false;
    if (!as_of || !as_of->text) {
        lc_buf_puts(&why, "    the case has no as_of\n");
    } else {
        char *text = case_profile(c, as_of->text);
        char label[512];
        snprintf(label, sizeof label, "%s#%s", file, name);
        lc_diags d;
        lc_diags_init(&d);
        lc_profile *p = NULL;
        lc_status st = lc_profile_load_buffer(e, label, text, strlen(text), &p, &d);
        for (size_t i = 0; i < d.n; i++) {
            char *line = lc_diag_format(&d.items[i]);
            lc_buf_printf(&why, "    profile: %s\n", line);
            free(line);
        }
        lc_result *r = NULL;
        lc_eval_options o = {.explain = LC_EXPLAIN_FULL, .only = "-"}; /* no rule: classify only */
        if (st == LC_OK && lc_engine_evaluate(e, p, &o, &r) == LC_OK) {
            ok = d.n == 0 && compare(lc_node_get(c, "expect"), r, &why);
            const cJSON *node;
            cJSON_ArrayForEach(node, classify_path(r)) {
                set_add(&t->taken, node->valuestring);
            }
        }
        lc_result_free(r);
        lc_profile_free(p);
        lc_diags_free(&d);
        free(text);
    }
    printf("%s %s (%s:%u)\n", ok ? "ok  " : "FAIL", name, file, c->line);
    if (!ok) {
        fputs(why.data ? why.data : "    (no detail)\n", stdout);
        t->failed++;
    }
    lc_buf_free(&why);
}

static bool run_file(lc_engine *e, const char *path, tally *t) {
    lc_diags d;
    lc_diags_init(&d);
    lc_doc *doc = lc_yaml_load_file(path, NULL, &d);
    lc_diags_print(&d, stdout);
    bool ok = doc && !d.errors && doc->root->kind == LC_NODE_SEQ;
    if (!ok) printf("FAIL %s: expected a YAML list of cases\n", path);
    for (size_t i = 0; ok && i < doc->root->n; i++)
        run_case(e, path, doc->root->items[i], t);
    lc_diags_free(&d);
    lc_doc_free(doc);
    return ok;
}

/* --- docs/wto.md nodes ------------------------------------------------- */

/* Every "**[ID]**" of the procedure page. */
static void documented_nodes(const char *text, strset *out) {
    for (const char *p = strstr(text, "**["); p; p = strstr(p + 3, "**[")) {
        const char *start = p + 3, *end = strstr(start, "]**");
        if (!end || end - start > 15) continue;
        char id[16];
        memcpy(id, start, (size_t)(end - start));
        id[end - start] = '\0';
        if (isdigit((unsigned char)id[0])) set_add(out, id);
    }
}

static bool check_coverage(const char *src, const tally *t) {
    char path[4096], *text = NULL;
    size_t len;
    snprintf(path, sizeof path, "%s/docs/wto.md", src);
    if (lc_read_file(path, 0, &text, &len) != LC_READ_OK) {
        printf("FAIL cannot read %s\n", path);
        return false;
    }
    strset doc = {0};
    documented_nodes(text, &doc);
    free(text);
    bool ok = doc.n > 0;
    for (size_t i = 0; i < doc.n; i++)
        if (!set_has(&t->taken, doc.s[i])) {
            printf("FAIL docs/wto.md node [%s] is taken by no case\n", doc.s[i]);
            ok = false;
        }
    for (size_t i = 0; i < t->taken.n; i++)
        if (!set_has(&doc, t->taken.s[i])) {
            printf("FAIL the classifier took node [%s], which docs/wto.md does not describe\n",
                   t->taken.s[i]);
            ok = false;
        }
    printf("%zu nodes in docs/wto.md, %zu taken by the cases\n", doc.n, t->taken.n);
    set_free(&doc);
    return ok;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: run_cases SOURCE_DIR CASES.yaml...\n");
        return 2;
    }
    char rules[4096], plugins[4096];
    snprintf(rules, sizeof rules, "%s/rules", argv[1]);
    snprintf(plugins, sizeof plugins, "%s/plugins", argv[1]);
    const char *rule_dirs[] = {rules}, *plugin_dirs[] = {plugins};
    lc_engine_config cfg = {rule_dirs, 1, plugin_dirs, 1, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    lc_status st = lc_engine_open(&cfg, &e, &d);
    lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    if (st != LC_OK) return 2;
    tally t = {0};
    bool files_ok = true;
    for (int i = 2; i < argc; i++)
        files_ok &= run_file(e, argv[i], &t);
    bool covered = check_coverage(argv[1], &t);
    printf("%zu cases, %zu passed, %zu failed\n", t.cases, t.cases - t.failed, t.failed);
    set_free(&t.taken);
    lc_engine_close(e);
    return files_ok && covered && t.failed == 0 && t.cases > 0 ? 0 : 1;
}

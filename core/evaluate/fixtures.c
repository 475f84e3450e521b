#define _POSIX_C_SOURCE 200809L
#include "fixtures.h"

#include <dirent.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../load/load.h"
#include "../util/buf.h"
#include "../validate/validate.h"

/* --- discovery --------------------------------------------------------- */

typedef struct list {
    char **s;
    size_t n, cap;
} list;

static bool list_add(list *l, const char *s) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->s, cap * sizeof(char *));
        if (!p) return false;
        l->s = p;
        l->cap = cap;
    }
    return (l->s[l->n++] = strdup(s)) != NULL;
}

static void list_free(list *l) {
    for (size_t i = 0; i < l->n; i++)
        free(l->s[i]);
    free(l->s);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void find_fixtures(const char *dir, bool in_tests, list *out, int depth) {
    if (depth > 16) return;
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= sizeof path) continue;
        struct stat st;
        if (stat(path, &st) != 0) continue;
        size_t len = strlen(e->d_name);
        if (S_ISDIR(st.st_mode))
            find_fixtures(path, in_tests || !strcmp(e->d_name, "tests"), out, depth + 1);
        else if (in_tests && len > 5 && !strcmp(e->d_name + len - 5, ".yaml"))
            list_add(out, path);
    }
    closedir(d);
}

/* --- one case ---------------------------------------------------------- */

static const char *text(const lc_node *map, const char *key) {
    const lc_node *v = lc_node_get(map, key);
    return v && v->kind == LC_NODE_STR ? v->text : NULL;
}

/* format + country defaults, then the fragment's own sections. The root
 * lives in the fixture's arena and points into *BASE (freed by the caller
 * after the case) and into the fragment. */
static lc_node *case_profile(lc_doc *fx, const lc_node *fragment, lc_doc **base) {
    static const char *defaults = "format: latecomer.profile/1\n"
                                  "country: {iso3: XAA, name: Fixture, year: 2020}\n";
    lc_diags d;
    lc_diags_init(&d);
    *base = lc_yaml_load("<fixture defaults>", defaults, strlen(defaults), NULL, &d);
    lc_diags_free(&d);
    if (!*base) return NULL;
    const lc_node *def = (*base)->root;
    size_t n = def->n + (fragment && fragment->kind == LC_NODE_MAP ? fragment->n : 0);
    lc_node *root = lc_arena_alloc(&fx->arena, sizeof(lc_node));
    lc_pair *pairs = lc_arena_alloc(&fx->arena, (n + 1) * sizeof(lc_pair));
    if (!root || !pairs) return NULL;
    *root = fragment && fragment->kind == LC_NODE_MAP ? *fragment : *def;
    root->pairs = pairs;
    root->n = 0;
    for (size_t i = 0; i < def->n; i++)
        if (!fragment || !lc_node_get(fragment, def->pairs[i].key->text))
            root->pairs[root->n++] = def->pairs[i];
    for (size_t i = 0; fragment && fragment->kind == LC_NODE_MAP && i < fragment->n; i++)
        root->pairs[root->n++] = fragment->pairs[i];
    return root;
}

/* The trace record of SCRIPT: a rule's from the evaluate stage, an
 * indicator plugin's from the derive stage. */
static const cJSON *trace_of(const lc_result *r, const char *id, bool plugin) {
    const cJSON *t;
    cJSON_ArrayForEach(t, r->trace) {
        const cJSON *rule = cJSON_GetObjectItemCaseSensitive(t, "rule");
        const cJSON *stage = cJSON_GetObjectItemCaseSensitive(t, "stage");
        if (cJSON_IsString(rule) && !strcmp(rule->valuestring, id) && cJSON_IsString(stage) &&
            !strcmp(stage->valuestring, plugin ? "derive" : "evaluate"))
            return t;
    }
    return NULL;
}

/* Does the stage member ACTUAL match the fixture's scalar or list WANT? */
static bool stage_value_matches(const lc_node *want, const cJSON *actual) {
    if (!want || want->kind == LC_NODE_NULL) return !actual || cJSON_IsNull(actual);
    switch (want->kind) {
    case LC_NODE_STR: return cJSON_IsString(actual) && !strcmp(actual->valuestring, want->text);
    case LC_NODE_BOOL: return cJSON_IsBool(actual) && cJSON_IsTrue(actual) == want->v.b;
    case LC_NODE_INT:
    case LC_NODE_FLOAT:
        return cJSON_IsNumber(actual) && actual->valuedouble == lc_node_number(want);
    case LC_NODE_SEQ:
        if (!cJSON_IsArray(actual) || (size_t)cJSON_GetArraySize(actual) != want->n) return false;
        for (size_t i = 0; i < want->n; i++)
            if (!stage_value_matches(want->items[i], cJSON_GetArrayItem(actual, (int)i)))
                return false;
        return true;
    default: return false;
    }
}

/* expect.stage: null (no stage), or a map whose members must equal the
 * result's stage members; `evidence_fields` lists the fields its evidence
 * cites, in order. */
static bool compare_stage(const lc_node *want, const lc_result *r, lc_buf *why) {
    if (!want) return true;
    if (want->kind == LC_NODE_NULL) {
        if (!r->stage || cJSON_IsNull(r->stage)) return true;
        char *got = cJSON_PrintUnformatted(r->stage);
        lc_buf_printf(why, "    stage: expected none, actual %s\n", got ? got : "?");
        free(got);
        return false;
    }
    bool ok = true;
    for (size_t i = 0; want->kind == LC_NODE_MAP && i < want->n; i++) {
        const char *key = want->pairs[i].key->text;
        const lc_node *value = want->pairs[i].value;
        cJSON *actual = NULL, *fields = NULL;
        if (!strcmp(key, "evidence_fields")) {
            fields = cJSON_CreateArray();
            const cJSON *ev;
            cJSON_ArrayForEach(ev, cJSON_GetObjectItemCaseSensitive(r->stage, "evidence")) {
                const cJSON *f = cJSON_GetObjectItemCaseSensitive(ev, "field");
                cJSON_AddItemToArray(fields,
                                     cJSON_CreateString(cJSON_IsString(f) ? f->valuestring : "?"));
            }
            actual = fields;
        } else {
            actual = cJSON_GetObjectItemCaseSensitive(r->stage, key);
        }
        if (!stage_value_matches(value, actual)) {
            char *got = actual ? cJSON_PrintUnformatted(actual) : NULL;
            lc_buf_printf(why, "    stage.%s: expected %s, actual %s\n", key,
                          value->kind == LC_NODE_SEQ ? "(the list in the fixture)"
                          : value->text              ? value->text
                                                     : "null",
                          got ? got : "(absent)");
            free(got);
            ok = false;
        }
        cJSON_Delete(fields);
    }
    return ok;
}

static const lc_finding *find_finding(const lc_result *r, const char *id) {
    for (size_t i = 0; i < r->n_findings; i++)
        if (!strcmp(r->findings[i].id, id)) return &r->findings[i];
    return NULL;
}

/* Compares expectations with the result; appends what differs to WHY. */
static bool compare(const lc_node *expect, const lc_result *r, const char *rule, bool plugin,
                    lc_buf *why) {
    bool ok = compare_stage(lc_node_get(expect, "stage"), r, why);
    const cJSON *t = trace_of(r, rule, plugin);
    const cJSON *status = cJSON_GetObjectItemCaseSensitive(t, "status");
    const char *actual = cJSON_IsString(status) ? status->valuestring : "not run";
    const char *want = text(expect, "status");
    if (want && strcmp(want, actual) != 0) {
        lc_buf_printf(why, "    status: expected %s, actual %s\n", want, actual);
        ok = false;
    }
    for (size_t i = 0; i < r->n_errors; i++) {
        if (want && !strcmp(want, "error")) break;
        lc_buf_printf(why, "    error: %s: %s\n", lc_fail_kind_name(r->errors[i].kind),
                      r->errors[i].message);
        ok = false;
    }
    const lc_node *findings = lc_node_get(expect, "findings");
    if (findings && findings->kind == LC_NODE_SEQ) {
        for (size_t i = 0; i < findings->n; i++) {
            const lc_node *ef = findings->items[i];
            const char *id = ef->kind == LC_NODE_STR ? ef->text : text(ef, "id");
            const lc_finding *f = id ? find_finding(r, id) : NULL;
            if (!f) {
                lc_buf_printf(why, "    finding %s: expected, not emitted\n", id ? id : "?");
                ok = false;
                continue;
            }
            const char *sev = text(ef, "severity");
            if (sev && strcmp(sev, lc_severity_name(f->severity)) != 0) {
                lc_buf_printf(why, "    finding %s: severity expected %s, actual %s\n", id, sev,
                              lc_severity_name(f->severity));
                ok = false;
            }
            const lc_node *ms = lc_node_get(ef, "measures");
            if (ms && ms->kind == LC_NODE_SEQ) {
                lc_buf exp, act;
                lc_buf_init(&exp);
                lc_buf_init(&act);
                for (size_t k = 0; k < ms->n; k++)
                    lc_buf_printf(&exp, "%s%s", k ? ", " : "", ms->items[k]->text);
                for (size_t k = 0; k < f->n_measures; k++)
                    lc_buf_printf(&act, "%s%s", k ? ", " : "", f->measures[k]);
                if (strcmp(exp.data ? exp.data : "", act.data ? act.data : "") != 0) {
                    lc_buf_printf(why, "    finding %s: measures expected [%s], actual [%s]\n", id,
                                  exp.data ? exp.data : "", act.data ? act.data : "");
                    ok = false;
                }
                lc_buf_free(&exp);
                lc_buf_free(&act);
            }
        }
        for (size_t i = 0; i < r->n_findings; i++) {
            bool expected = false;
            for (size_t k = 0; k < findings->n; k++) {
                const lc_node *ef = findings->items[k];
                const char *id = ef->kind == LC_NODE_STR ? ef->text : text(ef, "id");
                if (id && !strcmp(id, r->findings[i].id)) expected = true;
            }
            if (!expected) {
                lc_buf_printf(why, "    finding %s (%s): emitted, not expected\n",
                              r->findings[i].id, lc_severity_name(r->findings[i].severity));
                ok = false;
            }
        }
    }
    const lc_node *gaps = lc_node_get(expect, "data_gaps");
    for (size_t i = 0; gaps && gaps->kind == LC_NODE_SEQ && i < gaps->n; i++) {
        bool found = false;
        for (size_t k = 0; k < r->n_gaps; k++)
            if (gaps->items[i]->text && !strcmp(r->gaps[k].field, gaps->items[i]->text))
                found = true;
        if (!found) {
            lc_buf_printf(why, "    data gap %s: expected, not reported\n",
                          gaps->items[i]->text ? gaps->items[i]->text : "?");
            ok = false;
        }
    }
    return ok;
}

static bool run_file(lc_engine *e, const char *path, const char *pattern, bool verbose, FILE *out,
                     lc_test_summary *sum, bool *fired) {
    lc_diags d;
    lc_diags_init(&d);
    lc_doc *fx = lc_yaml_load_file(path, NULL, &d);
    /* `plugin: ID` tests an indicator plugin: only the derive stage runs */
    const char *rule = fx ? text(fx->root, "rule") : NULL;
    const char *plugin_id = fx && !rule ? text(fx->root, "plugin") : NULL;
    if (plugin_id) rule = plugin_id;
    const lc_node *cases = fx ? lc_node_get(fx->root, "cases") : NULL;
    if (!fx || !rule || !cases || cases->kind != LC_NODE_SEQ) {
        if (fx && !d.errors)
            lc_diags_add(&d, LC_DIAG_ERROR, path, 1, 1,
                         "not a fixture file (expected 'rule: ID' or 'plugin: ID' and a "
                         "'cases:' list)");
        lc_diags_print(&d, out);
        lc_diags_free(&d);
        lc_doc_free(fx);
        sum->failed++;
        return true;
    }
    const lc_script *script = lc_scripts_find(plugin_id ? &e->plugins : &e->rules, rule);
    sum->files++;
    for (size_t i = 0; i < cases->n; i++) {
        const lc_node *c = cases->items[i];
        const char *name = text(c, "name");
        char label[512];
        snprintf(label, sizeof label, "%s: %s", rule, name ? name : "(unnamed case)");
        if (pattern && fnmatch(pattern, rule, 0) != 0 && fnmatch(pattern, label, 0) != 0) continue;
        sum->cases++;
        lc_buf why;
        lc_buf_init(&why);
        bool ok = script != NULL;
        if (!script)
            lc_buf_printf(&why, "    no %s with id %s is loaded\n", plugin_id ? "plugin" : "rule",
                          rule);
        lc_result *r = NULL;
        if (ok) {
            lc_diags_clear(&d);
            lc_doc *base = NULL;
            lc_node *root = case_profile(fx, lc_node_get(c, "profile"), &base);
            lc_node *saved = fx->root;
            fx->root = root;
            if (root) lc_validate(e->schema, fx, &d);
            fx->root = saved;
            if (!root) {
                lc_buf_puts(&why, "    out of memory\n");
                ok = false;
            } else if (d.errors) {
                for (size_t k = 0; k < d.n; k++) {
                    char *line = lc_diag_format(&d.items[k]);
                    if (d.items[k].level == LC_DIAG_ERROR) lc_buf_printf(&why, "    %s\n", line);
                    free(line);
                }
                ok = false;
            } else {
                lc_profile p = {.doc = fx};
                fx->root = root;
                /* no rule id contains '-': a plugin case runs no rule */
                lc_eval_options o = {.explain = LC_EXPLAIN_FULL, .only = plugin_id ? "-" : rule};
                if (lc_engine_evaluate(e, &p, &o, &r) != LC_OK) {
                    lc_buf_puts(&why, "    out of memory\n");
                    ok = false;
                }
                fx->root = saved;
            }
            lc_doc_free(base);
        }
        const lc_node *expect = lc_node_get(c, "expect");
        if (ok) ok = compare(expect, r, rule, plugin_id != NULL, &why);
        if (r && !plugin_id) {
            const cJSON *st = cJSON_GetObjectItemCaseSensitive(trace_of(r, rule, false), "status");
            if (cJSON_IsString(st) && !strcmp(st->valuestring, "fired") && script)
                fired[script - e->rules.items] = true;
        }
        lc_result_free(r);
        fprintf(out, "%s %s (%s:%u)\n", ok ? "ok  " : "FAIL", label, path, c->line);
        if (!ok && why.data) fputs(why.data, out);
        if (ok && verbose) fprintf(out, "\n");
        ok ? sum->passed++ : sum->failed++;
        lc_buf_free(&why);
    }
    lc_diags_free(&d);
    lc_doc_free(fx);
    return true;
}

bool lc_run_fixtures(lc_engine *e, const char *pattern, bool with_plugins, bool verbose, FILE *out,
                     lc_test_summary *sum) {
    memset(sum, 0, sizeof(*sum));
    list files = {0};
    for (size_t i = 0; i < e->rules.n_packs; i++)
        find_fixtures(e->rules.packs[i].dir, false, &files, 0);
    for (size_t i = 0; with_plugins && i < e->plugins.n_packs; i++)
        find_fixtures(e->plugins.packs[i].dir, false, &files, 0);
    qsort(files.s, files.n, sizeof(char *), cmp_str);
    bool *fired = calloc(e->rules.n + 1, sizeof(bool));
    if (!fired) {
        list_free(&files);
        return false;
    }
    for (size_t i = 0; i < files.n; i++)
        run_file(e, files.s[i], pattern, verbose, out, sum, fired);
    for (size_t i = 0; i < e->rules.n; i++) {
        const char *id = e->rules.items[i].id;
        if (pattern && fnmatch(pattern, id, 0) != 0) continue;
        sum->rules++;
        if (fired[i]) {
            sum->rules_fired++;
        } else {
            char **u = realloc(sum->uncovered, (sum->n_uncovered + 1) * sizeof(char *));
            if (u) {
                sum->uncovered = u;
                u[sum->n_uncovered] = strdup(id);
                if (u[sum->n_uncovered]) sum->n_uncovered++;
            }
        }
    }
    free(fired);
    list_free(&files);
    return true;
}

void lc_test_summary_free(lc_test_summary *sum) {
    for (size_t i = 0; i < sum->n_uncovered; i++)
        free(sum->uncovered[i]);
    free(sum->uncovered);
    memset(sum, 0, sizeof(*sum));
}

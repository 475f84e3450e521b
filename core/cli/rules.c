/* rules.c: `latecomer rules list|show|lint`: what a rule pack holds, one
 * rule in detail, and static checks of the whole pack (cli.md). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/engine.h"
#include "../engine/result.h"
#include "../evaluate/fixtures.h"
#include "../evaluate/lint.h"
#include "../render/render.h"
#include "../util/diag.h"
#include "cli.h"

static const char help[] =
    "usage: latecomer rules list [--rules DIR]... [--plugins DIR]... [--format text|json]\n"
    "       latecomer rules show [--rules DIR]... [--plugins DIR]... ID\n"
    "       latecomer rules lint [--rules DIR]... [--plugins DIR]... [--strict]\n"
    "\n"
    "list   one line per rule: id, severity range, tags, source citation (json: an array)\n"
    "show   a rule's (or plugin's) metadata, required fields with their meaning, the measures\n"
    "       it may recommend, the thresholds it reads and their values, and its tests\n"
    "lint   loads every rule and plugin and reports: rules that do not load, metadata errors,\n"
    "       profile fields the schema does not know (requires, field = ..., ctx:get(...),\n"
    "       p.a.b reads; derived.<id> needs an indicator plugin <id>), unknown measure ids,\n"
    "       thresholds missing from config.yaml, lib modules that do not exist, require cycles\n"
    "       and indicator dependency cycles (with the chain). --strict adds the shipped pack's\n"
    "       requirements: every rule cites the report (source with quote and lines) and has\n"
    "       tests beside it; it is the default for the bundled pack.\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR     a rule pack (repeatable; default: the bundled pack)\n"
    "  -p, --plugins DIR   a plugin directory (repeatable; default: bundled plugins)\n"
    "  -f, --format FMT    list: text (default) or json\n"
    "      --strict        lint: the shipped pack's requirements\n"
    "      --max-instructions N, --max-memory BYTES, --timeout MS\n"
    "                      sandbox limits for loading the rules (see evaluate --help)\n"
    "  -h, --help          this text\n"
    "\n"
    "Exit codes: 0 ok (lint: no errors), 1 lint found errors, 2 usage error,\n"
    "3 the rule pack failed to load, 4 internal error.\n";

enum { OPT_STRICT = 256 };

typedef struct rules_cli {
    const char *action, *id, *format;
    bool strict;
    cli_engine_options engine;
} rules_cli;

/* "Ch.2 §SME Promotion Policy, Table 2-6, fn 36, L768" */
static void citation(const cJSON *source, char *out, size_t cap) {
    out[0] = '\0';
    size_t used = 0;
    static const struct {
        const char *key, *prefix;
    } parts[] = {{"chapter", "Ch."},  {"section", "§"},    {"table", "Table "},
                 {"figure", "Fig. "}, {"footnote", "fn "}, {"lines", ""}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0] && used < cap; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(source, parts[i].key);
        if (cJSON_IsString(v))
            used += (size_t)snprintf(out + used, cap - used, "%s%s%s", used ? ", " : "",
                                     parts[i].prefix, v->valuestring);
        else if (cJSON_IsNumber(v))
            used += (size_t)snprintf(out + used, cap - used, "%s%s%g", used ? ", " : "",
                                     parts[i].prefix, v->valuedouble);
    }
}

static void severity_range(const lc_script *s, char *out, size_t cap) {
    lc_facts f;
    int lo = -1, hi = -1;
    if (lc_scan_source(s->file, &f)) {
        lc_facts_severities(&f, &lo, &hi);
        lc_facts_free(&f);
    }
    if (lo < 0)
        snprintf(out, cap, "-");
    else if (lo == hi)
        snprintf(out, cap, "%s", lc_severity_name((lc_severity)lo));
    else
        snprintf(out, cap, "%s..%s", lc_severity_name((lc_severity)lo),
                 lc_severity_name((lc_severity)hi));
}

static int cmp_script_id(const void *a, const void *b) {
    return strcmp((*(const lc_script *const *)a)->id, (*(const lc_script *const *)b)->id);
}

static int list(const lc_engine *e, const char *format) {
    size_t n = e->rules.n;
    const lc_script **sorted = malloc((n + 1) * sizeof(*sorted));
    if (!sorted) return EXIT_INTERNAL;
    for (size_t i = 0; i < n; i++)
        sorted[i] = &e->rules.items[i];
    qsort(sorted, n, sizeof(*sorted), cmp_script_id);
    bool json = !strcmp(format, "json");
    cJSON *arr = json ? cJSON_CreateArray() : NULL;
    /* columns as wide as their widest cell */
    size_t width = 0, tag_width = 1;
    char(*tags)[256] = calloc(n + 1, sizeof(*tags));
    if (!tags) {
        free(sorted);
        cJSON_Delete(arr);
        return EXIT_INTERNAL;
    }
    for (size_t i = 0; i < n; i++) {
        const lc_script *s = sorted[i];
        size_t used = 0;
        for (size_t t = 0; t < s->n_tags && used < sizeof tags[i]; t++)
            used += (size_t)snprintf(tags[i] + used, sizeof tags[i] - used, "%s%s", t ? "," : "",
                                     s->tags[t]);
        if (!used) snprintf(tags[i], sizeof tags[i], "-");
        if (strlen(s->id) > width) width = strlen(s->id);
        if (strlen(tags[i]) > tag_width) tag_width = strlen(tags[i]);
    }
    for (size_t i = 0; i < n; i++) {
        const lc_script *s = sorted[i];
        char sev[64], cite[1024];
        severity_range(s, sev, sizeof sev);
        citation(s->source, cite, sizeof cite);
        if (!json) {
            printf("%-*s  %-17s  %-*s  %s\n", (int)width, s->id, sev, (int)tag_width, tags[i],
                   cite[0] ? cite : "-");
            continue;
        }
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToArray(arr, o);
        cJSON_AddStringToObject(o, "id", s->id);
        cJSON_AddStringToObject(o, "title", s->title ? s->title : "");
        cJSON_AddStringToObject(o, "severity", sev);
        cJSON *ta = cJSON_AddArrayToObject(o, "tags");
        for (size_t t = 0; t < s->n_tags; t++)
            cJSON_AddItemToArray(ta, cJSON_CreateString(s->tags[t]));
        cJSON_AddItemToObject(o, "source",
                              s->source ? cJSON_Duplicate(s->source, 1) : cJSON_CreateNull());
        cJSON_AddStringToObject(o, "file", s->file);
    }
    if (json) {
        char *text = lc_json_print(arr, true);
        if (text) puts(text);
        free(text);
        cJSON_Delete(arr);
    }
    free(tags);
    free(sorted);
    return EXIT_OK;
}

static void show_field(const lc_engine *e, const char *path) {
    const lc_field *f = lc_schema_lookup(e->schema, path);
    printf("  %s", path);
    if (f) {
        printf("  (%s%s%s)", lc_type_name(f->type), f->unit ? ", " : "", f->unit ? f->unit : "");
        if (f->meaning) printf("  %s", f->meaning);
    } else if (strncmp(path, "derived.", 8) != 0) {
        printf("  (not in the profile schema)");
    }
    putchar('\n');
}

static void show_threshold(const lc_script *s, const lc_doc *cfg, const char *name) {
    const lc_node *root = cfg ? cfg->root : NULL;
    const lc_node *v = lc_node_get(lc_node_get(root, s->id), name);
    const char *where = s->id;
    if (!v) v = lc_node_get(lc_node_get(root, "shared"), name), where = "shared";
    if (!v) {
        printf("  %s  (missing from config.yaml)\n", name);
        return;
    }
    const lc_node *value = v->kind == LC_NODE_MAP ? lc_node_get(v, "value") : v;
    const lc_node *unit = lc_node_get(v, "unit"), *proposed = lc_node_get(v, "proposed");
    printf("  %s = %s", name, value && value->text ? value->text : "(a table)");
    if (unit && unit->text) printf(" %s", unit->text);
    printf("  [%s%s]\n", where,
           proposed && proposed->kind == LC_NODE_BOOL && proposed->v.b ? ", proposed" : "");
}

static int show(const lc_engine *e, const char *id) {
    const lc_script *s = lc_scripts_find(&e->rules, id);
    if (!s) s = lc_scripts_find(&e->plugins, id);
    if (!s) {
        fprintf(stderr, "latecomer rules show: no rule or plugin with id '%s' is loaded\n", id);
        return EXIT_USAGE;
    }
    static const char *const kinds[] = {"rule", "indicator plugin", "renderer plugin"};
    char sev[64], cite[1024];
    severity_range(s, sev, sizeof sev);
    citation(s->source, cite, sizeof cite);
    printf("id: %s\nkind: %s\ntitle: %s\nfile: %s\n", s->id, kinds[s->kind],
           s->title ? s->title : "-", s->file);
    if (s->kind == LC_SCRIPT_RULE) printf("severities: %s\n", sev);
    printf("tags:");
    for (size_t i = 0; i < s->n_tags; i++)
        printf(" %s", s->tags[i]);
    printf("%s\nsource: %s\n", s->n_tags ? "" : " -", cite[0] ? cite : "-");
    const cJSON *quote = cJSON_GetObjectItemCaseSensitive(s->source, "quote");
    if (cJSON_IsString(quote)) printf("quote: \"%s\"\n", quote->valuestring);
    printf("requires:%s\n", s->n_requires ? "" : " -");
    for (size_t i = 0; i < s->n_requires; i++)
        show_field(e, s->requires[i]);
    printf("measures:%s\n", s->n_measures ? "" : " -");
    for (size_t i = 0; i < s->n_measures; i++) {
        const lc_measure *m = e->catalog ? lc_catalog_find(e->catalog, s->measures[i]) : NULL;
        printf("  %s  %s\n", s->measures[i], m ? m->title : "(not in the catalogue)");
    }
    lc_facts f;
    if (lc_scan_source(s->file, &f)) {
        const lc_scripts *set = s->kind == LC_SCRIPT_RULE ? &e->rules : &e->plugins;
        bool any = false;
        for (size_t i = 0; i < f.n; i++) {
            if (f.items[i].kind != LC_FACT_THRESHOLD) continue;
            bool seen = false;
            for (size_t k = 0; k < i; k++)
                seen |= f.items[k].kind == LC_FACT_THRESHOLD &&
                        !strcmp(f.items[k].text, f.items[i].text);
            if (seen) continue;
            if (!any) printf("thresholds:\n");
            any = true;
            show_threshold(s, set->packs[s->pack].config, f.items[i].text);
        }
        if (!any) printf("thresholds: -\n");
        lc_facts_free(&f);
    }
    lc_fixture_ref *refs = NULL;
    size_t n = lc_fixtures_of(e, s->id, &refs);
    printf("tests:%s\n", n ? "" : " none");
    for (size_t i = 0; i < n; i++) {
        printf("  %s\n", refs[i].path);
        for (size_t k = 0; k < refs[i].n_cases; k++)
            printf("    - %s\n", refs[i].cases[k]);
    }
    lc_fixture_refs_free(refs, n);
    return EXIT_OK;
}

static int lint(lc_engine *e, bool strict, lc_diags *d) {
    if (!lc_lint(e, strict, d)) return EXIT_INTERNAL;
    lc_diags_sort(d);
    lc_diags_print(d, stdout);
    printf("%zu rules, %zu plugins: %zu errors, %zu warnings\n", e->rules.n + e->rules.n_failed,
           e->plugins.n + e->plugins.n_failed, d->errors, d->warnings);
    return d->errors ? EXIT_FINDING : EXIT_OK;
}

static int parse(int argc, char **argv, rules_cli *o) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"plugins", required_argument, 0, 'p'},
        {"format", required_argument, 0, 'f'},
        {"strict", no_argument, 0, OPT_STRICT},
        {"max-instructions", required_argument, 0, CLI_OPT_MAX_INSTRUCTIONS},
        {"max-memory", required_argument, 0, CLI_OPT_MAX_MEMORY},
        {"timeout", required_argument, 0, CLI_OPT_TIMEOUT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":r:p:f:h", opts, NULL)) != -1) {
        int st = cli_engine_option("rules", c, optarg, &o->engine);
        if (st >= 0) {
            if (st != EXIT_OK) return st;
            continue;
        }
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "json") != 0)
                return cli_usage_error("rules", "--format %s is unknown (expected text or json)",
                                       optarg);
            o->format = optarg;
            break;
        case OPT_STRICT: o->strict = true; break;
        case 'h': fputs(help, stdout); return -1;
        case ':': return cli_usage_error("rules", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("rules", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("rules", "give an action: list, show ID or lint");
    o->action = argv[optind++];
    bool is_show = !strcmp(o->action, "show");
    if (strcmp(o->action, "list") != 0 && !is_show && strcmp(o->action, "lint") != 0)
        return cli_usage_error("rules", "unknown action '%s' (expected list, show or lint)",
                               o->action);
    if (is_show && optind < argc) o->id = argv[optind++];
    if (is_show && !o->id) return cli_usage_error("rules", "show needs a rule id");
    if (optind < argc) return cli_usage_error("rules", "unexpected argument '%s'", argv[optind]);
    return EXIT_OK;
}

/* lint reports what failed to load with everything else, on stdout */
static int open_for_lint(rules_cli *o, lc_engine **e, lc_diags *diags) {
    cli_default_paths(&o->engine.defaults);
    if (!o->engine.rules.n) cli_dirs_add(&o->engine.rules, o->engine.defaults.rules);
    if (!o->engine.plugins.n) cli_dirs_add(&o->engine.plugins, o->engine.defaults.plugins);
    lc_engine_config cfg = {o->engine.rules.items, o->engine.rules.n, o->engine.plugins.items,
                            o->engine.plugins.n, o->engine.limits};
    lc_status st = lc_engine_open(&cfg, e, diags);
    if (st == LC_OK) return EXIT_OK;
    lc_diags_sort(diags);
    lc_diags_print(diags, stdout);
    if (st == LC_ENOMEM) return EXIT_INTERNAL;
    fprintf(stderr, "latecomer: the rule pack failed to load\n");
    return EXIT_RULES;
}

int cli_rules(int argc, char **argv) {
    rules_cli o = {.format = "text"};
    cli_engine_options_init(&o.engine);
    int st = parse(argc, argv, &o);
    if (st < 0) return EXIT_OK; /* --help */
    if (st != EXIT_OK) return st;
    bool default_pack = o.engine.rules.n == 0;
    lc_engine *e = NULL;
    int code;
    if (!strcmp(o.action, "lint")) {
        lc_diags diags;
        lc_diags_init(&diags);
        code = open_for_lint(&o, &e, &diags);
        /* the bundled pack is held to the shipped pack's requirements */
        if (code == EXIT_OK) code = lint(e, o.strict || default_pack, &diags);
        lc_diags_free(&diags);
    } else {
        lc_engine_config cfg;
        code = cli_engine_open(&o.engine, &cfg, &e);
        if (code == EXIT_OK) code = !strcmp(o.action, "list") ? list(e, o.format) : show(e, o.id);
        if (code == EXIT_OK && (e->rules.n_failed || e->plugins.n_failed)) code = EXIT_RULES;
    }
    lc_engine_close(e);
    return code;
}

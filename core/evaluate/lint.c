/* lint.c: static checks of rule packs and plugins (lint.h). */
#include "lint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../derive/derive.h"
#include "../util/fileio.h"
#include "../validate/validate.h"
#include "fixtures.h"

/* --- a Lua tokenizer, enough to find literals in context ---------------- */

typedef enum { TK_NAME, TK_STRING, TK_PUNCT, TK_OTHER } tok_kind;

typedef struct tok {
    tok_kind kind;
    const char *s; /* names and punctuation: into the source; strings: the body */
    size_t len;
    int line;
} tok;

typedef struct toks {
    tok *t;
    size_t n, cap;
} toks;

static bool push_tok(toks *ts, tok_kind kind, const char *s, size_t len, int line) {
    if (ts->n == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 256;
        tok *t = realloc(ts->t, cap * sizeof(tok));
        if (!t) return false;
        ts->t = t;
        ts->cap = cap;
    }
    ts->t[ts->n++] = (tok){kind, s, len, line};
    return true;
}

/* "[[", "[=[" ...: the level of a long bracket at P, or -1. */
static int long_bracket(const char *p, const char *end) {
    if (p >= end || *p != '[') return -1;
    int level = 0;
    p++;
    while (p < end && *p == '=')
        level++, p++;
    return p < end && *p == '[' ? level : -1;
}

/* Skips a long bracket of LEVEL starting at P; returns the end, counting lines. */
static const char *skip_long(const char *p, const char *end, int level, int *line) {
    p += level + 2;
    while (p < end) {
        if (*p == '\n') (*line)++;
        if (*p == ']') {
            const char *q = p + 1;
            int l = 0;
            while (q < end && *q == '=')
                l++, q++;
            if (l == level && q < end && *q == ']') return q + 1;
        }
        p++;
    }
    return end;
}

static bool tokenize(const char *src, size_t size, toks *out) {
    const char *p = src, *end = src + size;
    int line = 1;
    while (p < end) {
        char c = *p;
        if (c == '\n') {
            line++;
            p++;
        } else if (isspace((unsigned char)c)) {
            p++;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            p += 2;
            int level = long_bracket(p, end);
            if (level >= 0)
                p = skip_long(p, end, level, &line);
            else
                while (p < end && *p != '\n')
                    p++;
        } else if (c == '"' || c == '\'') {
            const char *start = ++p;
            int at = line;
            while (p < end && *p != c && *p != '\n') {
                if (*p == '\\' && p + 1 < end) p++;
                p++;
            }
            if (!push_tok(out, TK_STRING, start, (size_t)(p - start), at)) return false;
            if (p < end) p++;
        } else if (c == '[' && long_bracket(p, end) >= 0) {
            int level = long_bracket(p, end), at = line;
            const char *start = p + level + 2;
            const char *after = skip_long(p, end, level, &line);
            size_t len =
                after - start >= level + 2 ? (size_t)(after - start) - (size_t)level - 2 : 0;
            if (!push_tok(out, TK_STRING, start, len, at)) return false;
            p = after;
        } else if (isalpha((unsigned char)c) || c == '_') {
            const char *start = p;
            while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
                p++;
            if (!push_tok(out, TK_NAME, start, (size_t)(p - start), line)) return false;
        } else if (isdigit((unsigned char)c)) {
            const char *start = p;
            while (p < end && (isalnum((unsigned char)*p) || *p == '.' || *p == '_'))
                p++;
            if (!push_tok(out, TK_OTHER, start, (size_t)(p - start), line)) return false;
        } else {
            if (!push_tok(out, TK_PUNCT, p, 1, line)) return false;
            p++;
        }
    }
    return true;
}

static bool is(const toks *ts, size_t i, tok_kind kind, const char *text) {
    if (i >= ts->n || ts->t[i].kind != kind) return false;
    return !text || (strlen(text) == ts->t[i].len && !memcmp(ts->t[i].s, text, ts->t[i].len));
}

/* --- facts ---------------------------------------------------------------- */

static bool add_fact(lc_facts *f, lc_fact_kind kind, const char *s, size_t len, int line) {
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 32;
        lc_fact *items = realloc(f->items, cap * sizeof(lc_fact));
        if (!items) return false;
        f->items = items;
        f->cap = cap;
    }
    char *text = malloc(len + 1);
    if (!text) return false;
    memcpy(text, s, len);
    text[len] = '\0';
    f->items[f->n++] = (lc_fact){kind, text, line};
    return true;
}

void lc_facts_free(lc_facts *f) {
    for (size_t i = 0; i < f->n; i++)
        free(f->items[i].text);
    free(f->items);
    memset(f, 0, sizeof(*f));
}

/* A string literal at I that is only the start of a concatenation ("a." ..
 * x) is no name: its value is computed. */
static bool whole_literal(const toks *ts, size_t i) {
    return !(is(ts, i + 1, TK_PUNCT, ".") && is(ts, i + 2, TK_PUNCT, "."));
}

/* The string arguments of a call whose "(" is at I: "a", "b", ... */
static bool string_args(const toks *ts, size_t i, lc_facts *f, lc_fact_kind kind) {
    for (i++; is(ts, i, TK_STRING, NULL); i += 2) {
        if (whole_literal(ts, i) && !add_fact(f, kind, ts->t[i].s, ts->t[i].len, ts->t[i].line))
            return false;
        if (!is(ts, i + 1, TK_PUNCT, ",")) break;
    }
    return true;
}

static bool scan(const toks *ts, lc_facts *f) {
    static const char *const field_methods[] = {"get", "need", "missing", "trend", "series", NULL};
    for (size_t i = 0; i < ts->n; i++) {
        const tok *t = &ts->t[i];
        if (t->kind != TK_NAME) continue;
        bool assigned = is(ts, i + 1, TK_PUNCT, "=") && !is(ts, i + 2, TK_PUNCT, "=") &&
                        !(i > 0 && is(ts, i - 1, TK_PUNCT, "."));
        if (assigned && !add_fact(f, LC_FACT_KEY, t->s, t->len, t->line)) return false;
        if (assigned && is(ts, i + 2, TK_STRING, NULL) && whole_literal(ts, i + 2)) {
            const tok *v = &ts->t[i + 2];
            lc_fact_kind kind = LC_FACT_KEY;
            if (is(ts, i, TK_NAME, "field") || is(ts, i, TK_NAME, "fallback"))
                kind = LC_FACT_FIELD;
            else if (is(ts, i, TK_NAME, "config"))
                kind = LC_FACT_THRESHOLD;
            else if (is(ts, i, TK_NAME, "severity"))
                kind = LC_FACT_SEVERITY;
            if (kind != LC_FACT_KEY && !add_fact(f, kind, v->s, v->len, v->line)) return false;
        }
        if (assigned && is(ts, i, TK_NAME, "measures") && is(ts, i + 2, TK_PUNCT, "{") &&
            !string_args(ts, i + 2, f, LC_FACT_MEASURE))
            return false;
        if (is(ts, i, TK_NAME, "ctx") && is(ts, i + 1, TK_PUNCT, ":") &&
            is(ts, i + 2, TK_NAME, NULL) && is(ts, i + 3, TK_PUNCT, "(")) {
            bool field = false;
            for (const char *const *m = field_methods; *m; m++)
                field |= is(ts, i + 2, TK_NAME, *m);
            if (field && !string_args(ts, i + 3, f, LC_FACT_FIELD)) return false;
            if (is(ts, i + 2, TK_NAME, "threshold") &&
                !string_args(ts, i + 3, f, LC_FACT_THRESHOLD))
                return false;
        }
        if (is(ts, i, TK_NAME, "require")) {
            size_t a = is(ts, i + 1, TK_PUNCT, "(") ? i + 2 : i + 1;
            if (is(ts, a, TK_STRING, NULL) &&
                !add_fact(f, LC_FACT_MODULE, ts->t[a].s, ts->t[a].len, ts->t[a].line))
                return false;
        }
        /* p.a.b: a profile path read directly (p is the profile by convention) */
        if (is(ts, i, TK_NAME, "p") && !(i > 0 && is(ts, i - 1, TK_PUNCT, ".")) &&
            is(ts, i + 1, TK_PUNCT, ".") && is(ts, i + 2, TK_NAME, NULL)) {
            char path[512];
            size_t len = 0, k = i + 2;
            while (is(ts, k, TK_NAME, NULL) && len + ts->t[k].len + 1 < sizeof path) {
                if (len) path[len++] = '.';
                memcpy(path + len, ts->t[k].s, ts->t[k].len);
                len += ts->t[k].len;
                if (!is(ts, k + 1, TK_PUNCT, ".")) break;
                k += 2;
            }
            if (!add_fact(f, LC_FACT_PATH, path, len, t->line)) return false;
        }
    }
    return true;
}

bool lc_scan_source(const char *path, lc_facts *out) {
    memset(out, 0, sizeof(*out));
    char *text;
    size_t len;
    if (lc_read_file(path, 1u << 20, &text, &len) != LC_READ_OK) return false;
    toks ts = {0};
    bool ok = tokenize(text, len, &ts) && scan(&ts, out);
    free(ts.t);
    free(text);
    if (!ok) lc_facts_free(out);
    return ok;
}

void lc_facts_severities(const lc_facts *f, int *lo, int *hi) {
    *lo = *hi = -1;
    for (size_t i = 0; i < f->n; i++) {
        if (f->items[i].kind != LC_FACT_SEVERITY) continue;
        int s = lc_severity_parse(f->items[i].text);
        if (s < 0) continue;
        if (*lo < 0 || s < *lo) *lo = s;
        if (s > *hi) *hi = s;
    }
}

int lc_facts_line(const lc_facts *f, lc_fact_kind kind, const char *text) {
    for (size_t i = 0; i < f->n; i++)
        if (f->items[i].kind == kind && (!text || !strcmp(f->items[i].text, text)))
            return f->items[i].line;
    return 0;
}

/* --- checks ----------------------------------------------------------------- */

typedef struct linter {
    const lc_engine *e;
    bool strict;
    lc_diags *d;
} linter;

/* For an unknown PATH: the closest field name under its longest known
 * parent, as "a.b.suggestion", or "" when nothing is close. */
static void suggest(const lc_schema *schema, const char *path, char *out, size_t cap) {
    out[0] = '\0';
    const char *dot = strrchr(path, '.');
    char parent[512] = "";
    const char *leaf = path;
    if (dot) {
        snprintf(parent, sizeof parent, "%.*s", (int)(dot - path), path);
        leaf = dot + 1;
    }
    const lc_field *pf = parent[0] ? lc_schema_lookup(schema, parent) : &schema->root;
    while (pf && (pf->type == LC_T_LIST || pf->type == LC_T_MAP_OF))
        pf = pf->item;
    if (!pf || pf->type != LC_T_MAP) return;
    size_t best = 3;
    for (size_t i = 0; i < pf->n_fields; i++) {
        size_t dist = lc_edit_distance(leaf, pf->fields[i].name);
        if (dist < best) {
            best = dist;
            snprintf(out, cap, "%s%s%s", parent, parent[0] ? "." : "", pf->fields[i].name);
        }
    }
}

static bool is_indicator(const lc_engine *e, const char *id) {
    const lc_script *s = lc_scripts_find(&e->plugins, id);
    return s && s->kind == LC_SCRIPT_INDICATOR;
}

/* A profile path a script cites or reads: the schema must know it, or an
 * indicator plugin must provide it (derived.<id>...). */
static void check_path(linter *L, const lc_script *s, const char *path, int line, const char *how) {
    char id[128], subject[600];
    if (!strcmp(how, "p."))
        snprintf(subject, sizeof subject, "p.%s", path);
    else
        snprintf(subject, sizeof subject, "%s '%s'", how, path);
    if (lc_derived_id(path, id, sizeof id) || !strcmp(path, "derived")) {
        if (strcmp(path, "derived") != 0 && !is_indicator(L->e, id))
            lc_diags_add(L->d, LC_DIAG_ERROR, s->file, line, line ? 1 : 0,
                         "%s: no indicator plugin '%s' is loaded (expected one of the plugins "
                         "given with --plugins)",
                         subject, id);
        return;
    }
    if (lc_schema_lookup(L->e->schema, path)) return;
    char hint[600];
    suggest(L->e->schema, path, hint, sizeof hint);
    lc_diags_add(L->d, LC_DIAG_ERROR, s->file, line, line ? 1 : 0,
                 "%s: not a profile field%s%s%s (expected a path of profiles/schema.yaml)", subject,
                 hint[0] ? " (did you mean '" : "", hint, hint[0] ? "'?)" : "");
}

static bool has_threshold(const lc_engine *e, const lc_script *s, const char *name) {
    const lc_scripts *set = s->kind == LC_SCRIPT_RULE ? &e->rules : &e->plugins;
    const lc_doc *cfg = set->packs[s->pack].config;
    const lc_node *root = cfg ? cfg->root : NULL;
    return lc_node_get(lc_node_get(root, s->id), name) ||
           lc_node_get(lc_node_get(root, "shared"), name);
}

static bool module_exists(const lc_engine *e, const lc_script *s, const char *name) {
    const lc_scripts *set = s->kind == LC_SCRIPT_RULE ? &e->rules : &e->plugins;
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/lib/%s.lua", set->packs[s->pack].dir, name);
    for (int i = (int)strlen(set->packs[s->pack].dir) + 5; i < n - 4; i++)
        if (path[i] == '.') path[i] = '/';
    return lc_is_file(path);
}

/* "L768", "L149-155", "L149–L155", "L226, L296": lines of the report. */
static bool valid_lines(const char *s) {
    const char *p = s;
    for (;;) {
        if (*p++ != 'L' || !isdigit((unsigned char)*p)) return false;
        while (isdigit((unsigned char)*p))
            p++;
        if (*p == '-' || !strncmp(p, "\xe2\x80\x93", 3)) { /* '-' or an en dash */
            p += *p == '-' ? 1 : 3;
            if (*p == 'L') p++;
            if (!isdigit((unsigned char)*p)) return false;
            while (isdigit((unsigned char)*p))
                p++;
        }
        if (!*p) return true;
        if (*p != ',') return false;
        p++;
        while (*p == ' ')
            p++;
    }
}

static size_t words(const char *s) {
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool space = isspace((unsigned char)*s);
        n += !space && !in;
        in = !space;
    }
    return n;
}

static void check_source(linter *L, const lc_script *s, const lc_facts *f) {
    int line = lc_facts_line(f, LC_FACT_KEY, "source");
    int title_line = lc_facts_line(f, LC_FACT_KEY, "title");
    if (!s->source) {
        lc_diags_add(L->d, LC_DIAG_ERROR, s->file, title_line, title_line ? 1 : 0,
                     "rule '%s' has no source (expected source = {chapter, section, quote, "
                     "lines} pointing into the report)",
                     s->id);
        return;
    }
    const cJSON *quote = cJSON_GetObjectItemCaseSensitive(s->source, "quote");
    const cJSON *lines = cJSON_GetObjectItemCaseSensitive(s->source, "lines");
    if (!cJSON_IsString(quote) || !quote->valuestring[0])
        lc_diags_add(L->d, LC_DIAG_ERROR, s->file, line, line ? 1 : 0,
                     "source of '%s' has no quote (expected the report's words, 25 or fewer)",
                     s->id);
    else if (words(quote->valuestring) > 25)
        lc_diags_add(L->d, LC_DIAG_WARNING, s->file, lc_facts_line(f, LC_FACT_KEY, "quote"), 1,
                     "source quote of '%s' has %zu words (expected 25 or fewer)", s->id,
                     words(quote->valuestring));
    if (!cJSON_IsString(lines) || !lines->valuestring[0])
        lc_diags_add(L->d, LC_DIAG_ERROR, s->file, line, line ? 1 : 0,
                     "source of '%s' has no lines (expected the report lines it quotes, e.g. "
                     "\"L768\")",
                     s->id);
    else if (!valid_lines(lines->valuestring))
        lc_diags_add(L->d, LC_DIAG_ERROR, s->file, lc_facts_line(f, LC_FACT_KEY, "lines"), 1,
                     "source lines '%s' of '%s' are not report lines (expected e.g. \"L768\", "
                     "\"L149-155\" or \"L226, L296\")",
                     lines->valuestring, s->id);
}

static bool declared_measure(const lc_script *s, const char *id) {
    for (size_t i = 0; i < s->n_measures; i++)
        if (!strcmp(s->measures[i], id)) return true;
    return false;
}

static void lint_script(linter *L, const lc_script *s, const lc_facts *f) {
    const lc_catalog *cat = L->e->catalog;
    bool rule = s->kind == LC_SCRIPT_RULE;
    /* a renderer's first argument is the result document, not the profile */
    bool reads_profile = s->kind != LC_SCRIPT_RENDERER;
    if (rule && L->strict) check_source(L, s, f);
    for (size_t i = 0; i < s->n_requires; i++) {
        int line = lc_facts_line(f, LC_FACT_KEY, "requires");
        check_path(L, s, s->requires[i], line, "requires");
    }
    for (size_t i = 0; rule && cat && i < s->n_measures; i++)
        if (!lc_catalog_find(cat, s->measures[i]))
            lc_diags_add(
                L->d, LC_DIAG_ERROR, s->file, lc_facts_line(f, LC_FACT_MEASURE, s->measures[i]), 1,
                "unknown measure id '%s' (expected an id from %s)", s->measures[i], cat->path);
    for (size_t i = 0; i < f->n; i++) {
        const lc_fact *x = &f->items[i];
        switch (x->kind) {
        case LC_FACT_FIELD:
            if (reads_profile) check_path(L, s, x->text, x->line, "field");
            break;
        case LC_FACT_PATH:
            if (reads_profile) check_path(L, s, x->text, x->line, "p.");
            break;
        case LC_FACT_THRESHOLD:
            if (!has_threshold(L->e, s, x->text))
                lc_diags_add(L->d, LC_DIAG_ERROR, s->file, x->line, 1,
                             "threshold '%s' is not in config.yaml (expected it under '%s:' or "
                             "'shared:')",
                             x->text, s->id);
            break;
        case LC_FACT_SEVERITY:
            if (lc_severity_parse(x->text) < 0)
                lc_diags_add(L->d, LC_DIAG_ERROR, s->file, x->line, 1,
                             "unknown severity '%s' (expected info, advice, warning or critical)",
                             x->text);
            break;
        case LC_FACT_MEASURE:
            if (!rule) break;
            if (cat && !lc_catalog_find(cat, x->text) && !declared_measure(s, x->text))
                lc_diags_add(L->d, LC_DIAG_ERROR, s->file, x->line, 1,
                             "unknown measure id '%s' (expected an id from %s)", x->text,
                             cat->path);
            else if (s->n_measures && !declared_measure(s, x->text))
                lc_diags_add(L->d, LC_DIAG_ERROR, s->file, x->line, 1,
                             "measure '%s' is not in the rule's measures list (ctx:finding "
                             "would reject it)",
                             x->text);
            break;
        case LC_FACT_MODULE:
            if (!module_exists(L->e, s, x->text)) {
                char rel[512];
                snprintf(rel, sizeof rel, "%s", x->text);
                for (char *c = rel; *c; c++)
                    if (*c == '.') *c = '/';
                lc_diags_add(L->d, LC_DIAG_ERROR, s->file, x->line, 1,
                             "module '%s' is not in the pack (expected lib/%s.lua; system "
                             "modules are blocked)",
                             x->text, rel);
            }
            break;
        default: break;
        }
    }
}

static void lint_tests(linter *L, const lc_script *s) {
    lc_fixture_ref *refs = NULL;
    size_t n = lc_fixtures_of(L->e, s->id, &refs);
    if (n == 0)
        lc_diags_add(L->d, LC_DIAG_ERROR, s->file, 0, 0,
                     "rule '%s' has no tests (expected a fixture file with 'rule: %s' under a "
                     "tests/ folder beside it)",
                     s->id, s->id);
    lc_fixture_refs_free(refs, n);
}

/* Require cycles among the lib modules of pack PACK. */
static bool lint_modules(linter *L, const lc_scripts *set, size_t pack) {
    /* the modules and what each requires, from their source */
    const char *dir = set->packs[pack].dir;
    enum { MAX_MODULES = 256 };
    char *names[MAX_MODULES];
    lc_facts facts[MAX_MODULES];
    size_t n = 0;
    char libdir[4096];
    snprintf(libdir, sizeof libdir, "%s/lib", dir);
    /* walk lib/ with the rule loader's order: names from file paths */
    char **files = NULL;
    size_t n_files = lc_list_lua_files(libdir, &files);
    for (size_t i = 0; i < n_files && n < MAX_MODULES; i++) {
        char full[8200];
        snprintf(full, sizeof full, "%s/%s", libdir, files[i]);
        names[n] = strdup(files[i]);
        if (!names[n] || !lc_scan_source(full, &facts[n])) {
            free(names[n]);
            continue;
        }
        names[n][strlen(names[n]) - 4] = '\0';
        for (char *c = names[n]; *c; c++)
            if (*c == '/') *c = '.';
        n++;
    }
    for (size_t i = 0; i < n_files; i++)
        free(files[i]);
    free(files);
    /* depth-first search from each module, reporting the first cycle found */
    int *state = calloc(n + 1, sizeof(int)); /* 0 new, 1 on the path, 2 done */
    size_t *path = calloc(n + 1, sizeof(size_t));
    bool reported = false;
    for (size_t root = 0; state && path && root < n && !reported; root++) {
        if (state[root]) continue;
        size_t depth = 0, next_fact[MAX_MODULES] = {0};
        path[depth++] = root;
        state[root] = 1;
        while (depth && !reported) {
            size_t cur = path[depth - 1];
            if (next_fact[depth - 1] >= facts[cur].n) {
                state[cur] = 2;
                depth--;
                continue;
            }
            const lc_fact *x = &facts[cur].items[next_fact[depth - 1]++];
            if (x->kind != LC_FACT_MODULE) continue;
            size_t to = n;
            for (size_t k = 0; k < n; k++)
                if (!strcmp(names[k], x->text)) to = k;
            if (to == n || state[to] == 2) continue;
            if (state[to] == 1) {
                char chain[1024] = "";
                size_t used = 0, from = 0;
                while (path[from] != to)
                    from++;
                for (size_t k = from; k < depth && used < sizeof chain; k++)
                    used += (size_t)snprintf(chain + used, sizeof chain - used, "%s -> ",
                                             names[path[k]]);
                if (used < sizeof chain)
                    snprintf(chain + used, sizeof chain - used, "%s", names[to]);
                char file[4200];
                snprintf(file, sizeof file, "%s/%s.lua", libdir, names[cur]);
                for (char *c = file + strlen(libdir) + 1; *c && strcmp(c, ".lua"); c++)
                    if (*c == '.') *c = '/';
                lc_diags_add(L->d, LC_DIAG_ERROR, file, x->line, 1,
                             "require cycle: %s (expected modules that do not require each "
                             "other in a loop)",
                             chain);
                reported = true;
                break;
            }
            state[to] = 1;
            next_fact[depth] = 0;
            path[depth++] = to;
        }
    }
    free(state);
    free(path);
    for (size_t i = 0; i < n; i++) {
        free(names[i]);
        lc_facts_free(&facts[i]);
    }
    return true;
}

bool lc_lint(const lc_engine *e, bool strict, lc_diags *d) {
    linter L = {e, strict, d};
    const lc_scripts *sets[] = {&e->rules, &e->plugins};
    for (int k = 0; k < 2; k++) {
        const lc_scripts *set = sets[k];
        for (size_t i = 0; i < set->n; i++) {
            const lc_script *s = &set->items[i];
            lc_facts f;
            if (!lc_scan_source(s->file, &f)) {
                lc_diags_add(d, LC_DIAG_ERROR, s->file, 0, 0, "cannot read the file");
                continue;
            }
            lint_script(&L, s, &f);
            if (strict && s->kind == LC_SCRIPT_RULE) lint_tests(&L, s);
            lc_facts_free(&f);
        }
        for (size_t p = 0; p < set->n_packs; p++)
            if (!lint_modules(&L, set, p)) return false;
    }
    size_t *order = malloc((e->plugins.n + 1) * sizeof(size_t));
    if (!order) return false;
    char cycle[512];
    size_t placed = lc_derive_order(&e->plugins, order, cycle, sizeof cycle);
    size_t indicators = 0;
    for (size_t i = 0; i < e->plugins.n; i++)
        indicators += e->plugins.items[i].kind == LC_SCRIPT_INDICATOR;
    if (placed < indicators) {
        const lc_script *first = NULL;
        char id[128];
        snprintf(id, sizeof id, "%.*s", (int)strcspn(cycle, " "), cycle);
        first = lc_scripts_find(&e->plugins, id);
        lc_diags_add(d, LC_DIAG_ERROR, first ? first->file : NULL, 0, 0,
                     "indicator dependency cycle: %s (expected indicators that do not require "
                     "each other's derived values in a loop)",
                     cycle);
    }
    free(order);
    return true;
}

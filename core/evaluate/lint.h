/* lint.h: static checks of rule packs and plugins (`latecomer rules
 * lint`) and the facts `rules list` and `rules show` print.
 *
 * What a rule declares (id, title, source, requires, measures) comes from
 * its metadata, read at load; what it only uses (the fields it reads, the
 * thresholds it asks for, the severities and measures of its findings, the
 * modules it requires) comes from its source text, scanned by a small Lua
 * tokenizer that skips comments and keeps each string literal's line. */
#ifndef LC_LINT_H
#define LC_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "../engine/engine.h"

typedef enum {
    LC_FACT_FIELD,     /* field = "a.b", fallback = ..., ctx:get/need/missing/trend/series("a.b") */
    LC_FACT_PATH,      /* p.a.b read directly */
    LC_FACT_THRESHOLD, /* ctx:threshold("x"), config = "x" */
    LC_FACT_SEVERITY,  /* severity = "x" */
    LC_FACT_MEASURE,   /* a string in a measures = { ... } list */
    LC_FACT_MODULE,    /* require("x") */
    LC_FACT_KEY,       /* a table key assigned (title =, source =): where metadata sits */
} lc_fact_kind;

typedef struct lc_fact {
    lc_fact_kind kind;
    char *text;
    int line;
} lc_fact;

typedef struct lc_facts {
    lc_fact *items;
    size_t n, cap;
} lc_facts;

/* Scans the Lua file at PATH. False when it cannot be read (or out of
 * memory); OUT is then empty. */
bool lc_scan_source(const char *path, lc_facts *out);
void lc_facts_free(lc_facts *f);
/* Lowest and highest severity its findings name (LC_SEV_*), -1 when none
 * is written as a literal. */
void lc_facts_severities(const lc_facts *f, int *lo, int *hi);
/* The first line of fact KIND with TEXT (any text when NULL), or 0. */
int lc_facts_line(const lc_facts *f, lc_fact_kind kind, const char *text);

/* Every check on the engine's rule packs and plugins, reported to D
 * (errors and warnings with file:line). STRICT applies the shipped pack's
 * requirements: every rule cites the report (source with quote and lines)
 * and has fixtures beside it. Returns false only when out of memory. */
bool lc_lint(const lc_engine *e, bool strict, lc_diags *d);

#endif

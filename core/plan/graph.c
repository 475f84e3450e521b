#include "graph.h"

#include <stdlib.h>
#include <string.h>

#include "../render/jsonw.h"

int lc_catalog_format_parse(const char *name) {
    if (!name) return -1;
    if (!strcmp(name, "json")) return LC_CATALOG_JSON;
    if (!strcmp(name, "dot")) return LC_CATALOG_DOT;
    if (!strcmp(name, "markdown")) return LC_CATALOG_MARKDOWN;
    return -1;
}

/* Catalogue indexes in file order (the order the areas and measures were
 * written in), for the documents people read. */
static int cmp_line(const void *pa, const void *pb, const lc_catalog *c) {
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    uint32_t la = c->m[a].at->line, lb = c->m[b].at->line;
    return la < lb ? -1 : la > lb;
}

static size_t *file_order(const lc_catalog *c) {
    size_t *order = malloc((c->n + 1) * sizeof(size_t));
    if (!order) return NULL;
    for (size_t i = 0; i < c->n; i++)
        order[i] = i;
    /* insertion sort: qsort has no context argument in C11, and n is small */
    for (size_t i = 1; i < c->n; i++)
        for (size_t j = i; j > 0 && cmp_line(&order[j - 1], &order[j], c) > 0; j--) {
            size_t t = order[j];
            order[j] = order[j - 1], order[j - 1] = t;
        }
    return order;
}

static const char *area_of(const lc_measure *m) {
    return m->area ? m->area : "other";
}

/* Whether ORDER[A] is the first measure of its area in ORDER. */
static bool opens_area(const lc_catalog *c, const size_t *order, size_t a) {
    const char *area = area_of(&c->m[order[a]]);
    for (size_t b = 0; b < a; b++)
        if (!strcmp(area_of(&c->m[order[b]]), area)) return false;
    return true;
}

/* Whether measure I lists J as a prerequisite. */
static bool needs(const lc_catalog *c, size_t i, size_t j) {
    for (size_t k = 0; k < c->m[i].n_prereqs; k++)
        if (c->m[i].prereqs[k] == j) return true;
    return false;
}

/* --- JSON ----------------------------------------------------------------- */

static void evident_json(lc_json_writer *w, const lc_evident *e) {
    lc_jw_object(w, NULL);
    lc_jw_string(w, "path", e->path);
    switch (e->kind) {
    case LC_EVIDENT_TRUE: lc_jw_bool(w, "is", true); break;
    case LC_EVIDENT_IN: lc_jw_node(w, "in", e->values); break;
    case LC_EVIDENT_ABOVE: lc_jw_number(w, "above", e->above); break;
    }
    lc_jw_end(w);
}

static void measure_json(lc_json_writer *w, const lc_catalog *c, size_t i) {
    const lc_measure *m = &c->m[i];
    lc_jw_object(w, NULL);
    lc_jw_string(w, "id", m->id);
    lc_jw_string(w, "title", m->title);
    lc_jw_string(w, "description", m->description);
    lc_jw_string(w, "area", m->area);
    lc_jw_string(w, "horizon", m->horizon);
    lc_jw_string(w, "stage", m->stage);
    lc_jw_number(w, "priority", m->priority);
    lc_jw_number(w, "depth", m->depth);
    lc_jw_array(w, "prerequisites");
    for (size_t k = 0; k < m->n_prereqs; k++)
        lc_jw_string(w, NULL, m->prereq_ids[k]);
    lc_jw_end(w);
    lc_jw_array(w, "prerequisite_for");
    for (size_t j = 0; j < c->n; j++)
        if (needs(c, j, i)) lc_jw_string(w, NULL, c->m[j].id);
    lc_jw_end(w);
    if (m->lessons) {
        lc_jw_node(w, "lessons", m->lessons);
    } else {
        lc_jw_array(w, "lessons");
        lc_jw_end(w);
    }
    lc_jw_array(w, "evident_from");
    for (size_t k = 0; k < m->n_evident; k++)
        evident_json(w, &m->evident[k]);
    lc_jw_end(w);
    lc_jw_object(w, "wto");
    lc_jw_string(w, "note", m->wto_note);
    lc_jw_bool(w, "subsidy_instrument", m->subsidy_instrument);
    lc_jw_node(w, "design", m->design);
    lc_jw_end(w);
    lc_jw_end(w);
}

static bool render_json(const lc_catalog *c, lc_buf *out) {
    lc_json_writer w;
    lc_jw_text(&w, out, true);
    lc_jw_object(&w, NULL);
    lc_jw_string(&w, "format", "latecomer.measures/1");
    lc_jw_string(&w, "version", c->version);
    lc_jw_array(&w, "measures");
    for (size_t i = 0; i < c->n; i++)
        measure_json(&w, c, i);
    lc_jw_end(&w);
    lc_jw_end(&w);
    return lc_buf_putc(out, '\n') && lc_jw_ok(&w);
}

/* --- Graphviz dot ------------------------------------------------------- */

/* A double-quoted dot string. */
static void dot_string(lc_buf *out, const char *s) {
    lc_buf_putc(out, '"');
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\') lc_buf_putc(out, '\\');
        lc_buf_putc(out, *s == '\n' ? ' ' : *s);
    }
    lc_buf_putc(out, '"');
}

static const char *stage_colour(int stage) {
    switch (stage) {
    case LC_STAGE_CATCH_UP: return "#d9f0d3";
    case LC_STAGE_TRANSITION: return "#d1e5f0";
    case LC_STAGE_INNOVATION: return "#e7d4e8";
    default: return "#ffffff";
    }
}

static void dot_node(lc_buf *out, const lc_measure *m) {
    lc_buf_printf(out, "    \"%s\" [label=\"%s\\n%s, %s\", fillcolor=\"%s\"%s, tooltip=", m->id,
                  m->id, m->stage ? m->stage : "any stage", m->horizon ? m->horizon : "?",
                  stage_colour(m->stage_rank), m->subsidy_instrument ? ", peripheries=2" : "");
    dot_string(out, m->title);
    lc_buf_puts(out, "];\n");
}

static bool render_dot(const lc_catalog *c, lc_buf *out) {
    size_t *order = file_order(c);
    if (!order) return false;
    lc_buf_puts(out, "digraph measures {\n"
                     "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=");
    lc_buf_printf(out,
                  "\"latecomer measures catalogue %s: arrows run from a prerequisite to "
                  "what needs it; fill = earliest stage (green catch_up, blue transition, "
                  "purple innovation); double border = subsidy instrument\"];\n",
                  c->version ? c->version : "");
    lc_buf_puts(out, "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", "
                     "fontsize=10];\n  edge [color=\"#555555\"];\n");
    /* one cluster per area, areas in the order they first appear */
    for (size_t a = 0; a < c->n; a++) {
        if (!opens_area(c, order, a)) continue;
        const char *area = area_of(&c->m[order[a]]);
        lc_buf cluster; /* the area is free text: quoted and escaped like any */
        lc_buf_init(&cluster);
        lc_buf_printf(&cluster, "cluster_%s", area);
        lc_buf_puts(out, "  subgraph ");
        dot_string(out, cluster.data);
        lc_buf_free(&cluster);
        lc_buf_puts(out, " {\n    label=");
        dot_string(out, area);
        lc_buf_puts(out, ";\n    style=rounded;\n    color=\"#999999\";\n");
        for (size_t k = a; k < c->n; k++)
            if (!strcmp(area_of(&c->m[order[k]]), area)) dot_node(out, &c->m[order[k]]);
        lc_buf_puts(out, "  }\n");
    }
    for (size_t k = 0; k < c->n; k++) {
        const lc_measure *m = &c->m[order[k]];
        for (size_t q = 0; q < m->n_prereqs; q++)
            lc_buf_printf(out, "  \"%s\" -> \"%s\";\n", c->m[m->prereqs[q]].id, m->id);
    }
    lc_buf_puts(out, "}\n");
    free(order);
    return !out->oom;
}

/* --- Markdown ------------------------------------------------------------ */

/* Table cell text: pipes escaped, line breaks folded. */
static void md_cell(lc_buf *out, const char *s) {
    for (; s && *s; s++) {
        if (*s == '|') lc_buf_putc(out, '\\');
        lc_buf_putc(out, *s == '\n' ? ' ' : *s);
    }
}

static void md_row(lc_buf *out, const lc_catalog *c, const lc_measure *m) {
    lc_buf_printf(out, "| `%s` | ", m->id);
    md_cell(out, m->description ? m->description : m->title);
    lc_buf_puts(out, " | ");
    for (size_t q = 0; q < m->n_prereqs; q++)
        lc_buf_printf(out, "%s`%s`", q ? ", " : "", c->m[m->prereqs[q]].id);
    if (!m->n_prereqs) lc_buf_puts(out, "—");
    lc_buf_printf(out, " | %d | %s | %s | %d | ", m->depth, m->horizon ? m->horizon : "—",
                  m->stage ? m->stage : "—", m->priority);
    for (size_t q = 0; m->lessons && q < m->lessons->n; q++)
        lc_buf_printf(out, "%s%s", q ? ", " : "", m->lessons->items[q]->text);
    lc_buf_puts(out, " | ");
    for (size_t q = 0; q < m->n_evident; q++) {
        const lc_evident *e = &m->evident[q];
        lc_buf_printf(out, "%s`%s`", q ? "; " : "", e->path);
        if (e->kind == LC_EVIDENT_ABOVE) lc_buf_printf(out, " > %g", e->above);
        for (size_t v = 0; e->kind == LC_EVIDENT_IN && v < e->values->n; v++)
            lc_buf_printf(out, "%s%s", v ? ", " : " in ", e->values->items[v]->text);
    }
    lc_buf_puts(out, " | ");
    if (m->subsidy_instrument) {
        const lc_node *ins = lc_node_get(m->design, "instrument");
        lc_buf_printf(out, "yes: %s. ", ins && ins->text ? ins->text : "?");
    }
    md_cell(out, m->wto_note);
    lc_buf_puts(out, " |\n");
}

static bool render_markdown(const lc_catalog *c, lc_buf *out) {
    size_t *order = file_order(c);
    if (!order) return false;
    lc_buf_printf(out,
                  "# Measures catalogue%s%s\n\n"
                  "%zu measures. **Depth**: longest prerequisite chain. **Stage**: the earliest "
                  "stage the measure suits. **Priority**: order inside a phase (1 first). "
                  "**In place when**: profile facts that show the country already has it. "
                  "**WTO**: whether it is a subsidy instrument (with the instrument of the "
                  "design the engine recommends) and the SCM note.\n",
                  c->version ? " " : "", c->version ? c->version : "", c->n);
    for (size_t a = 0; a < c->n; a++) {
        if (!opens_area(c, order, a)) continue;
        const char *area = area_of(&c->m[order[a]]);
        lc_buf_printf(out, "\n## %s\n\n", area);
        lc_buf_puts(out, "| Measure | Description | Prerequisites | Depth | Horizon | Stage | "
                         "Priority | Lessons | In place when | WTO |\n"
                         "|---|---|---|---|---|---|---|---|---|---|\n");
        for (size_t k = a; k < c->n; k++)
            if (!strcmp(area_of(&c->m[order[k]]), area)) md_row(out, c, &c->m[order[k]]);
    }
    free(order);
    return !out->oom;
}

bool lc_catalog_render(const lc_catalog *c, lc_catalog_format format, lc_buf *out) {
    switch (format) {
    case LC_CATALOG_JSON: return render_json(c, out);
    case LC_CATALOG_DOT: return render_dot(c, out);
    case LC_CATALOG_MARKDOWN: return render_markdown(c, out);
    }
    return false;
}

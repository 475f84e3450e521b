/* graph.h: the measures catalogue and its prerequisite graph as documents
 * (`latecomer measures`): JSON for tools, Graphviz dot for a picture,
 * Markdown for reading. Deterministic: JSON lists measures by id; dot and
 * Markdown group them by area in catalogue order. */
#ifndef LC_GRAPH_H
#define LC_GRAPH_H

#include <stdbool.h>

#include "../util/buf.h"
#include "catalog.h"

typedef enum { LC_CATALOG_JSON, LC_CATALOG_DOT, LC_CATALOG_MARKDOWN } lc_catalog_format;

/* -1 when NAME is not json, dot or markdown. */
int lc_catalog_format_parse(const char *name);
/* Appends the document to OUT; false when out of memory. */
bool lc_catalog_render(const lc_catalog *c, lc_catalog_format format, lc_buf *out);

#endif

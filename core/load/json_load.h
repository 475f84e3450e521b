/* json_load.h: JSON text -> the same positioned document tree the YAML
 * loader builds, so one validator and one rule view serve both. Used for
 * NDJSON pipelines (one profile per line). cJSON's parser is never used: it
 * keeps a global error pointer and no positions. */
#ifndef LC_JSON_LOAD_H
#define LC_JSON_LOAD_H

#include <stddef.h>

#include "../util/diag.h"
#include "load.h"
#include "node.h"

/* Parses one JSON value (a profile is an object). FIRST_LINE is the line
 * number of DATA's first byte in the file NAME (1 for a whole file, N for
 * the N-th line of an NDJSON stream), so every position and diagnostic
 * points into the real file. Columns count characters, as libyaml does.
 *
 * Typing: strings are text (quoted, never typed); integers without a
 * fraction or exponent are LC_NODE_INT; object keys that are decimal
 * integers become integer keys, as the same key written in YAML would
 * (history years). Duplicate keys are errors (the first value is kept).
 * The limits of lc_load_limits apply (size, depth, nodes, string length).
 * On failure returns NULL with diagnostics; a document with non-fatal
 * errors is returned and DIAGS->errors says so, as for lc_yaml_load. */
lc_doc *lc_json_load(const char *name, const char *data, size_t len, unsigned first_line,
                     const lc_load_limits *limits, lc_diags *diags);

#endif

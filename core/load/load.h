/* load.h: the load stage. Bytes in, a positioned document tree out.
 * Loaders enforce the hard limits that protect the rest of the pipeline
 * (documented in docs/limits.md); schema checks belong to validate/. */
#ifndef LC_LOAD_H
#define LC_LOAD_H

#include <stddef.h>

#include "../util/diag.h"
#include "latecomer/latecomer.h"
#include "node.h"

/* The loaders' limits are the public lc_input_limits (latecomer.h). Here a
 * zero max_bytes means no cap (the schema is ours, not user input). */
typedef lc_input_limits lc_load_limits;

/* The documented defaults: 4 MiB, depth 64, 64 aliases adding at most 200000
 * values, strings of 64 KiB. */
lc_load_limits lc_load_limits_default(void);
/* Copies the non-zero fields of OVERRIDES into LIMITS. */
void lc_input_limits_merge(lc_input_limits *limits, const lc_input_limits *overrides);
/* The deepest nesting a loader can hold, whatever max_depth asks for. */
#define LC_MAX_DEPTH_CEILING 256

/* Parses one YAML document. On failure returns NULL and adds diagnostics
 * naming NAME:LINE:COLUMN. Non-fatal problems (duplicate keys) are added as
 * errors too, but the document is still returned so validation can report
 * everything at once; callers check diags->errors. */
lc_doc *lc_yaml_load(const char *name, const char *data, size_t len, const lc_load_limits *limits,
                     lc_diags *diags);

/* Reads PATH (or "-") and parses it; read failures become diagnostics. */
lc_doc *lc_yaml_load_file(const char *path, const lc_load_limits *limits, lc_diags *diags);

#endif

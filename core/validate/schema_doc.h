/* schema_doc.h: the profile schema as a document for people (Markdown,
 * docs/profile-format.md) and for programs (JSON). `latecomer schema`
 * prints these; both are generated from profiles/schema.yaml only. */
#ifndef LC_SCHEMA_DOC_H
#define LC_SCHEMA_DOC_H

#include <stdbool.h>

#include "schema.h"

/* The field reference in Markdown; caller frees; NULL when out of memory. */
char *lc_schema_markdown(const lc_schema *s);
/* The schema as JSON: {"format", "version", "fields": [...]}, each field
 * with its attributes in a fixed order; caller frees. */
char *lc_schema_json(const lc_schema *s, bool pretty);

#endif

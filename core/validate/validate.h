/* validate.h: the validate stage. Checks a loaded document against the
 * schema, reports every problem at once, and unwraps the provenance form
 * {value, year, source, code} so later stages see plain values (the
 * provenance map stays reachable from the value node's `prov`). */
#ifndef LC_VALIDATE_H
#define LC_VALIDATE_H

#include "../load/node.h"
#include "../util/diag.h"
#include "schema.h"

/* Returns the number of errors added to DIAGS (warnings do not count). */
size_t lc_validate(const lc_schema *schema, lc_doc *doc, lc_diags *diags);
/* Checks one value against field F of SCHEMA as if it sat at PATH of a
 * profile, without enforcing required fields: for profile fragments kept
 * elsewhere, such as the measures catalogue's recommended designs. */
size_t lc_validate_fragment(const lc_schema *schema, const lc_field *f, lc_doc *doc, lc_node **slot,
                            const char *path, lc_diags *diags);

#endif

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

#endif

/* derive.h: the derive stage. Indicator plugins compute fields from the
 * profile before any rule runs; each plugin's output is visible to rules as
 * p.derived.<plugin id>. The `stage` indicator's output is also the result's
 * `stage` (lesson 1). */
#ifndef LC_DERIVE_H
#define LC_DERIVE_H

#include "../engine/engine.h"

/* Runs the indicator plugins in dependency order (see lc_derive_order);
 * plugins caught in a dependency cycle are reported as errors and skipped.
 * False only when out of memory. */
bool lc_derive(lc_run *run);

/* The order indicator plugins run in: an indicator whose `requires` names
 * `derived.<id>...` runs after indicator <id>; otherwise path order. Writes
 * the indexes (into PLUGINS->items) of the indicators that can run to ORDER
 * (room for PLUGINS->n) and returns how many. Indicators left out are in a
 * dependency cycle; CYCLE then receives one cycle as "a -> b -> a". */
size_t lc_derive_order(const lc_scripts *plugins, size_t *order, char *cycle, size_t cap);

/* The indicator id a `derived.<id>.…` path names, copied to ID; false for
 * other paths. */
bool lc_derived_id(const char *path, char *id, size_t cap);

#endif

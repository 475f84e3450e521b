/* derive.h: the derive stage. Indicator plugins compute fields from the
 * profile before any rule runs; each plugin's output is visible to rules as
 * p.derived.<plugin id>. The `stage` indicator's output is also the result's
 * `stage` (lesson 1). */
#ifndef LC_DERIVE_H
#define LC_DERIVE_H

#include "../engine/engine.h"

bool lc_derive(lc_run *run);

#endif

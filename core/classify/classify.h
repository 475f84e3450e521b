/* classify.h: the classify stage. Every subsidy programme of the profile,
 * and the recommended design of every planned measure that is a subsidy
 * instrument, is judged under the WTO SCM Agreement at `as_of`.
 *
 * The law lives in Lua, in the rule pack (config.yaml names the module:
 * `classifiers: {subsidies: wto.scm}`), so consultants can read and update
 * it; this file only calls it, validates what it returns and puts it in the
 * result. The module exports classify(program, profile, as_of). */
#ifndef LC_CLASSIFY_H
#define LC_CLASSIFY_H

#include "../engine/engine.h"

bool lc_classify(lc_run *run);

/* Pushes the catalogue's designs to Lua once, as frozen tables every
 * evaluation shares (read-only, so no classification can change what
 * another sees). Called when the engine opens; false when out of memory. */
bool lc_classify_prepare(lc_engine *e);

#endif

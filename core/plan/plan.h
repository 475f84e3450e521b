/* plan.h: the plan stage as the engine runs it: measures already in place
 * (from institutions, policies_in_place and the catalogue's evident_from
 * facts) and the advisor's waivers are read from the profile, then the
 * sequencer lays out the phases. */
#ifndef LC_PLAN_H
#define LC_PLAN_H

#include "../engine/engine.h"

bool lc_plan_stage(lc_run *run);

#endif

/* plan.h: the plan stage as the engine runs it: measures already in place
 * (from institutions, policies_in_place and the catalogue's evident_from
 * facts), the advisor's waivers and the country's assessed stage are read,
 * then the sequencer lays out the phases. */
#ifndef LC_PLAN_H
#define LC_PLAN_H

#include "../engine/engine.h"

bool lc_plan_stage(lc_run *run);

/* Measure ids a profile names (waivers[].measure, policies_in_place[]) must
 * be catalogue ids: a typo would silently keep a measure the advisor ruled
 * out, or recommend one the country has. Returns the errors added. */
size_t lc_plan_check_profile(const lc_catalog *c, const lc_doc *doc, lc_diags *d);

#endif

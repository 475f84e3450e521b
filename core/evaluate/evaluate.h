/* evaluate.h: the evaluate stage. Runs every selected rule against the
 * profile; findings, data gaps, errors and (with --explain) the trace go
 * into the result, and the measures findings ask for into the run. */
#ifndef LC_EVALUATE_H
#define LC_EVALUATE_H

#include "../engine/engine.h"
#include "ruleapi.h"

/* Shared by every stage that runs scripts: records the outcome of one call
 * (gaps, errors, trace entry). */
void lc_record_call(lc_run *run, const char *stage, lc_rule_status st, struct lc_call *call,
                    const lc_call_error *err);

/* Adds an errors entry (and, with --explain, a trace entry) for every
 * script of SET that failed to load. */
void lc_record_load_failures(lc_run *run, const char *stage, const lc_scripts *set);

/* False when out of memory (the run must then be abandoned). */
bool lc_evaluate_rules(lc_run *run);

#endif

/* fixtures.h: rule tests that sit beside the rules (`latecomer test`).
 *
 * A fixture file is YAML under a `tests/` folder of a rule pack:
 *
 *   rule: sme_credit_guarantee_first
 *   cases:
 *     - name: fires when collateral is high and there is no fund
 *       profile:                      # merged onto format + country defaults
 *         finance: {collateral_value_pct_loan: 210}
 *         institutions: {credit_guarantee_fund: {present: false}}
 *       expect:
 *         status: fired               # fired | not_fired | skipped_missing_data | error
 *         findings:                   # exactly these finding ids (optional)
 *           - {id: collateral_constraint_without_guarantee, severity: warning,
 *              measures: [sme_credit_guarantee_fund]}
 *         data_gaps: [finance.collateral_value_pct_loan]   # must be reported (optional)
 *         stage: {id: catch_up, flags: [takeoff_window]}  # result's stage members (optional;
 *                                     # evidence_fields: [..] = its evidence's fields in order;
 *                                     # stage: null = no stage)
 *
 * The case's profile is validated like any profile (errors point into the
 * fixture file); only the fixture's rule runs, after the indicator plugins.
 * A file with `plugin: ID` instead of `rule:` tests an indicator plugin (it
 * may sit under a plugin directory's tests/): no rule runs, status is the
 * plugin's, and plugin cases do not count towards rule coverage. */
#ifndef LC_FIXTURES_H
#define LC_FIXTURES_H

#include <stdbool.h>
#include <stdio.h>

#include "../engine/engine.h"

typedef struct lc_test_summary {
    size_t files, cases, passed, failed;
    size_t rules, rules_fired; /* coverage: rules fired by at least one case */
    char **uncovered;          /* ids of rules no case fires */
    size_t n_uncovered;
} lc_test_summary;

/* Runs every fixture of the engine's rule packs (and, WITH_PLUGINS, of its
 * plugin directories) whose rule id or case name matches PATTERN (a glob;
 * NULL = all). Reports to OUT as it goes: one line per case, expected vs
 * actual on failure. */
bool lc_run_fixtures(lc_engine *e, const char *pattern, bool with_plugins, bool verbose, FILE *out,
                     lc_test_summary *sum);
void lc_test_summary_free(lc_test_summary *sum);

#endif

/* test.c: `latecomer test`: the rule pack's own fixtures, with coverage. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../evaluate/fixtures.h"
#include "../util/diag.h"
#include "cli.h"

static const char help[] =
    "usage: latecomer test [options] [PATTERN]\n"
    "\n"
    "Runs the fixtures beside the rules (YAML files under tests/ folders of each rule pack,\n"
    "and of each plugin directory when testing the bundled pack or with --plugins):\n"
    "a profile fragment in, the expected status, findings, measures and data gaps out.\n"
    "PATTERN (a glob) selects rules by id, or cases by 'RULE: NAME'.\n"
    "Prints one line per case, expected vs actual on failure, and rule coverage: the share\n"
    "of rules that at least one case makes fire.\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR         a rule pack (repeatable; default: the bundled pack)\n"
    "  -p, --plugins DIR       a plugin directory (repeatable; default: bundled plugins)\n"
    "      --coverage-min PCT  fail when rule coverage is below PCT (0-100)\n"
    "  -v, --verbose           print passing cases too\n"
    "  -h, --help              this text\n"
    "\n"
    "Exit codes: 0 all cases passed (and coverage reached), 1 a case failed or coverage is\n"
    "below --coverage-min, 2 usage error, 3 the rule pack failed to load.\n";

enum { OPT_COVERAGE = 256 };

int cli_test(int argc, char **argv) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"plugins", required_argument, 0, 'p'},
        {"coverage-min", required_argument, 0, OPT_COVERAGE},
        {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_dirs rules = {0}, plugins = {0};
    double coverage_min = -1;
    bool verbose = false;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":r:p:vh", opts, NULL)) != -1) {
        switch (c) {
        case 'r':
            if (!cli_dirs_add(&rules, optarg)) return cli_usage_error("test", "too many --rules");
            break;
        case 'p':
            if (!cli_dirs_add(&plugins, optarg))
                return cli_usage_error("test", "too many --plugins");
            break;
        case OPT_COVERAGE: {
            char *end;
            coverage_min = strtod(optarg, &end);
            if (*end || coverage_min < 0 || coverage_min > 100)
                return cli_usage_error("test", "--coverage-min needs a percentage 0 to 100");
            break;
        }
        case 'v': verbose = true; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("test", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("test", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind > 1) return cli_usage_error("test", "give at most one PATTERN");
    const char *pattern = optind < argc ? argv[optind] : NULL;
    /* plugin fixtures run with the bundled set or with plugins named on the
     * command line, not when a consultant tests only their own rule pack */
    bool with_plugins = plugins.n > 0 || rules.n == 0;
    cli_paths defaults;
    cli_default_paths(&defaults);
    if (!rules.n) cli_dirs_add(&rules, defaults.rules);
    if (!plugins.n) cli_dirs_add(&plugins, defaults.plugins);
    lc_engine_config cfg = {rules.items, rules.n, plugins.items, plugins.n, lc_limits_default()};
    lc_diags diags;
    lc_diags_init(&diags);
    lc_engine *e = NULL;
    lc_status st = lc_engine_open(&cfg, &e, &diags);
    lc_diags_sort(&diags);
    lc_diags_print(&diags, stderr);
    lc_diags_free(&diags);
    if (st != LC_OK) return st == LC_ENOMEM ? EXIT_INTERNAL : EXIT_RULES;
    lc_test_summary sum;
    if (!lc_run_fixtures(e, pattern, with_plugins, verbose, stdout, &sum)) {
        lc_engine_close(e);
        return EXIT_INTERNAL;
    }
    double coverage = sum.rules ? 100.0 * (double)sum.rules_fired / (double)sum.rules : 100.0;
    printf("\n%zu cases in %zu files: %zu passed, %zu failed\n", sum.cases, sum.files, sum.passed,
           sum.failed);
    printf("rule coverage: %zu of %zu rules fired by a case (%.1f%%)\n", sum.rules_fired, sum.rules,
           coverage);
    for (size_t i = 0; i < sum.n_uncovered; i++)
        printf("  not covered: %s\n", sum.uncovered[i]);
    int code = EXIT_OK;
    if (sum.failed) code = EXIT_FINDING;
    if (coverage_min >= 0 && coverage < coverage_min) {
        printf("coverage %.1f%% is below --coverage-min %.1f%%\n", coverage, coverage_min);
        code = EXIT_FINDING;
    }
    lc_test_summary_free(&sum);
    lc_engine_close(e);
    return code;
}

/* check.c: `latecomer check`: schema validation only, every problem of
 * every file. */
#include <getopt.h>
#include <stdio.h>

#include "../util/diag.h"
#include "cli.h"
#include "input_limits.h"
#include "latecomer/latecomer.h"

static const char help[] =
    "usage: latecomer check [options] PROFILE...\n"
    "\n"
    "Validates profiles against the profile schema and prints every problem, one line each:\n"
    "  PATH:LINE:COLUMN: error: WHAT (expected WHAT)\n"
    "Unknown fields are warnings with a suggestion; warnings do not fail the check.\n"
    "\n"
    "Options:\n"
    "  -q, --quiet            print nothing for valid profiles\n" CLI_INPUT_LIMIT_HELP
    "  -h, --help             this text\n"
    "\n"
    "Each limit is documented in docs/limits.md; a file over one is invalid.\n"
    "\n"
    "Exit codes: 0 every profile is valid, 2 a profile is invalid or unreadable,\n"
    "4 internal error.\n";

int cli_check(int argc, char **argv) {
    static const struct option opts[] = {
        {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},
        CLI_INPUT_LIMIT_LONG_OPTIONS,
        {0, 0, 0, 0},
    };
    bool quiet = false;
    lc_input_limits limits = {0};
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":qh", opts, NULL)) != -1) {
        if (cli_is_input_limit_option(c)) {
            if (!cli_input_limit_option("check", c, optarg, &limits)) return EXIT_USAGE;
            continue;
        }
        switch (c) {
        case 'q': quiet = true; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("check", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("check", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("check", "no profile given");
    /* schema only: no rule pack, no plugins */
    lc_engine_config cfg = {0};
    lc_diags diags;
    lc_diags_init(&diags);
    lc_engine *engine = NULL;
    if (lc_engine_open(&cfg, &engine, &diags) != LC_OK) {
        lc_diags_print(&diags, stderr);
        lc_diags_free(&diags);
        return EXIT_INTERNAL;
    }
    lc_engine_set_input_limits(engine, &limits);
    int code = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        lc_profile *p = NULL;
        lc_status st = lc_profile_load_file(engine, argv[i], &p, &diags);
        lc_diags_sort(&diags);
        lc_diags_print(&diags, stderr);
        if (st == LC_OK && !quiet) printf("%s: ok\n", argv[i]);
        if (st != LC_OK) code = st == LC_ENOMEM ? EXIT_INTERNAL : EXIT_USAGE;
        lc_diags_clear(&diags);
        lc_profile_free(p);
    }
    lc_engine_close(engine);
    lc_diags_free(&diags);
    return code;
}

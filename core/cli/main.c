/* main.c: verb dispatch for the `latecomer` binary. */
#include <errno.h>
#include <lua.h>
#include <stdio.h>
#include <string.h>

#include "../util/diag.h"
#include "cli.h"
#include "latecomer/latecomer.h"

static const char usage[] =
    "usage: latecomer VERB [options] [arguments]\n"
    "\n"
    "A policy diagnostic engine: evaluates a country profile (YAML) against Lua rules that\n"
    "encode the lessons of Korea's SME promotion experience, and prints recommended policy\n"
    "sequences as JSON.\n"
    "\n"
    "Verbs:\n"
    "  evaluate [opts] PROFILE...   evaluate profiles (YAML files, or - for stdin)\n"
    "  check [opts] PROFILE...      validate profiles against the profile schema only\n"
    "  test [opts] [PATTERN]        run the rule pack's own tests, with rule coverage\n"
    "  rules list|show ID|lint      the rules of a pack, one rule in detail, static checks\n"
    "  schema [--format FMT]        the profile format: every field, as Markdown or JSON\n"
    "  import wdi CSV --country ISO3 --year YYYY   a profile skeleton from the WDI bulk CSV\n"
    "  bench [opts] PROFILE...      profiles/s on 1 and N threads, us per rule, peak memory\n"
    "  measures [opts]              the measures catalogue and its prerequisite graph\n"
    "  version                      engine, Lua and rule-pack versions\n"
    "  help [VERB]                  this text, or a verb's options\n"
    "\n"
    "Run 'latecomer VERB --help' for a verb's options.\n"
    "Exit codes: 0 ok, 1 a finding reached --fail-on, 2 usage error or invalid profile,\n"
    "3 the rule pack failed, 4 internal error.\n";

static const char version_help[] =
    "usage: latecomer version\n"
    "\n"
    "Prints the versions of the engine, of Lua and of the bundled rule pack (with its\n"
    "directory), so a result can be traced to what produced it.\n"
    "\n"
    "Exit codes: 0 ok, 2 usage error.\n";

/* Versions of the engine, Lua and the bundled rule pack, so a result can
 * be traced to what produced it. */
static int version(int argc, char **argv) {
    if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        fputs(version_help, stdout);
        return EXIT_OK;
    }
    if (argc > 1) return cli_usage_error("version", "unexpected argument '%s'", argv[1]);
    cli_paths paths;
    cli_default_paths(&paths);
    const char *rules[] = {paths.rules};
    lc_engine_config cfg = {rules, 1, NULL, 0, lc_limits_default()};
    lc_diags diags;
    lc_diags_init(&diags);
    lc_engine *e = NULL;
    lc_status st = lc_engine_open(&cfg, &e, &diags);
    const char *rv = st == LC_OK ? lc_engine_rules_version(e) : NULL;
    printf("latecomer %s\n%s\nrules %s (%s)\n", LC_VERSION, LUA_RELEASE,
           rv ? rv : (st == LC_OK ? "unversioned" : "failed to load"), paths.rules);
    lc_engine_close(e);
    lc_diags_free(&diags);
    return EXIT_OK;
}

/* Every verb, for dispatch and for `latecomer help VERB`. */
static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} verbs[] = {
    {"evaluate", cli_evaluate}, {"check", cli_check},   {"test", cli_test},
    {"schema", cli_schema},     {"import", cli_import}, {"bench", cli_bench},
    {"measures", cli_measures}, {"rules", cli_rules},   {"version", version},
};

static int run_verb(const char *name, int argc, char **argv) {
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (!strcmp(name, verbs[i].name)) return verbs[i].run(argc, argv);
    return cli_usage_error(NULL, "unknown verb '%s'", name);
}

/* Output printed with stdio that never reached stdout (a full disk) fails
 * the run, as cli.md asks: said once, here. */
static int finish_stdout(int code) {
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout)) return code;
    fprintf(stderr, "latecomer: cannot write the output: %s\n",
            errno ? strerror(errno) : "write error");
    return code == EXIT_OK || code == EXIT_FINDING ? EXIT_INTERNAL : code;
}

static int dispatch(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *verb = argv[1];
    if (!strcmp(verb, "-h") || !strcmp(verb, "--help") || (!strcmp(verb, "help") && argc == 2)) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (!strcmp(verb, "help")) {
        char *help_argv[] = {argv[2], "--help", NULL};
        return run_verb(argv[2], 2, help_argv);
    }
    if (!strcmp(verb, "--version")) verb = "version";
    return run_verb(verb, argc - 1, argv + 1);
}

int main(int argc, char **argv) {
    return finish_stdout(dispatch(argc, argv));
}

/* cli.h: the `latecomer` command line, a thin layer over the library.
 * Exit codes follow ../shared/spec/cli.md. */
#ifndef LC_CLI_H
#define LC_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "latecomer/latecomer.h"

enum {
    EXIT_OK = 0,
    EXIT_FINDING = 1,  /* a finding reached --fail-on */
    EXIT_USAGE = 2,    /* usage error, or an invalid / unreadable profile */
    EXIT_RULES = 3,    /* the rule pack failed */
    EXIT_INTERNAL = 4, /* out of memory, cannot write output */
};

/* Where the bundled rule pack and plugins are: next to an installed binary
 * (PREFIX/share/latecomer), else the source tree the binary was built from.
 * LATECOMER_HOME overrides both. */
typedef struct cli_paths {
    char rules[8192];
    char plugins[8192];
} cli_paths;

void cli_default_paths(cli_paths *out);

/* Repeatable directory options collect here. */
typedef struct cli_dirs {
    const char *items[32];
    size_t n;
} cli_dirs;

bool cli_dirs_add(cli_dirs *d, const char *dir);

/* Whether S is a decimal count from MIN to MAX (no sign, no spaces). */
bool cli_parse_count(const char *s, unsigned long long min, unsigned long long max,
                     unsigned long long *out);

/* The options that choose a verb's engine: -r/--rules and -p/--plugins
 * (repeatable; default: the bundled pack and plugins), and the sandbox
 * limits (--max-instructions, --max-memory, --timeout: the long options
 * CLI_OPT_*). A verb lists those it takes in its getopt tables and hands
 * each option to cli_engine_option first. */
typedef struct cli_engine_options {
    cli_dirs rules, plugins;
    lc_limits limits;
    cli_paths defaults; /* where the default directories point into */
} cli_engine_options;

enum { CLI_OPT_MAX_INSTRUCTIONS = 1000, CLI_OPT_MAX_MEMORY, CLI_OPT_TIMEOUT };

void cli_engine_options_init(cli_engine_options *o);
/* Takes option C (with ARG) when it is an engine option: returns EXIT_OK,
 * or the usage error's exit code; -1 when C is not an engine option. */
int cli_engine_option(const char *verb, int c, const char *arg, cli_engine_options *o);
/* Opens the engine O describes, filling CFG (which points into O, so O must
 * outlive the engines opened from CFG). Prints the diagnostics sorted.
 * Returns EXIT_OK, EXIT_RULES (the pack failed to load) or EXIT_INTERNAL. */
int cli_engine_open(cli_engine_options *o, lc_engine_config *cfg, lc_engine **out);

int cli_evaluate(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_test(int argc, char **argv);
int cli_schema(int argc, char **argv);
int cli_measures(int argc, char **argv);
int cli_import(int argc, char **argv);
int cli_bench(int argc, char **argv);
int cli_rules(int argc, char **argv);

/* Writes a finished document to PATH atomically, or to stdout when PATH is
 * NULL; says why on stderr when it cannot. Returns an exit code. */
int cli_write_output(const char *path, const char *data, size_t len);

/* Prints "latecomer VERB: MESSAGE" and a hint to stderr; returns EXIT_USAGE. */
int cli_usage_error(const char *verb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif

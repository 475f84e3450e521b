/* cli.h: the `latecomer` command line, a thin layer over the library.
 * Exit codes follow ../shared/spec/cli.md. */
#ifndef LC_CLI_H
#define LC_CLI_H

#include <stdbool.h>
#include <stddef.h>

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

/* input_limits.h: the command-line options that override the limits on
 * profile input (docs/limits.md), shared by the verbs that read profiles.
 * Add CLI_INPUT_LIMIT_LONG_OPTIONS to a getopt_long table and pass any
 * option code in the CLI_OPT_MAX_* range to cli_input_limit_option(). */
#ifndef LC_CLI_INPUT_LIMITS_H
#define LC_CLI_INPUT_LIMITS_H

#include <stdbool.h>

#include "latecomer/latecomer.h"

enum {
    CLI_OPT_MAX_FILE_SIZE = 0x2000,
    CLI_OPT_MAX_DEPTH,
    CLI_OPT_MAX_ALIASES,
    CLI_OPT_MAX_NODES,
    CLI_OPT_MAX_STRING,
};

#define CLI_INPUT_LIMIT_LONG_OPTIONS                                                               \
    {"max-file-size", required_argument, 0, CLI_OPT_MAX_FILE_SIZE},                                \
        {"max-depth", required_argument, 0, CLI_OPT_MAX_DEPTH},                                    \
        {"max-aliases", required_argument, 0, CLI_OPT_MAX_ALIASES},                                \
        {"max-nodes", required_argument, 0, CLI_OPT_MAX_NODES}, {                                  \
        "max-string", required_argument, 0, CLI_OPT_MAX_STRING                                     \
    }

#define CLI_INPUT_LIMIT_HELP                                                                       \
    "  --max-file-size BYTES  largest profile file (default 4194304, 4 MiB)\n"                     \
    "  --max-depth N          deepest nesting of lists and maps (default 64, at most 256)\n"       \
    "  --max-aliases N        most YAML aliases (*name) in a file (default 64)\n"                  \
    "  --max-nodes N          most values aliases may add when expanded (default 200000)\n"        \
    "  --max-string BYTES     longest text value or key (default 65536)\n"

/* True when OPT is one of the options above. */
bool cli_is_input_limit_option(int opt);
/* Applies OPT=ARG to LIMITS; on a bad value prints a usage error for VERB
 * and returns false. */
bool cli_input_limit_option(const char *verb, int opt, const char *arg, lc_input_limits *limits);

#endif

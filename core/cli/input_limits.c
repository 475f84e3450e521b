/* input_limits.c: --max-file-size and friends (input_limits.h). */
#include "input_limits.h"

#include <getopt.h>
#include <limits.h>
#include <stdlib.h>

#include "../load/load.h"
#include "cli.h"

bool cli_is_input_limit_option(int opt) {
    return opt >= CLI_OPT_MAX_FILE_SIZE && opt <= CLI_OPT_MAX_STRING;
}

bool cli_input_limit_option(const char *verb, int opt, const char *arg, lc_input_limits *limits) {
    unsigned long long v;
    switch (opt) {
    case CLI_OPT_MAX_FILE_SIZE:
        if (!cli_parse_count(arg, 1, SIZE_MAX / 2, &v)) break;
        limits->max_bytes = (size_t)v;
        return true;
    case CLI_OPT_MAX_DEPTH:
        if (!cli_parse_count(arg, 1, LC_MAX_DEPTH_CEILING, &v)) {
            cli_usage_error(verb, "--max-depth needs an integer from 1 to %d",
                            LC_MAX_DEPTH_CEILING);
            return false;
        }
        limits->max_depth = (unsigned)v;
        return true;
    case CLI_OPT_MAX_ALIASES:
        if (!cli_parse_count(arg, 1, UINT_MAX, &v)) break;
        limits->max_aliases = (unsigned)v;
        return true;
    case CLI_OPT_MAX_NODES:
        if (!cli_parse_count(arg, 1, SIZE_MAX / 2, &v)) break;
        limits->max_expanded_nodes = (size_t)v;
        return true;
    case CLI_OPT_MAX_STRING:
        if (!cli_parse_count(arg, 1, SIZE_MAX / 2, &v)) break;
        limits->max_string_len = (size_t)v;
        return true;
    default: return false;
    }
    cli_usage_error(verb, "'%s' is not a positive integer (expected a limit such as 100000)",
                    arg ? arg : "");
    return false;
}

/* engine_options.c: the options that say which engine a verb runs (rule
 * packs, plugins, sandbox limits), their numbers, and opening the engine
 * from them: one place, so every verb reads them and fails alike. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/diag.h"
#include "cli.h"

bool cli_parse_count(const char *s, unsigned long long min, unsigned long long max,
                     unsigned long long *out) {
    if (!s || *s < '0' || *s > '9') return false; /* strtoull would take "-1" and " 1" */
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v < min || v > max) return false;
    *out = v;
    return true;
}

void cli_engine_options_init(cli_engine_options *o) {
    *o = (cli_engine_options){.limits = lc_limits_default()};
}

int cli_engine_option(const char *verb, int c, const char *arg, cli_engine_options *o) {
    unsigned long long n;
    switch (c) {
    case 'r':
        return cli_dirs_add(&o->rules, arg) ? EXIT_OK : cli_usage_error(verb, "too many --rules");
    case 'p':
        return cli_dirs_add(&o->plugins, arg) ? EXIT_OK
                                              : cli_usage_error(verb, "too many --plugins");
    case CLI_OPT_MAX_INSTRUCTIONS:
        if (!cli_parse_count(arg, 1, UINT64_MAX, &n))
            return cli_usage_error(verb, "--max-instructions needs a positive integer");
        o->limits.max_instructions = n;
        return EXIT_OK;
    case CLI_OPT_MAX_MEMORY:
        if (!cli_parse_count(arg, 1, SIZE_MAX, &n))
            return cli_usage_error(verb, "--max-memory needs a positive number of bytes");
        o->limits.max_memory = (size_t)n;
        return EXIT_OK;
    case CLI_OPT_TIMEOUT:
        if (!cli_parse_count(arg, 1, 3600000, &n))
            return cli_usage_error(verb, "--timeout needs milliseconds (1 to 3600000)");
        o->limits.timeout_ms = (unsigned)n;
        return EXIT_OK;
    default: return -1;
    }
}

int cli_engine_open(cli_engine_options *o, lc_engine_config *cfg, lc_engine **out) {
    *out = NULL;
    cli_default_paths(&o->defaults);
    if (!o->rules.n) cli_dirs_add(&o->rules, o->defaults.rules);
    if (!o->plugins.n) cli_dirs_add(&o->plugins, o->defaults.plugins);
    *cfg =
        (lc_engine_config){o->rules.items, o->rules.n, o->plugins.items, o->plugins.n, o->limits};
    lc_diags diags;
    lc_diags_init(&diags);
    lc_status st = lc_engine_open(cfg, out, &diags);
    lc_diags_sort(&diags);
    lc_diags_print(&diags, stderr);
    lc_diags_free(&diags);
    if (st == LC_OK) return EXIT_OK;
    if (st == LC_ENOMEM) return EXIT_INTERNAL;
    fprintf(stderr, "latecomer: the rule pack failed to load\n");
    return EXIT_RULES;
}

#define _DEFAULT_SOURCE
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/fileio.h"
#include "cli.h"

#ifndef LC_SOURCE_DIR
#define LC_SOURCE_DIR "."
#endif
#ifndef LC_INSTALL_DATADIR
#define LC_INSTALL_DATADIR "share/latecomer"
#endif

void cli_default_paths(cli_paths *out) {
    const char *home = getenv("LATECOMER_HOME");
    if (home && *home) {
        snprintf(out->rules, sizeof out->rules, "%s/rules", home);
        snprintf(out->plugins, sizeof out->plugins, "%s/plugins", home);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        /* installed: PREFIX/bin/latecomer -> PREFIX/share/latecomer */
        snprintf(out->rules, sizeof out->rules, "%s/../%s/rules", exe, LC_INSTALL_DATADIR);
        snprintf(out->plugins, sizeof out->plugins, "%s/../%s/plugins", exe, LC_INSTALL_DATADIR);
        if (lc_is_dir(out->rules)) return;
    }
    snprintf(out->rules, sizeof out->rules, "%s/rules", LC_SOURCE_DIR);
    snprintf(out->plugins, sizeof out->plugins, "%s/plugins", LC_SOURCE_DIR);
}

bool cli_dirs_add(cli_dirs *d, const char *dir) {
    if (d->n == sizeof d->items / sizeof d->items[0]) return false;
    d->items[d->n++] = dir;
    return true;
}

int cli_usage_error(const char *verb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "latecomer%s%s: ", verb ? " " : "", verb ? verb : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'latecomer %s%s--help'.\n", verb ? verb : "", verb ? " " : "");
    return EXIT_USAGE;
}
